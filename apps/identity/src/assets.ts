import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { Context, Next } from "koa";

const govukDist = join(
  dirname(createRequire(import.meta.url).resolve("govuk-frontend/package.json")),
  "dist",
  "govuk",
);
const ownPublic = fileURLToPath(new URL("../public", import.meta.url));

/**
 * URL prefix → folder. govuk-frontend's CSS refers to /assets/fonts and /assets/images, so its
 * assets folder is served at /assets itself; this app's own scripts sit under /assets/identity.
 */
const ROOTS: [prefix: string, folder: string][] = [
  ["/assets/identity/", ownPublic],
  ["/assets/govuk-frontend.min.", govukDist],
  ["/assets/", join(govukDist, "assets")],
];

const TYPES: Record<string, string> = {
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".map": "application/json",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
};

function resolveAsset(path: string): string | undefined {
  for (const [prefix, folder] of ROOTS) {
    if (!path.startsWith(prefix)) continue;
    const name = prefix.endsWith("/") ? path.slice(prefix.length) : path.slice("/assets/".length);
    const file = normalize(join(folder, name));
    // A path such as /assets/../../etc/passwd must not leave the folder.
    return file.startsWith(folder + sep) ? file : undefined;
  }
  return undefined;
}

/** Serves the GOV.UK stylesheet, fonts, images and scripts the pages use. */
export async function serveAssets(ctx: Context, next: Next): Promise<void> {
  if ((ctx.method !== "GET" && ctx.method !== "HEAD") || !ctx.path.startsWith("/assets/")) return next();
  const file = resolveAsset(ctx.path);
  const type = file ? TYPES[extname(file)] : undefined;
  const info = file && type ? await stat(file).catch(() => undefined) : undefined;
  if (!file || !type || !info?.isFile()) {
    ctx.status = 404;
    return;
  }
  ctx.type = type;
  ctx.length = info.size;
  ctx.set("Cache-Control", "public, max-age=3600");
  // Koa sends no body for HEAD and destroys the stream when the response finishes.
  ctx.body = createReadStream(file);
}
