import { normaliseName } from "./normalise.ts";
import type { SlaCalendar } from "./sla/index.ts";
import type { Answers, Json } from "./store.ts";

/** A school and the address its Operation Encompass key adult reads (SCHOOL_CONTACTS). */
export interface SchoolContact {
  name: string;
  email: string;
}

/**
 * The schools a police notification asks to be told, found by name in what the officer wrote
 * ("Greenfield Primary School: Maya Example"). A school not in the list is not guessed at: the hub
 * sees the officer's words on the item.
 */
export function encompassSchools(
  formId: string,
  answers: Answers,
  contacts: readonly SchoolContact[],
): SchoolContact[] {
  if (formId !== "police-notification" || answers["encompass-notice-needed"] !== "yes") return [];
  const written = normaliseName(String(answers["encompass-schools"] ?? "")) ?? "";
  return contacts.filter((school) => {
    const name = normaliseName(school.name);
    return name !== null && written.includes(name);
  });
}

/**
 * Operation Encompass: the school is told before the start of the next school day. School days are
 * the working days of the calendar (bank holidays excluded); term dates are not known to the suite.
 */
export function encompassDue(reportedAt: Date, calendar: SlaCalendar, schoolDayStartMinutes: number): Date {
  return calendar.nextWorkingDayAt(reportedAt, schoolDayStartMinutes);
}

/** What a school's key adult is told (REFERENCE.md §6): the children, the incident, the child's words. */
export interface EncompassNotice {
  reference: string;
  school: string;
  children: { name: string; dateOfBirth: string | null }[];
  policeReference: string | null;
  incident: { date: string | null; time: string | null; place: string | null };
  childPresent: boolean | null;
  whereChildWas: string | null;
  childSaid: string | null;
  due: Date;
}

const text = (value: Json | undefined) => (typeof value === "string" && value.trim() !== "" ? value : null);

/** The notice for one school, or null when this school was not named. */
export function encompassNotice(
  item: { reference: string; formId: string; receivedAt: Date; answers: Answers },
  school: string,
  contacts: readonly SchoolContact[],
  calendar: SlaCalendar,
  schoolDayStartMinutes: number,
): EncompassNotice | null {
  if (!encompassSchools(item.formId, item.answers, contacts).some((s) => s.name === school)) return null;
  const people = Array.isArray(item.answers.people) ? item.answers.people : [];
  const children = people.flatMap((entry) => {
    const record = entry as {
      person?: { givenName?: string; familyName?: string; dateOfBirth?: string };
      "person-roles"?: string[];
    };
    const roles = Array.isArray(record["person-roles"]) ? record["person-roles"] : [];
    if (!roles.some((role) => role.startsWith("child"))) return [];
    const name = [record.person?.givenName, record.person?.familyName].filter(Boolean).join(" ");
    return [{ name: name || "Not known", dateOfBirth: record.person?.dateOfBirth ?? null }];
  });
  const present = item.answers["children-present"];
  return {
    reference: item.reference,
    school,
    children,
    policeReference: text(item.answers["police-reference"]),
    incident: {
      date: text(item.answers["incident-date"]),
      time: text(item.answers["incident-time"]),
      place: text(item.answers["incident-location"]),
    },
    childPresent: present === "yes" ? true : present === "no" ? false : null,
    whereChildWas: text(item.answers["children-where"]),
    childSaid: text(item.answers["voice-of-child"]),
    due: encompassDue(item.receivedAt, calendar, schoolDayStartMinutes),
  };
}
