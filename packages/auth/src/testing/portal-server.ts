import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { PortalAuth } from "../portal-auth.ts";

/**
 * A stand-in for a portal app: serves the auth routes the way React Router route modules would
 * (returned and thrown `Response`s sent as they are), plus /whoami to see who is signed in. The
 * server starts before the auth exists because the issuer must know the portal's URL first.
 */
export interface PortalServer {
  url: string;
  mount(auth: PortalAuth): void;
  close(): Promise<void>;
}

export async function startPortalServer(): Promise<PortalServer> {
  let auth: PortalAuth | undefined;
  const server = createServer((req, res) => {
    handle(req, res, auth).catch((error: unknown) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });
  const url = await listen(server);

  async function handle(req: IncomingMessage, res: ServerResponse, portal: PortalAuth | undefined) {
    if (!portal) throw new Error("No auth mounted yet");
    const request = await toRequest(req, url);
    const route = `${request.method} ${new URL(request.url).pathname}`;
    let response: Response;
    try {
      switch (route) {
        case "GET /auth/sign-in":
          response = await portal.signIn(request);
          break;
        case "GET /auth/callback":
          response = await portal.callback(request);
          break;
        case "POST /auth/sign-out":
          response = await portal.signOut(request);
          break;
        case "POST /auth/backchannel-logout":
          response = await portal.backchannelLogout(request);
          break;
        case "GET /auth/signed-out":
          response = new Response("You have signed out");
          break;
        case "GET /whoami":
          response = Response.json(await portal.getUser(request));
          break;
        default:
          response = new Response("Not found", { status: 404 });
      }
    } catch (thrown) {
      if (!(thrown instanceof Response)) throw thrown;
      response = thrown;
    }
    await send(response, res);
  }

  return {
    url,
    mount: (portal) => {
      auth = portal;
    },
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve(`http://127.0.0.1:${port}`);
    });
  });
}

async function toRequest(req: IncomingMessage, base: string): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    for (const item of [value ?? []].flat()) headers.append(name, item);
  }
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const hasBody = req.method !== "GET" && req.method !== "HEAD";
  return new Request(new URL(req.url ?? "/", base), {
    method: req.method ?? "GET",
    headers,
    body: hasBody ? Buffer.concat(chunks) : undefined,
  });
}

async function send(response: Response, res: ServerResponse) {
  res.statusCode = response.status;
  for (const [name, value] of response.headers) {
    if (name !== "set-cookie") res.setHeader(name, value);
  }
  const cookies = response.headers.getSetCookie();
  if (cookies.length) res.setHeader("Set-Cookie", cookies);
  res.end(Buffer.from(await response.arrayBuffer()));
}
