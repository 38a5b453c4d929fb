import { randomBytes } from "node:crypto";
import { PassThrough } from "node:stream";
import { issuerUrl } from "@portal/config";
import { createReadableStreamFromReadable } from "@react-router/node";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { type EntryContext, isRouteErrorResponse, ServerRouter } from "react-router";
import { NonceProvider } from "./nonce.tsx";
import { config } from "./portal.server.ts";

export const streamTimeout = 5_000;

/** Renders every portal's pages: whole documents for bots and no-JS, with a fresh CSP nonce each time. */
export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  routerContext: EntryContext,
) {
  const nonce = randomBytes(16).toString("base64");
  const waitForAll = isbot(request.headers.get("user-agent")) || routerContext.isSpaMode;
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider nonce={nonce}>
        <ServerRouter context={routerContext} url={request.url} nonce={nonce} />
      </NonceProvider>,
      {
        nonce,
        [waitForAll ? "onAllReady" : "onShellReady"]() {
          shellRendered = true;
          const body = new PassThrough();
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          responseHeaders.set(
            "Content-Security-Policy",
            contentSecurityPolicy(nonce, new URL(issuerUrl(config())).origin),
          );
          // Pages show people's referrals: never keep them in a shared or back/forward cache.
          responseHeaders.set("Cache-Control", "no-store");
          resolve(
            new Response(createReadableStreamFromReadable(body), {
              headers: responseHeaders,
              status: responseStatusCode,
            }),
          );
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) handleError(error, { request });
        },
      },
    );
    setTimeout(abort, streamTimeout + 1000);
  });
}

/**
 * Logs what went wrong on the server without personal data: the error's name and where it was thrown,
 * never its message (which can carry what someone typed). A 404 or a refused request is not a fault.
 */
export function handleError(error: unknown, { request }: { request: Request }) {
  if (request.signal.aborted || isRouteErrorResponse(error)) return;
  const where = error instanceof Error ? error.stack?.split("\n").slice(1, 6).join("\n") : undefined;
  console.error(
    JSON.stringify({ level: "error", msg: "unhandled error", name: (error as Error)?.name, where }),
  );
}

/** Content-Security-Policy for a rendered page. Forms may post only to this portal or the issuer. */
function contentSecurityPolicy(nonce: string, issuerOrigin: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    `form-action 'self' ${issuerOrigin}`,
  ].join("; ");
}
