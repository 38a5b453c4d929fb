import { catalogue } from "@portal/forms";
import type {
  EncompassNotice,
  OutboxMessageRecord,
  ReferralSummary,
  ReferralView,
  ReferrerStatus,
} from "@portal/intake";
import { fileSize, formatDate, formatDateTime, formatShortDateTime } from "../forms/text.ts";
import type { StatusTag } from "./tags.ts";
import type { ReferralWords } from "./words.ts";

/**
 * What the referrals pages show, worked out on the server from what the referrals service returns: plain
 * strings, so the pages render the same on the server and in the browser. Only fields of ReferralSummary,
 * ReferralView and EncompassNotice are read: nothing else about an item can reach these pages.
 */

const STATUS_CLASSES: Record<ReferrerStatus, string | undefined> = {
  Received: undefined,
  "Being looked at": "govuk-tag--turquoise",
  "Decision made": "govuk-tag--green",
  Closed: "govuk-tag--grey",
  "Sent to another team": "govuk-tag--purple",
};

export function statusTag(status: ReferrerStatus): StatusTag {
  const classes = STATUS_CLASSES[status];
  return classes ? { text: status, classes } : { text: status };
}

/** The next thing the council owes the referrer, in words. */
export function deadlineSentence(deadline: ReferralView["deadline"]): string | null {
  if (!deadline) return null;
  const by = formatDateTime(deadline.by);
  // When the council is late it says so, rather than showing a promise already broken.
  if (deadline.late) {
    switch (deadline.owed) {
      case "acknowledge":
        return `We meant to confirm we had it by ${by}. We are late; it is with the team.`;
      case "decide":
        return `We meant to decide what happens next by ${by}. We are late, and will tell you as soon as we have decided.`;
      case "feedback":
        return `We meant to tell you the outcome by ${by}. We are late, and will write to you as soon as we can.`;
    }
  }
  switch (deadline.owed) {
    case "acknowledge":
      return `We will confirm we have it by ${by}.`;
    case "decide":
      return `We aim to decide what happens next by ${by}.`;
    case "feedback":
      return `We will tell you the outcome by ${by}.`;
  }
}

/** The form's title, as the person saw it when they filled it in. */
export function formTitle(formId: string, words: ReferralWords): string {
  return catalogue[formId]?.title ?? (words.noun === "request" ? "Request" : "Referral");
}

export const itemHref = (words: ReferralWords, id: string) => `${words.basePath}/${encodeURIComponent(id)}`;

export interface ReferralRow {
  id: string;
  href: string;
  reference: string;
  /** The form's title. */
  what: string;
  sent: string;
  status: StatusTag;
  waitingForYou: boolean;
  sentByColleague: boolean;
}

export function referralRows(summaries: readonly ReferralSummary[], words: ReferralWords): ReferralRow[] {
  return summaries.map((summary) => ({
    id: summary.id,
    href: itemHref(words, summary.id),
    reference: summary.reference,
    what: formTitle(summary.formId, words),
    sent: formatShortDateTime(summary.receivedAt),
    status: statusTag(summary.status),
    waitingForYou: summary.waitingForYou,
    sentByColleague: summary.sentByColleague,
  }));
}

export interface ReferralMessageLine {
  id: string;
  from: string;
  /** ISO timestamp, for `<time datetime>`. */
  at: string;
  when: string;
  text: string;
  fromReferrer: boolean;
  /** The files that came with it: names and sizes only (the referrer has no download). */
  files: { id: string; name: string; size: string }[];
}

export interface ReferralDetail extends ReferralRow {
  sentAt: string;
  /** "We will confirm we have it by …", or null when nothing more is owed. */
  nextStep: string | null;
  outcome: { label: string; message: string | null } | null;
  messages: ReferralMessageLine[];
  question: ReferralMessageLine | null;
}

function messageLine(message: ReferralView["messages"][number]): ReferralMessageLine {
  return {
    id: message.id,
    from: message.from,
    at: message.at.toISOString(),
    when: formatDateTime(message.at),
    text: message.body,
    fromReferrer: message.direction === "from-referrer",
    files: message.files.map((file) => ({ id: file.id, name: file.name, size: fileSize(file.size) })),
  };
}

