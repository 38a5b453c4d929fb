#!/usr/bin/env node
// Serves one built portal (run from the portal's folder): static assets, GOV.UK Frontend's fonts and
// images, and the React Router request handler, behind the suite's security headers.
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler } from "@react-router/express";
import express from "express";

const portal = process.argv[2];
const portVar = `${portal?.toUpperCase()}_PORT`;
const defaults = { public: 3001, professionals: 3002, mash: 3003, lado: 3004, providers: 3005 };
if (!portal || !(portal in defaults)) {
  console.error(`usage: portal-serve <${Object.keys(defaults).join("|")}>`);
  process.exit(2);
}
const port = Number(process.env[portVar] ?? defaults[portal]);

const require = createRequire(import.meta.url);
const govukAssets = join(dirname(require.resolve("govuk-frontend/package.json")), "dist/govuk/assets");
const build = await import(pathToFileURL(resolve("build/server/index.js")).href);

const securityHeaders = {
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "same-origin",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
};

const app = express();
app.disable("x-powered-by");
if (process.env.TRUST_PROXY) app.set("trust proxy", process.env.TRUST_PROXY);
app.use((_req, res, next) => {
  res.set(securityHeaders);
  next();
});
app.use("/assets", express.static(resolve("build/client/assets"), { immutable: true, maxAge: "1y" }));
app.use("/assets", express.static(govukAssets, { maxAge: "1d" }));
app.use(express.static(resolve("build/client"), { maxAge: "1h" }));
app.all("/{*splat}", createRequestHandler({ build }));

const server = app.listen(port, () => {
  console.log(
    JSON.stringify({ level: "info", msg: "listening", app: portal, url: `http://localhost:${port}` }),
  );
});
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
