const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Throws a 403 `Response` unless a state-changing request comes from a page on `origin` itself.
 * Every current browser sends `Sec-Fetch-Site` or `Origin` with a form POST (JavaScript on or
 * off), so a POST with neither is not from a browser page on this portal and is refused too.
 * Reads (GET, HEAD, OPTIONS) pass: they must not change anything, and browsers omit both
 * headers on ordinary same-origin navigations.
 */
export function assertSameOrigin(request: Request, origin: string): void {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return;
  const expected = new URL(origin).origin;
  const fetchSite = request.headers.get("Sec-Fetch-Site");
  const requestOrigin = request.headers.get("Origin");
  const fetchSiteOk = fetchSite === null || fetchSite === "same-origin";
  const originOk = requestOrigin === null || requestOrigin === expected;
  if ((fetchSite === null && requestOrigin === null) || !fetchSiteOk || !originOk) {
    throw new Response("This request did not come from this service, so it was not carried out.", {
      status: 403,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
}
