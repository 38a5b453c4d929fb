import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The e2e suite runs on its own ports and a fresh database, so it never touches a developer's. */
export const PORTS = {
  identity: 4100,
  public: 4101,
  professionals: 4102,
  mash: 4103,
  lado: 4104,
  providers: 4105,
} as const;

export type App = keyof typeof PORTS;

export const url = (app: App, path = "/") => `http://localhost:${PORTS[app]}${path}`;

export function suiteEnvironment(): Record<string, string> {
  const databasePath =
    process.env.E2E_DATABASE_PATH ?? join(mkdtempSync(join(tmpdir(), "portal-e2e-")), "portal.db");
  process.env.E2E_DATABASE_PATH = databasePath;
  return {
    DATABASE_PATH: databasePath,
    DEMO_MODE: "1",
    ...Object.fromEntries(
      Object.entries(PORTS).map(([app, port]) => [`${app.toUpperCase()}_PORT`, String(port)]),
    ),
  };
}
