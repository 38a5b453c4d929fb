/**
 * How a LADO case is kept in its intake_items row: the stage and a few facts in columns, the rest in
 * the JSON `case_file` column. Shared by the LADO store, which loads and saves cases, and the triage
 * store, which inserts the case an allegation sent from the MASH makes.
 */
import type {
  Consideration,
  FollowOn,
  LadoCase,
  LadoEnquiry,
  LadoLink,
  LadoMeeting,
  LadoOutcome,
  PersonRef,
} from "./lado-types.ts";

/** The subject role the LADO referral form gives the adult the allegation is about. */
export const LADO_ADULT_ROLE = "person-allegation-against";

export type Order = { dueAt: Date | null; queueKey: number };

export const date = (ms: number | null | undefined): Date | null =>
  ms === null || ms === undefined ? null : new Date(ms);
const person = (p: PersonRef): PersonRef => ({ subject: p.subject, name: p.name });

/**
 * The case file as stored: the LADO facts beside the stage, times in epoch milliseconds. A case made
 * from a MASH item also keeps `adultWork` there (see StoredAdultWork), which the workflow never writes.
 */
interface StoredCaseFile {
  consideration:
    | (Consideration extends infer C
        ? C extends Consideration
          ? Omit<C, "decidedAt"> & { decidedAt: number }
          : never
        : never)
    | null;
  meetings: (Omit<LadoMeeting, "scheduledFor" | "actions" | "nextReviewAt" | "recordedAt"> & {
    scheduledFor: number;
    actions: { id: string; owner: string; action: string; dueAt: number }[];
    nextReviewAt: number | null;
    recordedAt: number | null;
  })[];
  enquiries: (Omit<LadoEnquiry, "startedAt" | "updatedAt"> & { startedAt: number; updatedAt: number })[];
  outcome: (Omit<LadoOutcome, "decidedAt"> & { decidedAt: number }) | null;
  followOns: (Omit<FollowOn, "recordedAt"> & { recordedAt: number })[];
  links: (Omit<LadoLink, "linkedAt"> & { linkedAt: number })[];
}

export function toCaseFile(lado: LadoCase): StoredCaseFile {
  const c = lado.consideration;
  return {
    consideration:
      c === null
        ? null
        : c.threshold === "met"
          ? {
              threshold: "met",
              reason: c.reason,
              decidedAt: c.decidedAt.getTime(),
              decidedBy: person(c.decidedBy),
            }
          : {
              threshold: "below",
              route: c.route,
              reason: c.reason,
              decidedAt: c.decidedAt.getTime(),
              decidedBy: person(c.decidedBy),
            },
    meetings: lado.meetings.map((m) => ({
      id: m.id,
      kind: m.kind,
      scheduledFor: m.scheduledFor.getTime(),
      attendees: m.attendees.map((a) => ({ agency: a.agency, name: a.name })),
      minutes: m.minutes,
      actions: m.actions.map((a) => ({
        id: a.id,
        owner: a.owner,
        action: a.action,
        dueAt: a.dueAt.getTime(),
      })),
      nextReviewAt: m.nextReviewAt?.getTime() ?? null,
      recordedAt: m.recordedAt?.getTime() ?? null,
    })),
    enquiries: lado.enquiries.map((e) => ({
      id: e.id,
      agency: e.agency,
      status: e.status,
      note: e.note,
      startedAt: e.startedAt.getTime(),
      updatedAt: e.updatedAt.getTime(),
    })),
    outcome: lado.outcome && {
      category: lado.outcome.category,
      reason: lado.outcome.reason,
      decidedAt: lado.outcome.decidedAt.getTime(),
      decidedBy: person(lado.outcome.decidedBy),
    },
    followOns: lado.followOns.map((f) => ({
      kind: f.kind,
      note: f.note,
      recordedAt: f.recordedAt.getTime(),
      recordedBy: person(f.recordedBy),
    })),
    links: lado.links.map((l) => ({
      kind: l.kind,
      itemId: l.itemId,
      reference: l.reference,
      reason: l.reason,
      linkedAt: l.linkedAt.getTime(),
      linkedBy: person(l.linkedBy),
    })),
  };
}

export function fromCaseFile(
  text: string | null,
): Pick<LadoCase, "consideration" | "meetings" | "enquiries" | "outcome" | "followOns" | "links"> {
  const file = text === null ? null : (JSON.parse(text) as Partial<StoredCaseFile>);
  const c = file?.consideration ?? null;
  return {
    consideration: c && ({ ...c, decidedAt: new Date(c.decidedAt) } as Consideration),
    meetings: (file?.meetings ?? []).map((m) => ({
      ...m,
      scheduledFor: new Date(m.scheduledFor),
      actions: m.actions.map((a) => ({ ...a, dueAt: new Date(a.dueAt) })),
      nextReviewAt: date(m.nextReviewAt),
      recordedAt: date(m.recordedAt),
    })),
    enquiries: (file?.enquiries ?? []).map((e) => ({
      ...e,
      startedAt: new Date(e.startedAt),
      updatedAt: new Date(e.updatedAt),
    })),
    outcome: file?.outcome ? { ...file.outcome, decidedAt: new Date(file.outcome.decidedAt) } : null,
    followOns: (file?.followOns ?? []).map((f) => ({ ...f, recordedAt: new Date(f.recordedAt) })),
    links: (file?.links ?? []).map((l) => ({ ...l, linkedAt: new Date(l.linkedAt) })),
  };
}

/**
 * The adult's employer and job title as a MASH worker gave them, kept in the case file of a case made
 * from a MASH item (the child's referral form it copies does not ask them). Written once, when the
 * case is made; a LADO referral's answers hold them instead.
 */
export interface StoredAdultWork {
  employerName: string;
  jobTitle: string | null;
}

/** The row's columns a case's workflow owns, besides its case file: what `save` writes. */
export function ladoColumns(lado: LadoCase, order: Order) {
  return {
    status: lado.stage,
    acknowledgedAt: lado.acknowledgedAt,
    assigneeSubject: lado.assignee?.subject ?? null,
    assigneeName: lado.assignee?.name ?? null,
    outcome: lado.outcome?.category ?? null,
    feedback: lado.feedback && {
      message: lado.feedback.message,
      recordedAt: lado.feedback.recordedAt.getTime(),
      recordedBy: person(lado.feedback.recordedBy),
    },
    closedAt: lado.closedAt,
    questionId: lado.question?.id ?? null,
    questionAskedAt: lado.question?.askedAt ?? null,
    dueAt: order.dueAt,
    queueKey: order.queueKey,
  };
}
