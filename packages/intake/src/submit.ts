import { isExpired } from "./drafts.ts";
import { encompassDue, encompassSchools, type SchoolContact } from "./encompass.ts";
import { DraftUnavailableError } from "./errors.ts";
import { makeReference, randomId, SERVICES, type Service } from "./ids.ts";
import { CONSIDERATION_WORKING_DAYS } from "./lado/timescales.ts";
import { formatDateTime } from "./london-time.ts";
import { personKeys } from "./matching/index.ts";
import { normaliseDate, normaliseName, normalisePostcode } from "./normalise.ts";
import { enqueueEmail } from "./notifications/templates.ts";
import type { SlaCalendar, SlaPolicy } from "./sla/index.ts";
import type { Answers, IntakeStore, Json, NewIntakeItem } from "./store.ts";
import { consentFromAnswers } from "./triage/consent.ts";
import { deadlines, nextDeadline } from "./triage/deadlines.ts";
import { newItem } from "./triage/new-item.ts";
import { queueKey } from "./triage/store.ts";
import { isTriageService } from "./triage/types.ts";

/** A person the referral is about. */
export interface SubjectPerson {
  name: string;
  /** ISO date, YYYY-MM-DD. */
  dateOfBirth?: string;
  postcode?: string;
  /** For example "child", "adult at risk", "adult in a position of trust". */
  role?: string;
}

/** Who sent it. `subject` is the signed-in subject; absent for someone who is not signed in. */
export interface Referrer {
  subject?: string;
  name?: string;
  email?: string;
  organisation?: string;
  organisationType?: string;
  anonymous: boolean;
}

export interface SubmitReferralInput {
  draftId: string;
  service: Service;
  formId: string;
  formVersion: number;
  answers: Answers;
  subjects: SubjectPerson[];
  referrer: Referrer;
  portal: string;
  now: Date;
}

export interface SubmitReferralResult {
  itemId: string;
  reference: string;
  /** False when this draft had already been submitted and the earlier item is returned. */
  created: boolean;
}

/** What the confirmation page may show: safe for the person who submitted to see. */
export interface SubmissionSummary {
  reference: string;
  service: Service;
}

export const MAX_REFERENCE_ATTEMPTS = 20;

export const INITIAL_STATUS = "received";

/** A plain JSON copy: what is stored is exactly what will be read back. */
function plainJson(value: object): { [key: string]: Json } {
  return JSON.parse(JSON.stringify(value)) as { [key: string]: Json };
}

/** The first deadline a new item owes, so it takes its place in the queue the moment it lands. */
function firstDeadline(item: NewIntakeItem, calendar: SlaCalendar, policy: SlaPolicy): Date | null {
  // A LADO referral owes its initial consideration (lado/timescales.ts).
  if (item.service === "lado") return calendar.addWorkingDays(item.receivedAt, CONSIDERATION_WORKING_DAYS);
  if (!isTriageService(item.service)) return null;
  const fresh = {
    ...newItem({
      id: item.id,
      reference: item.reference,
      service: item.service,
      formId: item.formId,
      receivedAt: item.receivedAt,
      referrerSubject: item.referrerSubject,
      referrerOrganisation: item.referrerOrganisation,
      referrerOrganisationType: item.referrerOrganisationType,
      referrerAnonymous: item.referrer.anonymous === true,
      consent: "not-recorded",
    }),
    acknowledgedAt: item.acknowledgedAt,
  };
  return nextDeadline(deadlines(fresh, calendar, policy));
}

/** What submitting needs besides the store: where an item's clock starts, and whom to tell. */
export interface SubmitOptions {
  calendar: SlaCalendar;
  policy: SlaPolicy;
  /** Where a referrer follows their referral (the receipt email's link). */
  referrerLink: (portal: string, itemId: string) => string;
  /** Where a school reads an Operation Encompass notice. */
  noticeLink: (itemId: string) => string;
  schools: readonly SchoolContact[];
  schoolDayStartMinutes: number;
  /** Random integer below n, for reference numbers; crypto.randomInt by default. */
  random?: (n: number) => number;
}

