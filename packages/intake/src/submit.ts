import { isExpired } from "./drafts.ts";
import { DraftUnavailableError } from "./errors.ts";
import { makeReference, randomId, SERVICES, type Service } from "./ids.ts";
import { normaliseDate, normaliseName, normalisePostcode } from "./normalise.ts";
import type { Answers, IntakeItemRecord, IntakeStore, Json } from "./store.ts";

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

export function createSubmitService(deps: { store: IntakeStore; random?: (n: number) => number }) {
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
        const item: IntakeItemRecord = {
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
        };
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
          portal: input.portal,
          itemId: item.id,
          details: { service: input.service, formId: input.formId, formVersion: input.formVersion },
        });
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
