import {
  type Attendee,
  BELOW_THRESHOLD_ROUTES,
  type BelowThresholdRoute,
  ENQUIRY_AGENCIES,
  FOLLOW_ON_KINDS,
  LADO_OUTCOMES,
  type LadoErrorCode,
  type LadoRequest,
  MEETING_AGENCIES,
  MEETING_KINDS,
  type MeetingAction,
  type PersonRef,
} from "@portal/intake";
import {
  type CommandForm,
  commandForm,
  commandParser,
  type FieldError,
  type FormValues,
  id,
  oneOf,
  optionalText,
  overLong,
  requiredText,
  submitField,
  ticked,
} from "@portal/web/casework/command-forms.ts";
import { dateParts } from "@portal/web/casework/date-parts.ts";
import { readDate, readWhen, startOfLondonDay } from "@portal/web/casework/when.ts";
import { z } from "zod";
import { ACTION_ROWS, namesField } from "../components/case/form-fields.ts";

export interface CommandContext {
  /** The person posting: "Assign to me" assigns them, never someone the form names. */
  actor: PersonRef;
  now: Date;
}

/** A value read from the posted fields, or the messages for what is wrong with them. */
type Read<T> = { value: T } | { errors: FieldError[] };

const errorsOf = <T>(read: Read<T>) => ("errors" in read ? read.errors : []);

/** The value of a read `check` has already passed. */
function checked<T>(read: Read<T>): T {
  if ("errors" in read) throw new Error("A form was built before its check passed");
  return read.value;
}

const text = (values: FormValues, name: string) => {
  const value = values[name];
  return typeof value === "string" ? value.trim() : "";
};

const nameFields = (intent: string) => MEETING_AGENCIES.map((agency) => namesField(intent, agency));

/** "A. Smith, B. Jones" → two names; blank pieces dropped. */
const splitNames = (names: string) =>
  names
    .split(/[,\n]/)
    .map((name) => name.trim())
    .filter((name) => name !== "");

/**
 * The attendees ticked, one per name typed for their agency. At a meeting being arranged a name may
 * not be known yet (the agency is invited); at a meeting being recorded everyone is named.
 */
function attendeesOf(intent: string, values: FormValues, namesRequired: boolean): Read<Attendee[]> {
  const ticks = values[`${intent}-agencies`];
  const agencies = new Set(Array.isArray(ticks) ? ticks : []);
  const attendees: Attendee[] = [];
  const errors: FieldError[] = [];
  for (const agency of MEETING_AGENCIES) {
    if (!agencies.has(agency)) continue;
    const field = namesField(intent, agency);
    const typed = text(values, field);
    const tooLong = overLong(typed, "The names");
    const names = splitNames(typed);
    if (tooLong) errors.push({ field, message: tooLong });
    else if (names.length > 0) for (const name of names) attendees.push({ agency, name });
    else if (namesRequired) errors.push({ field, message: "Enter who attended for this agency" });
    else attendees.push({ agency, name: "" });
  }
  return errors.length > 0 ? { errors } : { value: attendees };
}

const actionField = (n: number, part: "action" | "owner" | "due") => `record-meeting-${part}-${n}`;
const ROWS = Array.from({ length: ACTION_ROWS }, (_, i) => i + 1);

/** A date typed for a moment with no time (an action's due date, a review): the start of that London day. */
function dayOf(
  values: FormValues,
  prefix: string,
  what: string,
  required: boolean,
  now: Date,
): Read<Date | null> {
  const read = readDate(
    values,
    prefix,
    {
      required,
      errors: { required: `Enter the date ${what}`, invalid: `The date ${what} must be a real date` },
    },
    now,
  );
  if ("errors" in read) return read;
  return { value: read.date === null ? null : startOfLondonDay(read.date) };
}

/** The meeting's actions: a row left wholly empty is skipped; a row begun must be finished. */
function actionsOf(values: FormValues, now: Date): Read<Omit<MeetingAction, "id">[]> {
  const actions: Omit<MeetingAction, "id">[] = [];
  const errors: FieldError[] = [];
  for (const n of ROWS) {
    const [action, owner] = [text(values, actionField(n, "action")), text(values, actionField(n, "owner"))];
    const dueParts = dateParts(actionField(n, "due")).map((name) => text(values, name));
    if (action === "" && owner === "" && dueParts.every((part) => part === "")) continue;
    const own = [
      action === "" ? `Enter action ${n}` : overLong(action, `Action ${n}`),
      owner === "" ? `Enter who will do action ${n}` : overLong(owner, `Who will do action ${n}`),
    ];
    own.forEach((message, i) => {
      if (message) errors.push({ field: actionField(n, i === 0 ? "action" : "owner"), message });
    });
    const due = dayOf(values, actionField(n, "due"), `action ${n} is due`, true, now);
    if ("errors" in due) errors.push(...due.errors);
    else if (due.value && own.every((message) => message === null))
      actions.push({ action, owner, dueAt: due.value });
  }
  return errors.length > 0 ? { errors } : { value: actions };
}

