import { Outlet } from "react-router";

/**
 * The layout every gated portal page sits in. Each portal's own app/routes/gate.tsx pairs it with
 * `requirePortalUser` as its loader (React Router's type generation cannot follow a route file that
 * lives outside the portal's app folder when it has children).
 */
export default function Gate() {
  return <Outlet />;
}
