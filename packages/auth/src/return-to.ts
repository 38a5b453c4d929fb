/** Where a refused or missing returnTo sends people instead. */
const DEFAULT_RETURN_TO = "/";

const MAX_LENGTH = 2048;
const MAX_DECODE_ROUNDS = 5;
// Browsers strip tabs and newlines from URLs ("/\t/evil.example" becomes "//evil.example") and CR/LF
// would split headers, so any control character refuses the value outright.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;
const ORIGIN_PROBE = "http://return-to.invalid";

/**
 * The path to send someone back to after signing in: a path on this portal's own origin, or "/".
 * Refuses anything a browser could read as another origin (protocol-relative "//host", "/\host",
 * absolute and `javascript:` URLs), including percent-encoded forms of those, so `?returnTo=` can
 * never become an open redirect.
 */
export function safeReturnTo(value: string | null | undefined): string {
  if (!value || value.length > MAX_LENGTH) return DEFAULT_RETURN_TO;
  let decoded = value;
  for (let round = 0; ; round++) {
    if (!isSafePath(decoded)) return DEFAULT_RETURN_TO;
    let next: string;
    try {
      next = decodeURIComponent(decoded);
    } catch {
      return DEFAULT_RETURN_TO;
    }
    if (next === decoded) break;
    // Something that still decodes after several rounds is an attempt to outlast the check.
    if (round === MAX_DECODE_ROUNDS) return DEFAULT_RETURN_TO;
    decoded = next;
  }
  const url = new URL(value, ORIGIN_PROBE);
  if (url.origin !== ORIGIN_PROBE) return DEFAULT_RETURN_TO;
  return `${url.pathname}${url.search}${url.hash}`;
}

function isSafePath(path: string): boolean {
  return (
    path.startsWith("/") && !path.startsWith("//") && !path.includes("\\") && !CONTROL_CHARACTER.test(path)
  );
}

/**
 * The page the person was on. React Router data requests (with its pass-through-requests flag)
 * arrive as `/queue.data?_routes=…`; the sign-in should return to `/queue`, not to that.
 */
export function documentPath(request: Request): string {
  const url = new URL(request.url);
  if (url.pathname.endsWith(".data")) {
    url.pathname = url.pathname === "/_root.data" ? "/" : url.pathname.slice(0, -".data".length);
    url.searchParams.delete("_routes");
    url.searchParams.delete("index");
  }
  return `${url.pathname}${url.search}`;
}

/**
 * Where to send someone to sign in and come back to this request's page: `/auth/sign-in?returnTo=…`,
 * or with `fresh` `/auth/sign-in?fresh=1&returnTo=…`, which makes the identity provider ask for
 * their password again even if they are signed in there.
 */
export function signInLocation(request: Request, options: { fresh?: boolean } = {}): string {
  const returnTo = encodeURIComponent(documentPath(request));
  return `/auth/sign-in?${options.fresh ? "fresh=1&" : ""}returnTo=${returnTo}`;
}
