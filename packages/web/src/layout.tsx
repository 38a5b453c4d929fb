import { Footer, PhaseBanner, ServiceNavigation, SkipLink } from "@portal/govuk-react";
import type { ReactNode } from "react";
import { useLocation } from "react-router";
import { type HeaderUser, type Site, SUITE_NAME } from "./site.ts";

/**
 * The frame every portal page shares: skip link, the council's header (the generic header, since
 * the GOV.UK crown is for central government only), service navigation with the signed-in user and
 * "Sign out", phase banner, main and footer.
 */
export function PortalFrame({
  site,
  user,
  children,
}: {
  site: Site;
  user: HeaderUser | null;
  children: ReactNode;
}) {
  const { pathname } = useLocation();
  const items = user
    ? site.navigation
        .filter((item) => !item.roles || item.roles.some((role) => user.roles.includes(role)))
        .map((item) => ({
          href: item.href,
          text: item.text,
          active: pathname === item.href || pathname.startsWith(`${item.href}/`),
        }))
    : [];
  // The sign-out control is a form (POST), so a link on another site cannot sign people out.
  const navigationEnd = user ? (
    <>
      <li className="govuk-service-navigation__item">
        <span className="govuk-service-navigation__text" data-testid="signed-in-user">
          {user.organisation ? `${user.name}, ${user.organisation}` : user.name}
        </span>
      </li>
      <li className="govuk-service-navigation__item">
        <form method="post" action="/auth/sign-out">
          <button type="submit" className="govuk-service-navigation__link app-link-button">
            Sign out
          </button>
        </form>
      </li>
    </>
  ) : (
    <li className="govuk-service-navigation__item">
      <a className="govuk-service-navigation__link" href="/auth/sign-in">
        Sign in
      </a>
    </li>
  );
  return (
    <>
      <SkipLink href="#main-content" text="Skip to main content" />
      <header>
        <div className="govuk-generic-header">
          <div className="govuk-generic-header__container govuk-width-container">
            <div className="govuk-generic-header__logo">
              <a href="/" className="govuk-generic-header__homepage-link">
                {SUITE_NAME}
              </a>
            </div>
          </div>
        </div>
        <ServiceNavigation
          serviceName={site.serviceName}
          serviceUrl="/"
          navigation={items}
          navigationLabel="Menu"
          slots={{ navigationEnd }}
        />
        <PhaseBanner
          tag={{ text: "Beta" }}
          text="This is a new service. Tell your council's digital team what you think of it."
        />
      </header>
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content">
          {children}
        </main>
      </div>
      <footer>
        <Footer
          meta={{
            visuallyHiddenTitle: "Support links",
            items: [{ href: "/accessibility", text: "Accessibility statement" }],
          }}
          contentLicence={{ text: "Open source software under the MIT licence" }}
        />
      </footer>
    </>
  );
}
