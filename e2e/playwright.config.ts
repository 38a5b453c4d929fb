import { defineConfig } from "@playwright/test";
import { suiteEnvironment, url } from "./support/suite.ts";

const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
  ],
};

export default defineConfig({
  testDir: "./tests",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  timeout: 60_000,
  use: {
    launchOptions: chromium,
    timezoneId: "Europe/London",
    locale: "en-GB",
    trace: "retain-on-failure",
  },
  projects: [
    { name: "chromium", testIgnore: /no-js/ },
    { name: "no-js", testMatch: /no-js/, use: { javaScriptEnabled: false } },
  ],
  webServer: {
    command: "node --import tsx ../packages/suite/src/main.ts",
    url: url("providers", "/healthz"),
    env: suiteEnvironment(),
    timeout: 60_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
  },
});
