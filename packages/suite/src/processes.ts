import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { APPS, type AppName, appUrl, type Env } from "@portal/config";

export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** How to run each app once built: the issuer through tsx, each portal through the shared server. */
function command(app: AppName): { args: string[]; cwd: string } {
  if (app === "identity") {
    return { args: ["--import", "tsx", "src/main.ts"], cwd: `${REPO_ROOT}apps/identity` };
  }
  return { args: [`${REPO_ROOT}packages/web/bin/serve.mjs`, app], cwd: `${REPO_ROOT}apps/${app}` };
}

export interface RunningApp {
  app: AppName;
  url: string;
  process: ChildProcess;
}

export function startApp(app: AppName, env: Env, extraEnv: Record<string, string>): RunningApp {
  const { args, cwd } = command(app);
  const child = spawn(process.execPath, args, {
    cwd,
    env: { ...process.env, ...extraEnv },
    stdio: ["ignore", "inherit", "inherit"],
  });
  return { app, url: appUrl(env, app), process: child };
}

/** Waits until the app answers /healthz with 200, or fails after the timeout. */
export async function waitForHealth(running: RunningApp, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const healthUrl = `${running.url}/healthz`;
  while (Date.now() < deadline) {
    if (running.process.exitCode !== null)
      throw new Error(`${running.app} exited with ${running.process.exitCode}`);
    try {
      const response = await fetch(healthUrl);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${running.app} did not become healthy at ${healthUrl} within ${timeoutMs} ms`);
}

export async function stopAll(apps: RunningApp[]): Promise<void> {
  await Promise.all(
    apps.map(
      ({ process: child }) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          const force = setTimeout(() => child.kill("SIGKILL"), 5_000);
          child.once("exit", () => {
            clearTimeout(force);
            resolve();
          });
          child.kill("SIGTERM");
        }),
    ),
  );
}

export const APP_NAMES = Object.keys(APPS) as AppName[];
