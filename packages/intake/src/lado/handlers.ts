import type {
  Actor,
  FollowOnKind,
  LadoCase,
  LadoCommand,
  LadoCommandType,
  LadoContext,
  LadoErrorCode,
  LadoOutcomeCategory,
  LadoTransitionResult,
  PersonRef,
} from "./types.ts";

/** One command's effect on a case that the transition table allows it in. */
export type LadoHandler<T extends LadoCommandType> = (
  lado: LadoCase,
  command: Extract<LadoCommand, { type: T }>,
  ctx: LadoContext,
) => LadoTransitionResult;

export const refuse = (code: LadoErrorCode, message: string): LadoTransitionResult => ({
  ok: false,
  error: { code, message },
});

const personOf = (actor: Actor): PersonRef => ({ subject: actor.subject, name: actor.name });

const blank = (text: string) => text.trim() === "";

/**
 * Which outcomes each follow-on referral may follow. Barring (DBS) and prohibition (TRA) referrals
 * rest on harm or conduct that was found, so they need a substantiated outcome. A regulator (Ofsted)
 * or professional body may need to know of conduct that was not proven, so they also follow an
 * unsubstantiated one. Unfounded, false or malicious allegations lead to no referral: they must never
 * follow the adult into references (REFERENCE.md §4).
 */
export const FOLLOW_ONS_AFTER: Readonly<Record<FollowOnKind, readonly LadoOutcomeCategory[]>> = {
  dbs: ["substantiated"],
  tra: ["substantiated"],
  ofsted: ["substantiated", "unsubstantiated"],
  "professional-body": ["substantiated", "unsubstantiated"],
};

const FOLLOW_ON_WORDS: Record<FollowOnKind, string> = {
  dbs: "the Disclosure and Barring Service",
  tra: "the Teaching Regulation Agency",
  ofsted: "Ofsted",
  "professional-body": "a professional body",
};

export const assign: LadoHandler<"assign"> = (lado, { assignee }) => ({
  ok: true,
  // Picking a case up starts the initial consideration.
  case: { ...lado, assignee, stage: assignee && lado.stage === "received" ? "consideration" : lado.stage },
  events: [{ type: "assigned", assignee, previous: lado.assignee }],
});

export const acknowledge: LadoHandler<"acknowledge"> = (lado, _command, { now }) =>
  lado.acknowledgedAt !== null
    ? refuse("already-acknowledged", "The employer has already been told this arrived")
    : { ok: true, case: { ...lado, acknowledgedAt: now }, events: [{ type: "acknowledged" }] };

export const recordConsideration: LadoHandler<"record-consideration"> = (lado, command, { now, actor }) => {
  if (blank(command.reason))
    return refuse("reason-required", "Enter the reasons for your decision on the threshold");
  const reason = command.reason.trim();
  const decidedBy = personOf(actor);
  const met = command.threshold === "met";
  return {
    ok: true,
    case: {
      ...lado,
      stage: met ? "management" : "below-threshold",
      consideration: met
        ? { threshold: "met", reason, decidedAt: now, decidedBy }
        : { threshold: "below", route: command.route, reason, decidedAt: now, decidedBy },
    },
    events: [
      {
        type: "consideration-recorded",
        threshold: command.threshold,
        route: command.threshold === "below" ? command.route : null,
        reason,
      },
    ],
  };
};

export const scheduleMeeting: LadoHandler<"schedule-meeting"> = (lado, command) => {
  if (lado.meetings.some((m) => m.id === command.meetingId))
    return refuse("duplicate-id", "This meeting has already been arranged");
  if (command.kind === "review" && !lado.meetings.some((m) => m.kind === "strategy" && m.recordedAt))
    return refuse(
      "meeting-required",
      "Record the allegation management meeting before you arrange a review meeting",
    );
  return {
    ok: true,
    case: {
      ...lado,
      meetings: [
        ...lado.meetings,
        {
          id: command.meetingId,
          kind: command.kind,
          scheduledFor: command.scheduledFor,
          attendees: command.attendees.map((a) => ({ agency: a.agency, name: a.name.trim() })),
          minutes: null,
          actions: [],
          nextReviewAt: null,
          recordedAt: null,
        },
      ],
    },
    events: [
      {
        type: "meeting-scheduled",
        meetingId: command.meetingId,
        kind: command.kind,
        scheduledFor: command.scheduledFor,
      },
    ],
  };
};

