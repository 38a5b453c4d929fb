// Enhancements only (error summary focus, password reveal); every page works without them.
import { initAll } from "/assets/govuk-frontend.min.js";

initAll();
