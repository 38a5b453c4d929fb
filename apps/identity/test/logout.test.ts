import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { schema } from "@portal/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, startIdentityServer } from "../src/index.ts";
import { hashPassword } from "../src/passwords.ts";
import {
  browserFetch,
  CookieJar,
  element,
  exchangeCode,
  follow,
  formAction,
  jwtParts,
  migratedDb,
  postForm,
  signInAt,
  testEnv,
  verifiedByIssuer,
} from "./helpers.ts";

/** Stands in for the portals' back-channel logout endpoint and records what the issuer posts. */
const received: { path: string; logoutToken: string }[] = [];
const portal = createServer((req, res) => {
  let body = "";
  req.on("data", (chunk) => (body += chunk));
  req.on("end", () => {
    received.push({ path: req.url ?? "", logoutToken: new URLSearchParams(body).get("logout_token") ?? "" });
    res.writeHead(200).end();
  });
});

beforeAll(() => new Promise<void>((resolve) => portal.listen(0, "127.0.0.1", resolve)));
afterAll(() => new Promise<void>((resolve) => portal.close(() => resolve())));

describe("signing out", () => {
  it("asks to confirm, then tells every portal of the session over the back channel and returns to the portal", async () => {
    const portalUrl = `http://127.0.0.1:${(portal.address() as AddressInfo).port}`;
    const db = migratedDb();
    db.insert(schema.users)
      .values({
        id: "user-1",
        email: "mash.sw@council.example.org",
        passwordHash: await hashPassword(DEMO_PASSWORD),
        name: "Chris Walker",
        organisation: "Council children's services",
        organisationType: "council",
        roles: ["mash:practitioner"],
      })
      .run();
    const identity = await startIdentityServer({
      db,
      env: testEnv({ MASH_URL: portalUrl, LADO_URL: portalUrl }),
      log: () => {},
    });
    const { env, url: issuer } = identity;
    try {
      const jar = new CookieJar();
      const mash = await signInAt(jar, env, issuer, "mash", {
        email: "mash.sw@council.example.org",
        password: DEMO_PASSWORD,
      });
      const lado = await signInAt(jar, env, issuer, "lado", { email: "", password: "" });
      expect(lado.sawSignInPage).toBe(false);
      const mashIdToken = (await exchangeCode(env, issuer, "mash", mash.code, mash.verifier)).id_token;
      const ladoIdToken = (await exchangeCode(env, issuer, "lado", lado.code, lado.verifier)).id_token;

      const endSession = new URL(`${issuer}/session/end`);
      endSession.searchParams.set("id_token_hint", mashIdToken);
      endSession.searchParams.set("post_logout_redirect_uri", `${portalUrl}/auth/signed-out`);
      endSession.searchParams.set("state", "bye");
      const confirm = await browserFetch(jar, endSession.href);
      const page = await confirm.text();
      expect(confirm.status).toBe(200);
      expect(page).toContain('<h1 class="govuk-heading-l">Sign out</h1>');
      expect(element(page, "button", "Sign out")).toMatchObject({
        type: "submit",
        class: "govuk-button",
        form: "op.logoutForm",
        name: "logout",
        value: "yes",
      });
      expect(page.match(/<script(?![^>]*\bsrc=)[^>]*>/g)).toBeNull();

      const xsrf = /name="xsrf" value="([^"]+)"/.exec(page)?.[1] ?? "";
      const signedOut = await postForm(jar, formAction(page, issuer), { xsrf, logout: "yes" });
      expect(signedOut.status).toBe(303);
      expect(signedOut.headers.get("location")).toBe(`${portalUrl}/auth/signed-out?state=bye`);

      expect(received.map((r) => r.path)).toEqual(["/auth/backchannel-logout", "/auth/backchannel-logout"]);
      const tokens = await Promise.all(
        received.map(async ({ logoutToken }) => {
          expect(await verifiedByIssuer(logoutToken, issuer)).toBe(true);
          return jwtParts(logoutToken).payload;
        }),
      );
      const byClient = Object.fromEntries(tokens.map((token) => [token.aud, token]));
      expect(Object.keys(byClient).sort()).toEqual(["suite-lado", "suite-mash"]);
      expect(byClient["suite-mash"]).toMatchObject({
        iss: issuer,
        sub: "user-1",
        sid: jwtParts(mashIdToken).payload.sid,
        events: { "http://schemas.openid.net/event/backchannel-logout": {} },
      });
      expect(byClient["suite-lado"]?.sid).toBe(jwtParts(ladoIdToken).payload.sid);

      // The issuer's session has gone too: the next portal visit shows the sign-in page again.
      const again = await signInAt(jar, env, issuer, "mash", {
        email: "mash.sw@council.example.org",
        password: DEMO_PASSWORD,
      });
      expect(again.sawSignInPage).toBe(true);
    } finally {
      await identity.close();
    }
  });

  it("shows a GOV.UK 'You have signed out' page when no portal is named", async () => {
    const db = migratedDb();
    const identity = await startIdentityServer({ db, env: testEnv(), log: () => {} });
    try {
      const { response } = await follow(new CookieJar(), identity.url, `${identity.url}/session/end/success`);
      const html = await response.text();
      expect(response.status).toBe(200);
      expect(html).toContain('<h1 class="govuk-heading-l">You have signed out</h1>');
      expect(html).toContain('<html lang="en" class="govuk-template">');
    } finally {
      await identity.close();
    }
  });
});
