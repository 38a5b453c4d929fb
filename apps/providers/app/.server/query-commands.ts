import type { QueryCommand, QueryRefusal } from "@portal/commissioning";
import {
  commandForm,
  commandParser,
  optionalText,
  requiredText,
  submitField,
} from "@portal/web/casework/command-forms.ts";
import { MAX_MESSAGE, MAX_TITLE, RAISE_FIELDS, REPLY_TEXT } from "../components/queries/fields.ts";

/** What a query is about, as the new-query address names it: `order:<id>` or `invoice:<id>`. */
export interface QuerySubject {
  kind: "order" | "invoice";
  id: string;
}

const ABOUT = /^(order|invoice):([\w-]{1,64})$/;

/** The subject named by `?about=`, or null for anything else (the page is then not found). */
export function parseAbout(about: string | null): QuerySubject | null {
  const match = ABOUT.exec(about ?? "");
  if (!match) return null;
  return { kind: match[1] === "order" ? "order" : "invoice", id: match[2] ?? "" };
}

export const aboutParam = (subject: QuerySubject) => `${subject.kind}:${subject.id}`;

/** The new query's fields; the teams are the council's, from the portal's settings. */
export interface RaiseContext {
  teams: readonly string[];
}

export interface RaiseInput {
  team: string;
  title: string;
  text: string;
}

const raiseForm = commandForm(
  {
    [RAISE_FIELDS.team]: optionalText("The team", MAX_TITLE),
    [RAISE_FIELDS.title]: requiredText("Enter a subject for your query", "The subject", MAX_TITLE),
    [RAISE_FIELDS.text]: requiredText("Enter your message", "Your message", MAX_MESSAGE),
  },
  (fields): RaiseInput => ({
    team: fields[RAISE_FIELDS.team],
    title: fields[RAISE_FIELDS.title],
    text: fields[RAISE_FIELDS.text],
  }),
  {
    check: (values, { teams }: RaiseContext) =>
      teams.includes(String(values[RAISE_FIELDS.team] ?? ""))
        ? []
        : [{ field: RAISE_FIELDS.team, message: "Select the council team your query is for" }],
  },
);

/** The form on /queries/new. */
export const raiseCommands = commandParser<"raise", RaiseInput, RaiseContext>({ raise: raiseForm });

const THREAD_FORMS = {
  reply: commandForm(
    { [REPLY_TEXT]: requiredText("Enter your reply", "Your reply", MAX_MESSAGE) },
    (fields): QueryCommand => ({ type: "reply", text: fields[REPLY_TEXT] }),
  ),
  close: commandForm({}, (): QueryCommand => ({ type: "close" })),
};

export type ThreadIntent = keyof typeof THREAD_FORMS;

/** The forms under a query's thread: reply, and close once answered. */
export const threadCommands = commandParser<ThreadIntent, QueryCommand, undefined>(THREAD_FORMS);

/** Where a refusal's message goes: a message problem by the message, anything else by the button. */
export function threadRefusalField(intent: ThreadIntent, code: QueryRefusal): string {
  return intent === "reply" && code === "invalid" ? REPLY_TEXT : submitField(intent);
}

export function raiseRefusalField(_intent: "raise", code: QueryRefusal): string {
  return code === "invalid" ? RAISE_FIELDS.text : RAISE_FIELDS.team;
}