export function referralDetail(view: ReferralView, words: ReferralWords): ReferralDetail {
  const [row] = referralRows([view], words);
  return {
    ...row!,
    sentAt: formatDateTime(view.receivedAt),
    nextStep: deadlineSentence(view.deadline),
    outcome: view.outcome ? { label: view.outcome.label, message: view.outcome.message } : null,
    messages: view.messages.map(messageLine),
    question: view.question ? messageLine(view.question) : null,
  };
}

export const NOT_GIVEN = "Not given";

/** A date typed as YYYY-MM-DD in words ("21 November 2026"); anything else as it was written. */
function dayInWords(value: string | null): string {
  if (!value) return NOT_GIVEN;
  // Midday UTC is the same calendar day in London all year round.
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(`${value}T12:00:00Z`) || value : value;
}

export interface NoticeDetail {
  reference: string;
  school: string;
  children: { name: string; dateOfBirth: string }[];
  policeReference: string;
  incident: { date: string; time: string; place: string };
  /** "Yes", "No" or "Not known". */
  childPresent: string;
  /** Only when the children were present. */
  whereChildWas: string | null;
  childSaid: string;
  due: string;
}

export function noticeDetail(notice: EncompassNotice): NoticeDetail {
  return {
    reference: notice.reference,
    school: notice.school,
    children: notice.children.map((child) => ({
      name: child.name,
      dateOfBirth: dayInWords(child.dateOfBirth),
    })),
    policeReference: notice.policeReference ?? NOT_GIVEN,
    incident: {
      date: dayInWords(notice.incident.date),
      time: notice.incident.time ?? NOT_GIVEN,
      place: notice.incident.place ?? NOT_GIVEN,
    },
    childPresent: notice.childPresent === true ? "Yes" : notice.childPresent === false ? "No" : "Not known",
    whereChildWas: notice.childPresent === true ? (notice.whereChildWas ?? NOT_GIVEN) : null,
    childSaid: notice.childSaid ?? NOT_GIVEN,
    due: formatDateTime(notice.due),
  };
}

const TEMPLATE_WORDS: Record<string, string> = {
  receipt: "Receipt for a referral or request",
  question: "The team has a question",
  outcome: "Outcome ready to read",
  rerouted: "Sent to another team",
  "draft-saved": "Link to saved answers",
  "operation-encompass": "Operation Encompass notice for a school",
};

const PERSONALISATION_WORDS: Record<string, string> = {
  reference: "Reference",
  link: "Link",
  due: "Due",
  expires: "Expires",
};

export interface OutboxRow {
  id: string;
  when: string;
  to: string;
  template: string;
  status: string;
  /** The personalisation, in the template's order; `href` for links the suite made (http or https). */
  details: { label: string; text: string; href: string | null }[];
}

function outboxStatus(message: Pick<OutboxMessageRecord, "status" | "providerId">): string {
  switch (message.status) {
    case "queued":
      return "Waiting to send";
    case "sending":
      return "Sending";
    case "sent":
      return message.providerId ? "Sent" : "Not sent (demo mode)";
    case "failed":
      return "Failed";
  }
}

const isWebLink = (value: string) => /^https?:\/\//i.test(value);

export function outboxRows(
  messages: readonly Pick<
    OutboxMessageRecord,
    "id" | "createdAt" | "recipient" | "template" | "status" | "providerId" | "personalisation"
  >[],
): OutboxRow[] {
  return messages.map((message) => ({
    id: message.id,
    when: formatShortDateTime(message.createdAt),
    to: message.recipient,
    template: TEMPLATE_WORDS[message.template] ?? message.template,
    status: outboxStatus(message),
    details: Object.entries(message.personalisation).map(([key, value]) => ({
      label: PERSONALISATION_WORDS[key] ?? key,
      text: value,
      href: key === "link" && isWebLink(value) ? value : null,
    })),
  }));
}