export const recordMeeting: LadoHandler<"record-meeting"> = (lado, command, { now }) => {
  const meeting = lado.meetings.find((m) => m.id === command.meetingId);
  if (!meeting) return refuse("unknown-meeting", "There is no such meeting on this case");
  if (meeting.recordedAt !== null)
    return refuse("meeting-already-recorded", "The minutes of this meeting have already been recorded");
  if (meeting.scheduledFor.getTime() > now.getTime())
    return refuse("meeting-not-held", "You cannot record a meeting before it has taken place");
  if (command.attendees.length === 0 || command.attendees.some((a) => blank(a.name)))
    return refuse("text-required", "Enter the name and agency of everyone who attended");
  if (blank(command.minutes)) return refuse("text-required", "Enter the minutes of the meeting");
  if (command.actions.some((a) => blank(a.owner) || blank(a.action)))
    return refuse("text-required", "Enter each action and who will do it");
  const recorded = {
    ...meeting,
    attendees: command.attendees.map((a) => ({ agency: a.agency, name: a.name.trim() })),
    minutes: command.minutes.trim(),
    actions: command.actions.map((a) => ({ ...a, owner: a.owner.trim(), action: a.action.trim() })),
    nextReviewAt: command.nextReviewAt,
    recordedAt: now,
  };
  return {
    ok: true,
    case: { ...lado, meetings: lado.meetings.map((m) => (m.id === meeting.id ? recorded : m)) },
    events: [
      {
        type: "meeting-recorded",
        meetingId: meeting.id,
        kind: meeting.kind,
        actions: recorded.actions.length,
        nextReviewAt: command.nextReviewAt,
      },
    ],
  };
};

export const startEnquiry: LadoHandler<"start-enquiry"> = (lado, command, { now }) => {
  if (lado.enquiries.some((e) => e.id === command.enquiryId))
    return refuse("duplicate-id", "This enquiry has already been started");
  if (lado.enquiries.some((e) => e.agency === command.agency && e.status === "open"))
    return refuse("enquiry-already-open", "This agency's enquiry is already open: update it instead");
  return {
    ok: true,
    case: {
      ...lado,
      enquiries: [
        ...lado.enquiries,
        {
          id: command.enquiryId,
          agency: command.agency,
          status: "open",
          note: blank(command.note) ? null : command.note.trim(),
          startedAt: now,
          updatedAt: now,
        },
      ],
    },
    events: [{ type: "enquiry-started", enquiryId: command.enquiryId, agency: command.agency }],
  };
};

export const updateEnquiry: LadoHandler<"update-enquiry"> = (lado, command, { now }) => {
  const enquiry = lado.enquiries.find((e) => e.id === command.enquiryId);
  if (!enquiry) return refuse("unknown-enquiry", "There is no such enquiry on this case");
  if (enquiry.status !== "open") return refuse("enquiry-not-open", "This enquiry has already concluded");
  if (blank(command.note)) return refuse("text-required", "Enter where the enquiry has got to");
  const updated = { ...enquiry, status: command.status, note: command.note.trim(), updatedAt: now };
  return {
    ok: true,
    case: { ...lado, enquiries: lado.enquiries.map((e) => (e.id === enquiry.id ? updated : e)) },
    events: [
      { type: "enquiry-updated", enquiryId: enquiry.id, agency: enquiry.agency, status: command.status },
    ],
  };
};

export const recordOutcome: LadoHandler<"record-outcome"> = (lado, command, { now, actor }) => {
  if (blank(command.reason)) return refuse("reason-required", "Enter the reasons for the outcome");
  if (!lado.meetings.some((m) => m.recordedAt !== null))
    return refuse(
      "meeting-required",
      "Record at least one allegation management meeting before you record the outcome",
    );
  if (lado.enquiries.some((e) => e.status === "open"))
    return refuse("enquiries-open", "Wait for every enquiry to conclude before you record the outcome");
  const reason = command.reason.trim();
  return {
    ok: true,
    case: {
      ...lado,
      stage: "outcome",
      outcome: { category: command.category, reason, decidedAt: now, decidedBy: personOf(actor) },
    },
    events: [{ type: "outcome-recorded", category: command.category, reason }],
  };
};

