import { definePortal } from "@portal/web/portal.server.ts";

definePortal("providers");

export { default, streamTimeout } from "@portal/web/entry.server.tsx";