const meetingWhen = (values: FormValues, now: Date): Read<Date> => {
  const when = readWhen(
    values,
    "schedule-meeting-date",
    {
      required: "Enter the date of the meeting",
      invalid: "The date of the meeting must be a real date",
      time: "Enter the time of the meeting, like 2:30pm or 14:30",
    },
    "schedule-meeting-time",
    now,
  );
  return when instanceof Date ? { value: when } : when;
};

const nextReview = (values: FormValues, now: Date) =>
  dayOf(values, "record-meeting-next-review", "of the next review", false, now);

const route = (values: FormValues): Read<BelowThresholdRoute | null> => {
  if (values["record-consideration-threshold"] !== "below") return { value: null };
  const chosen = BELOW_THRESHOLD_ROUTES.find((r) => r === values["record-consideration-route"]);
  return chosen
    ? { value: chosen }
    : { errors: [{ field: "record-consideration-route", message: "Select what happens to the concern" }] };
};

type Form = CommandForm<LadoRequest, CommandContext>;

const FORMS = {
  assign: commandForm(
    { "assign-to": oneOf(["me", "nobody"], "Select who to assign this case to") },
    (f, { actor }): LadoRequest => ({
      type: "assign",
      assignee: f["assign-to"] === "me" ? { subject: actor.subject, name: actor.name } : null,
    }),
  ),
  acknowledge: commandForm({}, (): LadoRequest => ({ type: "acknowledge" })),
  "record-consideration": commandForm(
    {
      "record-consideration-threshold": oneOf(["met", "below"], "Select whether the threshold is met"),
      "record-consideration-route": z.string(),
      "record-consideration-reason": requiredText("Enter the reasons for your decision", "The reasons"),
    },
    (f, _context, values): LadoRequest => {
      const reason = f["record-consideration-reason"];
      const below = checked(route(values));
      return below === null
        ? { type: "record-consideration", threshold: "met", reason }
        : { type: "record-consideration", threshold: "below", route: below, reason };
    },
    { check: (values) => errorsOf(route(values)) },
  ),
  "schedule-meeting": commandForm(
    {
      "schedule-meeting-kind": oneOf(MEETING_KINDS, "Select the kind of meeting"),
      "schedule-meeting-time": z.string(),
      "schedule-meeting-agencies": ticked(MEETING_AGENCIES, "Select who is invited").min(1, {
        error: "Select who is invited",
      }),
    },
    (f, { now }, values): LadoRequest => ({
      type: "schedule-meeting",
      kind: f["schedule-meeting-kind"],
      scheduledFor: checked(meetingWhen(values, now)),
      attendees: checked(attendeesOf("schedule-meeting", values, false)),
    }),
    {
      order: [
        "schedule-meeting-kind",
        ...dateParts("schedule-meeting-date"),
        "schedule-meeting-time",
        "schedule-meeting-agencies",
        ...nameFields("schedule-meeting"),
      ],
      check: (values, { now }) => [
        ...errorsOf(meetingWhen(values, now)),
        ...errorsOf(attendeesOf("schedule-meeting", values, false)),
      ],
    },
  ),
  "record-meeting": commandForm(
    {
      "record-meeting-id": id("Select the meeting you are recording"),
      "record-meeting-agencies": ticked(MEETING_AGENCIES, "Select who attended").min(1, {
        error: "Select who attended",
      }),
      "record-meeting-minutes": requiredText("Enter the minutes of the meeting", "The minutes"),
    },
    (f, { now }, values): LadoRequest => ({
      type: "record-meeting",
      meetingId: f["record-meeting-id"],
      attendees: checked(attendeesOf("record-meeting", values, true)),
      minutes: f["record-meeting-minutes"],
      actions: checked(actionsOf(values, now)),
      nextReviewAt: checked(nextReview(values, now)),
    }),
    {
      order: [
        "record-meeting-id",
        "record-meeting-agencies",
        ...nameFields("record-meeting"),
        "record-meeting-minutes",
        ...ROWS.flatMap((n) => [
          actionField(n, "action"),
          actionField(n, "owner"),
          ...dateParts(actionField(n, "due")),
        ]),
        ...dateParts("record-meeting-next-review"),
      ],
      check: (values, { now }) => [
        ...errorsOf(attendeesOf("record-meeting", values, true)),
        ...errorsOf(actionsOf(values, now)),
        ...errorsOf(nextReview(values, now)),
      ],
    },
  ),
  "start-enquiry": commandForm(
    {
      "start-enquiry-agency": oneOf(ENQUIRY_AGENCIES, "Select whose enquiry it is"),
      "start-enquiry-note": optionalText("The note"),
    },
    (f): LadoRequest => ({
      type: "start-enquiry",
      agency: f["start-enquiry-agency"],
      note: f["start-enquiry-note"],
    }),
  ),
  "update-enquiry": commandForm(
    {
      "update-enquiry-id": id("Select the enquiry to update"),
      "update-enquiry-status": oneOf(["open", "concluded"], "Select whether the enquiry has concluded"),
      "update-enquiry-note": requiredText("Enter where the enquiry has got to", "The update"),
    },
    (f): LadoRequest => ({
      type: "update-enquiry",
      enquiryId: f["update-enquiry-id"],
      status: f["update-enquiry-status"],
      note: f["update-enquiry-note"],
    }),
  ),
  "record-outcome": commandForm(
    {
      "record-outcome-category": oneOf(LADO_OUTCOMES, "Select the outcome of the allegation"),
      "record-outcome-reason": requiredText("Enter the reasons for the outcome", "The reasons"),
    },
    (f): LadoRequest => ({
      type: "record-outcome",
      category: f["record-outcome-category"],
      reason: f["record-outcome-reason"],
    }),
  ),
  "record-follow-on": commandForm(
    {
      "record-follow-on-kind": oneOf(FOLLOW_ON_KINDS, "Select who the referral was made to"),
      "record-follow-on-note": requiredText("Enter the details of the referral", "The details"),
    },
    (f): LadoRequest => ({
      type: "record-follow-on",
      kind: f["record-follow-on-kind"],
      note: f["record-follow-on-note"],
    }),
  ),
  "refer-to-mash": commandForm(
    {
      "refer-to-mash-reason": requiredText(
        "Enter the child protection concern you are referring to the MASH",
        "The concern",
      ),
    },
    (f): LadoRequest => ({ type: "refer-to-mash", reason: f["refer-to-mash-reason"] }),
  ),
  "ask-referrer": commandForm(
    { "ask-referrer-text": requiredText("Enter what you need to know", "Your question") },
    (f): LadoRequest => ({ type: "ask-referrer", text: f["ask-referrer-text"] }),
  ),
  "record-feedback": commandForm(
    {
      "record-feedback-message": requiredText(
        "Enter what you told the employer",
        "What you told the employer",
      ),
    },
    (f): LadoRequest => ({ type: "record-feedback", message: f["record-feedback-message"] }),
  ),
  close: commandForm({}, (): LadoRequest => ({ type: "close" })),
} satisfies Record<LadoRequest["type"], Form>;