export const recordFollowOn: LadoHandler<"record-follow-on"> = (lado, command, { now, actor }) => {
  const category = lado.outcome?.category;
  if (!category || !FOLLOW_ONS_AFTER[command.kind].includes(category))
    return refuse(
      "follow-on-not-allowed",
      `A referral to ${FOLLOW_ON_WORDS[command.kind]} cannot follow an outcome of ${category ?? "none"}`,
    );
  if (blank(command.note)) return refuse("text-required", "Enter the details of the referral");
  return {
    ok: true,
    case: {
      ...lado,
      followOns: [
        ...lado.followOns,
        { kind: command.kind, note: command.note.trim(), recordedAt: now, recordedBy: personOf(actor) },
      ],
    },
    events: [{ type: "follow-on-recorded", kind: command.kind }],
  };
};

export const referToMash: LadoHandler<"refer-to-mash"> = (lado, command, { now, actor }) => {
  if (blank(command.reason))
    return refuse("reason-required", "Enter the child protection concern you are referring to the MASH");
  if (lado.links.some((l) => l.itemId === command.newItemId))
    return refuse("duplicate-id", "This MASH referral has already been made");
  return {
    ok: true,
    case: {
      ...lado,
      links: [
        ...lado.links,
        {
          kind: "mash-referral",
          itemId: command.newItemId,
          reference: command.newReference,
          reason: command.reason.trim(),
          linkedAt: now,
          linkedBy: personOf(actor),
        },
      ],
    },
    events: [{ type: "referred-to-mash", itemId: command.newItemId, reference: command.newReference }],
    spawned: {
      id: command.newItemId,
      reference: command.newReference,
      service: "children",
      linkKind: "raised-from-lado",
    },
  };
};

export const recordFeedback: LadoHandler<"record-feedback"> = (lado, command, { now, actor }) => {
  if (blank(command.message)) return refuse("text-required", "Enter what you told the employer");
  return {
    ok: true,
    case: {
      ...lado,
      feedback: { message: command.message.trim(), recordedAt: now, recordedBy: personOf(actor) },
    },
    events: [{ type: "feedback-recorded" }],
  };
};

export const close: LadoHandler<"close"> = (lado, _command, { now }) => {
  if (lado.feedback === null)
    return refuse("feedback-required", "Record what you told the employer before closing this case");
  const routedToMash = lado.consideration?.threshold === "below" && lado.consideration.route === "mash";
  if (routedToMash && !lado.links.some((l) => l.kind === "mash-referral"))
    return refuse("mash-referral-required", "Refer the concern to the MASH before closing this case");
  return {
    ok: true,
    // A closed case takes no answer, so an unanswered question is no longer waiting for the referrer.
    case: { ...lado, stage: "closed", closedAt: now, question: null },
    events: [{ type: "closed" }],
  };
};

/**
 * Why nobody can be asked about this case, or null when its referrer can be. A case the MASH sent has
 * the MASH worker as its referrer: council staff, who have no email on the case and cannot enter the
 * referrer pages (the professionals portal), so a question would wait for ever. The LADO asks them
 * directly, and the MASH asks its own referrer through its item. A case with no signed-in referrer has
 * nobody to see a question either.
 */
export function unaskable(lado: Pick<LadoCase, "referrerSubject" | "links">): string | null {
  if (lado.links.some((link) => link.kind === "from-mash"))
    return "The MASH sent this case: ask the MASH worker who sent it directly";
  if (lado.referrerSubject === null) return "Nobody can be asked: the referrer did not sign in";
  return null;
}

export const askReferrer: LadoHandler<"ask-referrer"> = (lado, command, { now }) => {
  const cannot = unaskable(lado);
  if (cannot) return refuse("no-referrer", cannot);
  if (lado.question)
    return refuse("question-open", "Wait for the referrer to answer the question already asked");
  if (blank(command.text)) return refuse("text-required", "Enter your question for the referrer");
  return {
    ok: true,
    case: { ...lado, question: { id: command.messageId, askedAt: now } },
    events: [{ type: "referrer-asked", messageId: command.messageId }],
  };
};

export const referrerReply: LadoHandler<"referrer-reply"> = (lado, command) => {
  if (!lado.question) return refuse("no-question", "There is no question waiting for an answer");
  if (blank(command.text)) return refuse("text-required", "Enter your answer");
  return {
    ok: true,
    case: { ...lado, question: null },
    events: [{ type: "referrer-replied", messageId: command.messageId }],
  };
};
