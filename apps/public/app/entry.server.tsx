import { definePortal } from "@portal/web/portal.server.ts";

definePortal("public");

export { default, handleError, streamTimeout } from "@portal/web/entry.server.tsx";
