/** The invoice forms' field names: shared by the pages (in the browser) and the parsers (on the server). */

/** The longest reason a rejection may give. */
export const MAX_REJECT_REASON = 2000;

export const REJECT_REASON = "reject-reason";

export const PREPARE_PERIOD = "prepare-period";

export const PAYMENT_RUN = "export-run";
