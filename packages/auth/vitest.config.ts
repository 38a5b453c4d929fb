import { defineConfig } from "vitest/config";

export default defineConfig({
  // The integration tests sign in through a real issuer (real scrypt, real SQLite files), which is
  // slow when the whole suite shares two cores.
  test: { testTimeout: 30_000, hookTimeout: 30_000 },
});