export function createSubmitService(deps: SubmitOptions & { store: IntakeStore }) {
  const { store } = deps;
  return {
    /**
     * Writes one intake item, its "submitted" audit event and the draft's submitted mark in one
     * durable transaction. Idempotent on the draft: a double click, a retry, the back button or a
     * concurrent post from another process returns the first item's reference and writes nothing.
     * Throws DraftUnavailableError when the draft is missing, expired or not this referrer's.
     */
    submitReferral(input: SubmitReferralInput): SubmitReferralResult {
      const { draftId, now, referrer } = input;
      if (!SERVICES.includes(input.service)) throw new Error(`Unknown service: ${String(input.service)}`);
      return store.durably((): SubmitReferralResult => {
        const earlier = store.items.findByDraftId(draftId);
        if (earlier) return { itemId: earlier.id, reference: earlier.reference, created: false };

        const draft = store.drafts.get(draftId);
        if (!draft || draft.portal !== input.portal) throw new DraftUnavailableError("not-found", draftId);
        if (draft.ownerSubject !== null && draft.ownerSubject !== referrer.subject) {
          throw new DraftUnavailableError("not-found", draftId);
        }
        if (isExpired(draft, now)) throw new DraftUnavailableError("expired", draftId);

        const first = input.subjects[0];
        const item: NewIntakeItem = {
          id: randomId(),
          reference: "",
          draftId,
          service: input.service,
          portal: input.portal,
          formId: input.formId,
          formVersion: input.formVersion,
          answers: plainJson(input.answers),
          subjects: input.subjects.map(plainJson),
          subjectName: normaliseName(first?.name),
          subjectDateOfBirth: normaliseDate(first?.dateOfBirth),
          subjectPostcode: normalisePostcode(first?.postcode),
          referrer: plainJson(referrer),
          referrerSubject: referrer.subject ?? null,
          referrerOrganisation: referrer.organisation ?? null,
          referrerOrganisationType: referrer.organisationType ?? null,
          receivedAt: now,
          status: INITIAL_STATUS,
          consent: consentFromAnswers(input.answers),
          // The receipt email below is the acknowledgement Working Together asks for.
          acknowledgedAt: referrer.email ? now : null,
          dueAt: null,
          queueKey: 0,
          subjectIndex: input.subjects.map((person) => ({
            name: person.name,
            role: person.role ?? null,
            ...personKeys(person),
          })),
        };
        item.dueAt = firstDeadline(item, deps.calendar, deps.policy);
        item.queueKey = queueKey(item.dueAt, now);
        let inserted = false;
        for (let attempt = 0; attempt < MAX_REFERENCE_ATTEMPTS && !inserted; attempt++) {
          item.reference = makeReference(input.service, now, deps.random);
          const outcome = store.items.insert(item);
          if (outcome === "draft-taken") {
            // Another writer won; the IMMEDIATE transaction makes this unreachable, but stay correct.
            const winner = store.items.findByDraftId(draftId);
            if (winner) return { itemId: winner.id, reference: winner.reference, created: false };
          }
          inserted = outcome === "inserted";
        }
        if (!inserted) throw new Error("Could not find a free reference number");

        store.audit.append({
          occurredAt: now,
          action: "submitted",
          actorSubject: referrer.subject ?? null,
          actorOrganisation: referrer.organisation ?? null,
          portal: input.portal,
          itemId: item.id,
          details: { service: input.service, formId: input.formId, formVersion: input.formVersion },
        });
        if (referrer.email) {
          store.audit.append({
            occurredAt: now,
            action: "acknowledged",
            actorSubject: null,
            portal: input.portal,
            itemId: item.id,
            details: { how: "receipt-email" },
          });
          enqueueEmail(store.outbox, {
            template: "receipt",
            recipient: referrer.email,
            personalisation: { reference: item.reference, link: deps.referrerLink(input.portal, item.id) },
            now,
          });
        }
        const due = encompassDue(now, deps.calendar, deps.schoolDayStartMinutes);
        for (const school of encompassSchools(input.formId, input.answers, deps.schools)) {
          enqueueEmail(store.outbox, {
            template: "operation-encompass",
            recipient: school.email,
            personalisation: {
              reference: item.reference,
              link: deps.noticeLink(item.id),
              due: formatDateTime(due),
            },
            now,
          });
          store.audit.append({
            occurredAt: now,
            action: "encompass-notice-queued",
            actorSubject: null,
            portal: input.portal,
            itemId: item.id,
            details: { school: school.name, due: due.toISOString() },
          });
        }
        store.drafts.markSubmitted(draftId, item.id, now);
        store.attachments.assignToItem(draftId, item.id);
        return { itemId: item.id, reference: item.reference, created: true };
      });
    },

    /** Only the reference and the service: what the confirmation page shows. */
    getSubmission(itemId: string): SubmissionSummary | null {
      const item = store.items.get(itemId);
      if (!item) return null;
      return { reference: item.reference, service: item.service as Service };
    },
  };
}
