import { ConfigError, env as readEnv } from "@portal/config";
import { applyMigrations, openDatabase } from "@portal/db";
import { jsonLog } from "./log.ts";
import { seedDemoPersonas } from "./personas.ts";
import { createIdentityServer } from "./server.ts";

async function main(): Promise<void> {
  const env = readEnv();
  const db = openDatabase(env.DATABASE_PATH);
  applyMigrations(db);
  if (env.DEMO_MODE) await seedDemoPersonas(db);

  const identity = await createIdentityServer({ db, env });
  const running = await identity.listen(env.IDENTITY_PORT);
  jsonLog({
    level: "info",
    event: "listening",
    issuer: running.url,
    port: env.IDENTITY_PORT,
    demo: env.DEMO_MODE,
  });

  const stop = async (signal: NodeJS.Signals) => {
    jsonLog({ level: "info", event: "stopping", signal });
    await running.close();
    db.$client.close();
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  // A configuration error names the variables to fix; anything else is a bug worth its stack.
  process.stderr.write(
    `${error instanceof ConfigError ? error.message : error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exitCode = 1;
});
