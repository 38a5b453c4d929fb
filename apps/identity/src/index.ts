/// <reference path="./oidc-provider.d.ts" />
export { clientIdFor } from "./clients.ts";
export { DEMO_PASSWORD, demoPersonas, type Persona, seedDemoPersonas } from "./personas.ts";
export {
  createIdentityServer,
  type IdentityServer,
  type IdentityServerOptions,
  type RunningIdentityServer,
  startIdentityServer,
} from "./server.ts";
