/**
 * oidc-provider 9 ships no type declarations and @types/oidc-provider is not a dependency, so this
 * declares only the parts of its API that this app uses.
 */
declare module "oidc-provider" {
  import type { IncomingMessage, ServerResponse } from "node:http";
  import type Koa from "koa";

  export type AdapterPayload = {
    [key: string]: unknown;
    uid?: string;
    userCode?: string;
    grantId?: string;
    consumed?: number;
  };

  export interface Adapter {
    upsert(id: string, payload: AdapterPayload, expiresIn: number | undefined): Promise<void>;
    find(id: string): Promise<AdapterPayload | undefined>;
    findByUid(uid: string): Promise<AdapterPayload | undefined>;
    findByUserCode(userCode: string): Promise<AdapterPayload | undefined>;
    consume(id: string): Promise<void>;
    destroy(id: string): Promise<void>;
    revokeByGrantId(grantId: string): Promise<void>;
  }

  export interface AccountClaims {
    [claim: string]: unknown;
    sub: string;
  }

  export interface Account {
    accountId: string;
    claims(use: string, scope: string): Promise<AccountClaims> | AccountClaims;
  }

  export interface ClientMetadata {
    [key: string]: unknown;
    client_id: string;
    client_secret?: string;
    redirect_uris: string[];
  }

  export interface Client {
    clientId: string;
  }

  export class Grant {
    constructor(properties: { accountId: string; clientId: string });
    static find(id: string): Promise<Grant | undefined>;
    readonly jti: string;
    accountId: string;
    clientId: string;
    addOIDCScope(scope: string): void;
    save(): Promise<string>;
  }

  export interface Session {
    grantIdFor(clientId: string): string | undefined;
  }

  export interface OIDCContext {
    readonly client?: Client;
    readonly session?: Session;
    readonly account?: Account;
    readonly requestParamOIDCScopes: Set<string>;
    readonly provider: Provider;
  }

  export type KoaContextWithOIDC = Koa.ParameterizedContext & { oidc: OIDCContext };

  export interface Interaction {
    uid: string;
    /** The prompt being asked for ("login" here, consent being removed) and why. */
    prompt: { name: string; reasons: string[]; details: Record<string, unknown> };
    /** The issuer session already in place, when the person is signed in there. */
    session?: { accountId: string; uid?: string };
  }

  export interface InteractionResults {
    login: { accountId: string };
  }

  export interface ErrorOut {
    error: string;
    error_description?: string;
  }

  export interface Prompt {
    name: string;
  }

  export interface Policy extends Array<Prompt> {
    remove(name: string): void;
  }

  type CookieOptions = { httpOnly?: boolean; sameSite?: "lax" | "strict" | "none"; secure?: boolean };

  export interface Configuration {
    adapter: (name: string) => Adapter;
    clients: ClientMetadata[];
    jwks: { keys: Record<string, unknown>[] };
    cookies: {
      keys: string[];
      names: { session: string; interaction: string; resume: string };
      long: CookieOptions;
      short: CookieOptions;
    };
    findAccount: (ctx: KoaContextWithOIDC, sub: string) => Promise<Account | undefined>;
    loadExistingGrant: (ctx: KoaContextWithOIDC) => Promise<Grant | undefined>;
    claims: Record<string, string[] | null>;
    scopes: string[];
    conformIdTokenClaims: boolean;
    responseTypes: string[];
    clientAuthMethods: string[];
    allowOmittingSingleRegisteredRedirectUri: boolean;
    pkce: { required: () => boolean };
    interactions: { policy: Policy; url: (ctx: KoaContextWithOIDC, interaction: Interaction) => string };
    features: {
      devInteractions: { enabled: boolean };
      backchannelLogout: { enabled: boolean };
      rpInitiatedLogout: {
        enabled: boolean;
        logoutSource: (ctx: KoaContextWithOIDC, form: string) => Promise<void>;
        postLogoutSuccessSource: (ctx: KoaContextWithOIDC) => Promise<void>;
      };
    };
    renderError: (ctx: KoaContextWithOIDC, out: ErrorOut, error: Error) => Promise<void>;
    clientBasedCORS: () => boolean;
    fetch: (url: string, options: RequestInit & { dispatcher?: unknown }) => Promise<Response>;
    ttl: Record<string, number>;
  }

  export default class Provider extends Koa {
    constructor(issuer: string, configuration: Partial<Configuration>);
    readonly issuer: string;
    readonly Grant: typeof Grant;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<Interaction>;
    interactionResult(
      req: IncomingMessage,
      res: ServerResponse,
      result: InteractionResults,
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<string>;
    on(event: "server_error", listener: (ctx: KoaContextWithOIDC, error: Error) => void): this;
    on(
      event: "backchannel.error",
      listener: (ctx: KoaContextWithOIDC, error: Error, client: Client) => void,
    ): this;
  }

  export const errors: {
    SessionNotFound: new (...args: never[]) => Error;
  };

  export const interactionPolicy: { base(): Policy };
}
