export { default } from "@portal/web/react-router.config.ts";
