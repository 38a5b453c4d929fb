import { Outlet, useRouteError } from "react-router";
import { PortalDocument, portalLinks } from "./document.tsx";
import { PortalErrorPage } from "./error-pages.tsx";

/**
 * The root route module every portal re-exports as its app/root.tsx. Its loader is defined in each
 * portal's own root module, where React Router can keep it out of the browser bundle.
 */
export const links = portalLinks;

export function Layout({ children }: { children: React.ReactNode }) {
  return <PortalDocument>{children}</PortalDocument>;
}

export default function App() {
  return <Outlet />;
}

// Read through the hook, not props: React Router passes props only to components a route module defines itself.
export function ErrorBoundary() {
  return <PortalErrorPage error={useRouteError()} />;
}
