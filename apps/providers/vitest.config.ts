import { defineConfig } from "vitest/config";

// Its own config, so the tests do not load vite.config.ts and with it the React Router plugin.
export default defineConfig({ test: {} });