export type Intent = keyof typeof FORMS;

/** Fields posted as checkbox groups: every value is kept, not only the first. */
const LISTS = new Set(["schedule-meeting-agencies", "record-meeting-agencies"]);

export const commands = commandParser<Intent, LadoRequest, CommandContext>(FORMS, LISTS);

/**
 * The field a refusal from the workflow concerns, so its message sits beside the right field: a
 * missing reason by the reason, missing text by the form's main text, anything else by the form's
 * first field (or its button).
 */
export function refusalField(intent: Intent, code: LadoErrorCode): string {
  const fields = commands.fields(intent);
  const own = (name: string) => (fields.includes(name) ? name : undefined);
  const first = fields[0] ?? submitField(intent);
  switch (code) {
    case "reason-required":
      return own(`${intent}-reason`) ?? first;
    case "text-required":
      return (
        own("record-meeting-minutes") ??
        own("update-enquiry-note") ??
        own("record-follow-on-note") ??
        own("ask-referrer-text") ??
        own("record-feedback-message") ??
        first
      );
    case "follow-on-not-allowed":
      return own("record-follow-on-kind") ?? first;
    case "meeting-required":
      return own("schedule-meeting-kind") ?? first;
    default:
      return fields.length === 0 ? submitField(intent) : first;
  }
}
