import type { Db } from "@portal/db";
import type { Context, Next } from "koa";
import type Provider from "oidc-provider";
import { errors } from "oidc-provider";
import { authenticate } from "./accounts.ts";
import type { Log } from "./log.ts";
import { renderPage } from "./views/layout.tsx";
import { ProblemPage } from "./views/problem.tsx";
import type { FieldError } from "./views/sign-in.tsx";
import { SignInPage } from "./views/sign-in.tsx";

const ROUTE = /^\/interaction\/([\w-]+)(\/login)?$/;
const MAX_BODY_BYTES = 16 * 1024;
const WRONG_CREDENTIALS = "Enter a correct email address and password";

interface InteractionOptions {
  provider: Provider;
  db: Db;
  homeUrl: string;
  log: Log;
}

/**
 * The sign-in page: oidc-provider sends the browser to /interaction/:uid when the `login` prompt
 * is needed, and the form posts to /interaction/:uid/login. Every request is checked against the
 * interaction stored for this browser (its cookie is SameSite=Lax and scoped to this path), so a
 * form posted from another site, or for another interaction, is refused.
 */
export function interactionRoutes({ provider, db, homeUrl, log }: InteractionOptions) {
  const render = (
    ctx: Context,
    status: number,
    uid: string,
    email: string,
    fieldErrors: FieldError[],
    again: boolean,
  ) => {
    ctx.status = status;
    ctx.type = "html";
    ctx.set("Cache-Control", "no-store");
    ctx.body = renderPage(
      <SignInPage
        action={`/interaction/${uid}/login`}
        homeUrl={homeUrl}
        email={email}
        errors={fieldErrors}
        again={again}
      />,
    );
  };

  const expired = (ctx: Context) => {
    ctx.status = 400;
    ctx.type = "html";
    ctx.body = renderPage(
      <ProblemPage
        heading="Your sign-in has timed out"
        advice="Go back to the service you were using and sign in again."
        homeUrl={homeUrl}
      />,
    );
  };

  return async (ctx: Context, next: Next) => {
    const match = ROUTE.exec(ctx.path);
    if (!match) return next();
    const [, uid = "", isLoginPost] = match;
    const wanted = isLoginPost ? "POST" : "GET";
    if (ctx.method !== wanted) {
      ctx.status = 405;
      ctx.set("Allow", wanted);
      return;
    }

    const interaction = await provider.interactionDetails(ctx.req, ctx.res).catch((error: unknown) => {
      if (error instanceof errors.SessionNotFound) return undefined;
      throw error;
    });
    if (!interaction || interaction.uid !== uid) return expired(ctx);
    // prompt=login (or max_age) with a live issuer session: the person must give their password
    // again, and the page is the ordinary sign-in form (any account may sign in; the portal's new
    // session is whoever does).
    const again = interaction.prompt.name === "login" && interaction.session?.accountId !== undefined;

    if (!isLoginPost) return render(ctx, 200, uid, "", [], again);

    // Browsers label a cross-site form post; refuse it even if a cookie somehow came with it.
    const site = ctx.get("Sec-Fetch-Site");
    if (site && site !== "same-origin") {
      ctx.status = 403;
      return;
    }

    const form = await readForm(ctx);
    const email = form.get("email")?.trim() ?? "";
    const password = form.get("password") ?? "";
    const missing: FieldError[] = [];
    if (!email) missing.push({ field: "email", message: "Enter your email address" });
    if (!password) missing.push({ field: "password", message: "Enter your password" });
    if (missing.length) {
      log({ level: "info", event: "sign_in", outcome: "incomplete" });
      return render(ctx, 400, uid, email, missing, again);
    }

    const user = await authenticate(db, email, password);
    if (!user) {
      log({ level: "info", event: "sign_in", outcome: "rejected" });
      return render(ctx, 401, uid, email, [{ field: "email", message: WRONG_CREDENTIALS }], again);
    }

    const returnTo = await provider.interactionResult(
      ctx.req,
      ctx.res,
      { login: { accountId: user.id } },
      { mergeWithLastSubmission: false },
    );
    log({ level: "info", event: "sign_in", outcome: "success" });
    ctx.status = 303;
    ctx.set("Cache-Control", "no-store");
    ctx.redirect(returnTo);
  };
}

async function readForm(ctx: Context): Promise<URLSearchParams> {
  if (!ctx.is("application/x-www-form-urlencoded")) return new URLSearchParams();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) ctx.throw(413);
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}
