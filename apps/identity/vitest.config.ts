import { defineConfig } from "vitest/config";

export default defineConfig({
  // Real scrypt, real SQLite files and a real oidc-provider per test: slower than unit tests.
  test: { testTimeout: 30_000, hookTimeout: 30_000 },
});
