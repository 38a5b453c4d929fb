/** Shared by the case page's forms and the parser of what they post. */

/** How many actions the record-meeting form offers: enough for a meeting, and it works without JavaScript. */
export const ACTION_ROWS = 4;

/** The field naming who attends for one agency: several names separated by commas. */
export const namesField = (intent: string, agency: string) => `${intent}-names-${agency}`;
