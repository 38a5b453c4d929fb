import type { PortalName } from "@portal/config";
import govukStyles from "govuk-frontend/dist/govuk/govuk-frontend.min.css?url";
import type { ReactNode } from "react";
import { Links, Meta, Scripts, ScrollRestoration, useRouteLoaderData } from "react-router";
import { PortalFrame } from "./layout.tsx";
import { useNonce } from "./nonce.tsx";
import portalStyles from "./portal.css?url";
import { type HeaderUser, SITES } from "./site.ts";

export const portalLinks = () => [
  { rel: "stylesheet", href: govukStyles },
  { rel: "stylesheet", href: portalStyles },
];

export interface RootData {
  portal: PortalName;
  user: HeaderUser | null;
}

/** When even the root loader failed, the error page still needs a frame. */
const FALLBACK_SITE = { serviceName: "", navigation: [] };

/** The whole HTML document of a portal page, error pages included (React Router's root Layout). */
export function PortalDocument({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  const data = useRouteLoaderData<RootData>("root");
  return (
    <html lang="en" className="govuk-template govuk-template--rebranded">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />
        <meta name="theme-color" content="#1d70b8" />
        <Meta />
        <Links />
      </head>
      <body className="govuk-template__body" suppressHydrationWarning>
        <script
          nonce={nonce}
          // GOV.UK Frontend styles its components for JavaScript only once it knows the browser runs it.
          dangerouslySetInnerHTML={{
            __html:
              "document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');",
          }}
        />
        <PortalFrame site={data ? SITES[data.portal] : FALLBACK_SITE} user={data?.user ?? null}>
          {children}
        </PortalFrame>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}
