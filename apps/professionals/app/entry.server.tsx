import { definePortal } from "@portal/web/portal.server.ts";

definePortal("professionals");

export { default, streamTimeout } from "@portal/web/entry.server.tsx";
