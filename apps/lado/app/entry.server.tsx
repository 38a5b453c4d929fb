import { definePortal } from "@portal/web/portal.server.ts";

definePortal("lado");

export { default, handleError, streamTimeout } from "@portal/web/entry.server.tsx";
