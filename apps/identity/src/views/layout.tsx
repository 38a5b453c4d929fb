import { ServiceNavigation, SkipLink } from "@portal/govuk-react";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";

export const SERVICE_NAME = "Council referral services";

export interface PageProps {
  /** The page's own name; the service name is appended. */
  title: string;
  hasErrors?: boolean;
  /** Where the service name in the header links: the suite's public portal. */
  homeUrl: string;
  children: ReactNode;
}

/**
 * govuk-frontend 6's page template, with two deliberate differences: the header holds only the
 * service navigation (no GOV.UK logo) and the footer has no crown or Crown copyright, because a
 * council service is not GOV.UK; and the template's inline body-class script is an external file,
 * so the Content-Security-Policy can forbid inline script.
 */
export function Page({ title, hasErrors = false, homeUrl, children }: PageProps) {
  return (
    <html lang="en" className="govuk-template">
      <head>
        <meta charSet="utf-8" />
        <title>{`${hasErrors ? "Error: " : ""}${title} – ${SERVICE_NAME}`}</title>
        <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />
        <meta name="theme-color" content="#1d70b8" />
        <link rel="stylesheet" href="/assets/govuk-frontend.min.css" />
      </head>
      <body className="govuk-template__body">
        <script src="/assets/identity/body-classes.js" />
        <SkipLink href="#main-content" text="Skip to main content" />
        <header className="govuk-template__header">
          <ServiceNavigation serviceName={SERVICE_NAME} serviceUrl={homeUrl} />
        </header>
        <div className="govuk-width-container">
          <main className="govuk-main-wrapper" id="main-content">
            {children}
          </main>
        </div>
        <footer className="govuk-template__footer">
          <div className="govuk-footer">
            <div className="govuk-width-container">
              <div className="govuk-footer__meta">
                <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
                  <div className="govuk-footer__meta-custom">
                    {SERVICE_NAME}: one sign-in for your council's referral portals.
                  </div>
                </div>
              </div>
            </div>
          </div>
        </footer>
        <script type="module" src="/assets/identity/init.js" />
      </body>
    </html>
  );
}

export function renderPage(page: ReactNode): string {
  return `<!DOCTYPE html>${renderToStaticMarkup(page)}`;
}
