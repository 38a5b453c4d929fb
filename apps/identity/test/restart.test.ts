import { openDatabase } from "@portal/db";
import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD, seedDemoPersonas, startIdentityServer } from "../src/index.ts";
import {
  CookieJar,
  exchangeCode,
  jwtParts,
  migratedDb,
  signInAt,
  tempDatabasePath,
  testEnv,
  verifiedByIssuer,
} from "./helpers.ts";

async function kids(issuer: string): Promise<string[]> {
  const { keys } = (await (await fetch(`${issuer}/jwks`)).json()) as { keys: { kid: string; d?: string }[] };
  expect(keys.every((key) => key.d === undefined)).toBe(true);
  return keys.map((key) => key.kid);
}

describe("restarting the issuer on the same database", () => {
  it("keeps its signing key, cookie keys and sessions", async () => {
    const path = tempDatabasePath();
    const firstDb = migratedDb(path);
    await seedDemoPersonas(firstDb);
    const first = await startIdentityServer({ db: firstDb, env: testEnv(), log: () => {} });
    const jar = new CookieJar();
    const credentials = { email: "lado@council.example.org", password: DEMO_PASSWORD };
    const before = await signInAt(jar, first.env, first.url, "lado", credentials);
    expect(before.sawSignInPage).toBe(true);
    const idToken = (await exchangeCode(first.env, first.url, "lado", before.code, before.verifier)).id_token;
    const firstKids = await kids(first.url);
    await first.close();
    firstDb.$client.close();
    // Let fetch's connection pool see the closed keep-alive sockets before reusing the port.
    await new Promise((resolve) => setTimeout(resolve, 50));

    const secondDb = openDatabase(path);
    const second = await startIdentityServer({
      db: secondDb,
      env: first.env,
      port: first.env.IDENTITY_PORT,
      log: () => {},
    });
    try {
      expect(second.url).toBe(first.url);
      expect(await kids(second.url)).toEqual(firstKids);
      expect(await verifiedByIssuer(idToken, second.url)).toBe(true);

      const after = await signInAt(jar, second.env, second.url, "lado", { email: "", password: "" });
      expect(after.sawSignInPage).toBe(false);
      const { payload } = jwtParts(
        (await exchangeCode(second.env, second.url, "lado", after.code, after.verifier)).id_token,
      );
      expect(payload.sub).toBe(jwtParts(idToken).payload.sub);
      expect(payload.sid).toBe(jwtParts(idToken).payload.sid);
    } finally {
      await second.close();
      secondDb.$client.close();
    }
  });
});
