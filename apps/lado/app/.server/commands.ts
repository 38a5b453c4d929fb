import {
  type Attendee,
  BELOW_THRESHOLD_ROUTES,
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
  MAX_TEXT,
  type Made,
  oneOf,
  optionalText,
  requiredText,
  submitField,
  ticked,
} from "@portal/web/casework/command-forms.ts";
import { dateParts } from "@portal/web/casework/date-parts.ts";
import { dateLeftEmpty, readWhen } from "@portal/web/casework/when.ts";
import { z } from "zod";
import { ACTION_ROWS, namesField } from "../components/case/form-fields.ts";

export interface CommandContext {
  /** The person posting: "Assign to me" assigns them, never someone the form names. */
  actor: PersonRef;
}

const nameFields = (intent: string) => MEETING_AGENCIES.map((agency) => namesField(intent, agency));

/** "A. Smith, B. Jones" → two names; blank pieces dropped. */
const splitNames = (text: string) =>
  text
    .split(/[,\n]/)
    .map((name) => name.trim())
    .filter((name) => name !== "");

/**
 * The attendees ticked, one per name typed for their agency. At a meeting being arranged a name may
 * not be known yet (the agency is invited); at a meeting being recorded everyone is named.
 */
function attendeesOf(
  intent: string,
  agencies: readonly (typeof MEETING_AGENCIES)[number][],
  values: FormValues,
  namesRequired: boolean,
): Attendee[] | { errors: FieldError[] } {
  const attendees: Attendee[] = [];
  const errors: FieldError[] = [];
  for (const agency of MEETING_AGENCIES) {
    if (!agencies.includes(agency)) continue;
    const field = namesField(intent, agency);
    const typed = values[field];
    const names = splitNames(typeof typed === "string" ? typed : "");
    if (typeof typed === "string" && typed.length > MAX_TEXT) {
      errors.push({
        field,
        message: `The names must be ${MAX_TEXT.toLocaleString("en-GB")} characters or less`,
      });
      continue;
    }
    if (names.length === 0) {
      if (namesRequired) errors.push({ field, message: "Enter who attended for this agency" });
      else attendees.push({ agency, name: "" });
    } else for (const name of names) attendees.push({ agency, name });
  }
  return errors.length > 0 ? { errors } : attendees;
}

const actionField = (n: number, part: "action" | "owner" | "due") => `record-meeting-${part}-${n}`;
const ROWS = Array.from({ length: ACTION_ROWS }, (_, i) => i + 1);

/** The meeting's actions: a row left wholly empty is skipped; a row begun must be finished. */
function actionsOf(values: FormValues): Omit<MeetingAction, "id">[] | { errors: FieldError[] } {
  const text = (name: string) => {
    const value = values[name];
    return typeof value === "string" ? value.trim() : "";
  };
  const actions: Omit<MeetingAction, "id">[] = [];
  const errors: FieldError[] = [];
  for (const n of ROWS) {
    const [action, owner] = [text(actionField(n, "action")), text(actionField(n, "owner"))];
    if (action === "" && owner === "" && dateLeftEmpty(values, actionField(n, "due"))) continue;
    if (action === "") errors.push({ field: actionField(n, "action"), message: `Enter action ${n}` });
    if (owner === "")
      errors.push({ field: actionField(n, "owner"), message: `Enter who will do action ${n}` });
    for (const [field, value, what] of [
      [actionField(n, "action"), action, `Action ${n}`],
      [actionField(n, "owner"), owner, `Who will do action ${n}`],
    ] as const)
      if (value.length > MAX_TEXT)
        errors.push({
          field,
          message: `${what} must be ${MAX_TEXT.toLocaleString("en-GB")} characters or less`,
        });
    const due = readWhen(values, actionField(n, "due"), {
      required: `Enter the date action ${n} is due`,
      invalid: `The date action ${n} is due must be a real date`,
    });
    if (due instanceof Date) actions.push({ action, owner, dueAt: due });
    else errors.push(...due.errors);
  }
  return errors.length > 0 ? { errors } : actions;
}

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
    (f): Made<LadoRequest> => {
      const reason = f["record-consideration-reason"];
      if (f["record-consideration-threshold"] === "met")
        return { type: "record-consideration", threshold: "met", reason } satisfies LadoRequest;
      const route = BELOW_THRESHOLD_ROUTES.find((r) => r === f["record-consideration-route"]);
      if (!route)
        return {
          errors: [{ field: "record-consideration-route", message: "Select what happens to the concern" }],
        };
      return { type: "record-consideration", threshold: "below", route, reason } satisfies LadoRequest;
    },
  ),
  "schedule-meeting": commandForm(
    {
      "schedule-meeting-kind": oneOf(MEETING_KINDS, "Select the kind of meeting"),
      "schedule-meeting-time": z.string(),
      "schedule-meeting-agencies": ticked(MEETING_AGENCIES, "Select who is invited").min(1, {
        error: "Select who is invited",
      }),
    },
    (f, _context, values): Made<LadoRequest> => {
      const when = readWhen(
        values,
        "schedule-meeting-date",
        {
          required: "Enter the date of the meeting",
          invalid: "The date of the meeting must be a real date",
          time: "Enter the time of the meeting, like 2:30pm or 14:30",
        },
        "schedule-meeting-time",
      );
      const attendees = attendeesOf("schedule-meeting", f["schedule-meeting-agencies"], values, false);
      if (!(when instanceof Date) || !Array.isArray(attendees))
        return {
          errors: [
            ...(when instanceof Date ? [] : when.errors),
            ...(Array.isArray(attendees) ? [] : attendees.errors),
          ],
        };
      return {
        type: "schedule-meeting",
        kind: f["schedule-meeting-kind"],
        scheduledFor: when,
        attendees,
      } satisfies LadoRequest;
    },
    [...dateParts("schedule-meeting-date"), ...nameFields("schedule-meeting")],
  ),
  "record-meeting": commandForm(
    {
      "record-meeting-id": id("Select the meeting you are recording"),
      "record-meeting-agencies": ticked(MEETING_AGENCIES, "Select who attended").min(1, {
        error: "Select who attended",
      }),
      "record-meeting-minutes": requiredText("Enter the minutes of the meeting", "The minutes"),
    },
    (f, _context, values): Made<LadoRequest> => {
      const attendees = attendeesOf("record-meeting", f["record-meeting-agencies"], values, true);
      const actions = actionsOf(values);
      const review = dateLeftEmpty(values, "record-meeting-next-review")
        ? null
        : readWhen(values, "record-meeting-next-review", {
            required: "Enter the date of the next review",
            invalid: "The date of the next review must be a real date",
          });
      const errors = [
        ...(Array.isArray(attendees) ? [] : attendees.errors),
        ...(Array.isArray(actions) ? [] : actions.errors),
        ...(review === null || review instanceof Date ? [] : review.errors),
      ];
      if (errors.length > 0 || !Array.isArray(attendees) || !Array.isArray(actions)) return { errors };
      return {
        type: "record-meeting",
        meetingId: f["record-meeting-id"],
        attendees,
        minutes: f["record-meeting-minutes"],
        actions,
        nextReviewAt: review instanceof Date ? review : null,
      } satisfies LadoRequest;
    },
    [
      ...nameFields("record-meeting"),
      ...ROWS.flatMap((n) => [
        actionField(n, "action"),
        actionField(n, "owner"),
        ...dateParts(actionField(n, "due")),
      ]),
      ...dateParts("record-meeting-next-review"),
    ],
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
