/** The query forms' field names (which are also their ids) and limits, shared by the pages and their parsers. */

export const RAISE_FIELDS = { team: "raise-team", title: "raise-title", text: "raise-text" } as const;

export const REPLY_TEXT = "reply-text";

export const MAX_TITLE = 200;

/** The domain's limit on one message. */
export const MAX_MESSAGE = 5000;
