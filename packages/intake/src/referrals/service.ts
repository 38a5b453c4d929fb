import type { FileStore } from "../attachments/file-store.ts";
import {
  type AttachedFile,
  attachedFile,
  type ChosenFile,
  checkAttachment,
  cleanFilename,
  contentHash,
} from "../attachments/service.ts";
import { auditAction } from "../audit.ts";
import { type EncompassNotice, encompassNotice, type SchoolContact } from "../encompass.ts";
import { randomId } from "../ids.ts";
import { canSeeCaseAsReferrer, type LadoReferrerView, ladoReferrerView } from "../lado/permissions.ts";
import type { LadoRepository } from "../lado/store.ts";
import { ladoOrder } from "../lado/timescales.ts";
import type { LadoCase, LadoError, LadoOutcomeCategory } from "../lado/types.ts";
import { ladoTransition } from "../lado/workflow.ts";
import type { SlaCalendar, SlaPolicy } from "../sla/index.ts";
import type { AttachmentRecord } from "../store.ts";
import { type Deadlines, deadlines, queueOrder } from "../triage/deadlines.ts";
import { outcomeLabel } from "../triage/outcomes.ts";
import { canSeeAsReferrer } from "../triage/permissions.ts";
import type { ItemMessage, ReferrerItemRow, TriageStore } from "../triage/store.ts";
import type { Actor, TriageError, TriageItem } from "../triage/types.ts";
import { transition } from "../triage/workflows.ts";
import { ladoReferrerStatus, type ReferrerStatus, referrerStatus } from "./status.ts";

export const REFERRALS_LIMIT = 200;

/** What the referrer may know about one referral: never triage notes, checks or other people. */
export interface ReferralSummary {
  id: string;
  reference: string;
  formId: string;
  receivedAt: Date;
  status: ReferrerStatus;
  /** Sent by someone else in the organisation (shown to a safeguarding lead). */
  sentByColleague: boolean;
  waitingForYou: boolean;
}

export interface ReferralMessage {
  id: string;
  direction: "to-referrer" | "from-referrer";
  body: string;
  at: Date;
  /** "The team" for the hub's messages: the referrer is not told who screened it. */
  from: string;
  /** The files that came with it (only the referrer's answers carry any). */
  files: AttachedFile[];
}

export interface ReferralView extends ReferralSummary {
  /** The next thing the council owes the referrer, by when, and whether that time has passed. */
  deadline: { owed: "acknowledge" | "decide" | "feedback"; by: Date; late: boolean } | null;
  /** Once decided: the outcome category; the message once the team has written it. */
  outcome: { label: string; message: string | null } | null;
  messages: ReferralMessage[];
  /** The open question, if the team is waiting for an answer. */
  question: ReferralMessage | null;
}

export type ReplyOutcome =
  | { ok: true }
  | { ok: false; reason: "not-found" }
  | { ok: false; reason: "refused"; error: TriageError | LadoError }
  /** The file cannot be attached (empty, too large or of a type not accepted): the message says which. */
  | { ok: false; reason: "file-refused"; error: string };

/** An answer its workflow accepted: the question it answers, and how to write it and the change. */
type Answer =
  | {
      ok: true;
      itemId: string;
      questionId: string | null;
      insertMessage: (message: ItemMessage) => void;
      save: () => void;
    }
  | { ok: false; reason: "not-found" }
  | { ok: false; reason: "refused"; error: TriageError | LadoError };

export interface ReferralsOptions {
  store: TriageStore;
  /** Where the bytes of files sent with answers are kept. */
  files: FileStore;
  attachmentMaxBytes: number;
  calendar: SlaCalendar;
  policy: SlaPolicy;
  schools: readonly SchoolContact[];
  schoolDayStartMinutes: number;
  /**
   * LADO cases, which the referrer follows through `ladoReferrerView` and the LADO's questions only,
   * and whose open question they answer.
   */
  lado?: Pick<LadoRepository, "load" | "save" | "insertMessage" | "messagesFor">;
}

/** The KCSIE outcome categories in the words the employer reads. */
export const LADO_OUTCOME_LABELS: Record<LadoOutcomeCategory, string> = {
  substantiated: "Substantiated",
  unsubstantiated: "Unsubstantiated",
  unfounded: "Unfounded",
  false: "False",
  malicious: "Malicious",
};

/** A below-threshold case has no KCSIE outcome; the employer is told it is theirs to manage. */
export const LADO_BELOW_THRESHOLD_LABEL = "Does not meet the harm threshold";

function nextOwed(owed: Deadlines, now: Date): ReferralView["deadline"] {
  const entries = (
    [
      ["acknowledge", owed.acknowledgeBy],
      ["decide", owed.decideBy],
      ["feedback", owed.feedbackBy],
    ] as const
  ).filter((entry): entry is readonly ["acknowledge" | "decide" | "feedback", Date] => entry[1] !== null);
  const first = entries.sort((a, b) => a[1].getTime() - b[1].getTime())[0];
  return first ? { owed: first[0], by: first[1], late: first[1].getTime() < now.getTime() } : null;
}

/**
 * The referrer's side of the queue: what they sent, where it is, what was decided and what the team
 * asked them. Every read is audited like the hub's; anything not theirs is "not found".
 */
export function createReferrals(options: ReferralsOptions) {
  const { store, files, attachmentMaxBytes, calendar, policy } = options;
  const { triage } = store;

  /** The messages as the referrer reads them: the team's never name who wrote them. */
  const asSeen = (itemId: string, messages: ItemMessage[]): ReferralMessage[] =>
    messages.map((m) => ({
      id: m.id,
      direction: m.direction,
      body: m.body,
      at: m.createdAt,
      from: m.direction === "to-referrer" ? "The team" : m.authorName,
      files:
        m.direction === "from-referrer"
          ? store.attachments.listForMessage(itemId, m.id).map(attachedFile)
          : [],
    }));

  const summary = (actor: Actor, item: TriageItem): ReferralSummary => ({
    id: item.id,
    reference: item.reference,
    formId: item.formId,
    receivedAt: item.receivedAt,
    status: referrerStatus(item),
    sentByColleague: item.referrerSubject !== actor.subject,
    waitingForYou: item.question !== null,
  });

  function visible(actor: Actor, id: string): TriageItem | null {
    const item = triage.load(id);
    return item && canSeeAsReferrer(actor, item) ? item : null;
  }

  /** A LADO case the person referred (or their organisation did, for its safeguarding lead). */
  function visibleCase(actor: Actor, id: string): LadoCase | null {
    const lado = options.lado?.load(id);
    return lado && canSeeCaseAsReferrer(actor, lado) ? lado : null;
  }

  /** Built from `ladoReferrerView` alone, so no meeting, enquiry or note can reach the page. */
  const ladoSummary = (actor: Actor, lado: LadoCase, formId: string): ReferralSummary => {
    const seen: LadoReferrerView = ladoReferrerView(lado);
    return {
      id: lado.id,
      reference: seen.reference,
      formId,
      receivedAt: seen.receivedAt,
      status: ladoReferrerStatus(seen.stage),
      sentByColleague: lado.referrerSubject !== actor.subject,
      waitingForYou: seen.questionId !== null,
    };
  };

  /**
   * The case as its referrer sees it: the summary, the LADO's questions and their answers, and the
   * outcome category (or that it fell below the threshold) with what the LADO wrote for the employer.
   */
  const ladoView = (actor: Actor, lado: LadoCase, formId: string): ReferralView => {
    const seen = ladoReferrerView(lado);
    const label = seen.outcome
      ? LADO_OUTCOME_LABELS[seen.outcome]
      : seen.belowThreshold
        ? LADO_BELOW_THRESHOLD_LABEL
        : null;
    const messages = asSeen(lado.id, options.lado?.messagesFor(lado.id) ?? []);
    return {
      ...ladoSummary(actor, lado, formId),
      deadline: null,
      outcome: label ? { label, message: seen.feedback } : null,
      messages,
      question: messages.find((m) => m.id === seen.questionId) ?? null,
    };
  };

  return {
    /** Newest first: the person's own referrals and, for a safeguarding lead, their organisation's. */
    list(actor: Actor): ReferralSummary[] {
      const rows: ReferrerItemRow[] =
        actor.roles.includes("safeguarding:lead") && actor.organisation
          ? triage.referrerItems({ organisation: actor.organisation }, REFERRALS_LIMIT)
          : triage.referrerItems({ subject: actor.subject }, REFERRALS_LIMIT);
      return rows.flatMap((row) => {
        if (row.service === "lado") {
          const lado = visibleCase(actor, row.id);
          return lado ? [ladoSummary(actor, lado, row.formId)] : [];
        }
        const item = triage.load(row.id);
        return item && canSeeAsReferrer(actor, item) ? [summary(actor, item)] : [];
      });
    },

    view(actor: Actor, id: string, portal: string, now: Date): ReferralView | null {
      return store.durably(() => {
        const item = visible(actor, id);
        const lado = item ? null : visibleCase(actor, id);
        if (!item && !lado) return null;
        auditAction(store.audit, {
          actor,
          portal,
          at: now,
          action: "viewed-by-referrer",
          itemId: (item ?? lado)?.id ?? id,
          details: null,
        });
        if (!item) return lado ? ladoView(actor, lado, "lado-referral") : null;
        const messages = asSeen(item.id, triage.messagesFor(item.id));
        return {
          ...summary(actor, item),
          deadline: nextOwed(deadlines(item, calendar, policy), now),
          outcome: item.decision
            ? {
                label: outcomeLabel(item.service, item.decision.outcome),
                message: item.feedback?.message ?? null,
              }
            : null,
          messages,
          question: item.question ? (messages.find((m) => m.id === item.question?.id) ?? null) : null,
        };
      });
    },

    /**
     * An Operation Encompass notice, for the safeguarding lead of a school the police named: what
     * the school needs to support the child that day, and nothing more.
     */
    notice(actor: Actor, id: string, portal: string, now: Date): EncompassNotice | null {
      if (!actor.roles.includes("safeguarding:lead") || !actor.organisation) return null;
      const school = actor.organisation;
      return store.durably(() => {
        const item = triage.load(id);
        const content = item && triage.content(id);
        if (!item || !content) return null;
        const notice = encompassNotice(
          {
            reference: item.reference,
            formId: item.formId,
            receivedAt: item.receivedAt,
            answers: content.answers,
          },
          school,
          options.schools,
          calendar,
          options.schoolDayStartMinutes,
        );
        if (!notice) return null;
        auditAction(store.audit, {
          actor,
          portal,
          at: now,
          action: "encompass-notice-viewed",
          itemId: item.id,
          details: null,
        });
        return notice;
      });
    },

    /** Why this file cannot go with an answer (the same checks as a draft's files), or null. */
    checkFile(bytes: Uint8Array): string | null {
      const checked = checkAttachment(bytes, attachmentMaxBytes);
      return "error" in checked ? checked.error : null;
    },

    /**
     * The referrer's answer to the team's (or the LADO's) open question, with at most one file; it
     * appears on the item's or case's history. Everything is checked before anything is written. The file's bytes are kept
     * first (by hash, as for drafts), then the message, the file's row and the audit event are written
     * in one durable transaction, so a row never names a missing file.
     */
    async reply(
      actor: Actor,
      id: string,
      text: string,
      portal: string,
      now: Date,
      file?: ChosenFile | null,
    ): Promise<ReplyOutcome> {
      const messageId = randomId();
      const command = { type: "referrer-reply", messageId, text } as const;
      /** The answer as the item's workflow (triage or LADO) takes it, and how its change is written. */
      const prepare = (): Answer => {
        const item = visible(actor, id);
        if (item) {
          const result = transition(item, command, { now, actor, calendar, policy });
          if (!result.ok) return { ok: false, reason: "refused", error: result.error };
          return {
            ok: true,
            itemId: item.id,
            questionId: item.question?.id ?? null,
            insertMessage: (message) => triage.insertMessage(message),
            save: () => triage.save(result.item, queueOrder(result.item, calendar, policy)),
          };
        }
        const cases = options.lado;
        const lado = visibleCase(actor, id);
        if (!cases || !lado) return { ok: false, reason: "not-found" };
        const result = ladoTransition(lado, command, { now, actor, calendar });
        if (!result.ok) return { ok: false, reason: "refused", error: result.error };
        return {
          ok: true,
          itemId: lado.id,
          questionId: lado.question?.id ?? null,
          insertMessage: (message) => cases.insertMessage(message),
          save: () => cases.save(result.case, ladoOrder(result.case, calendar)),
        };
      };

      const checked = prepare();
      if (!checked.ok) return checked;
      let upload: AttachmentRecord | null = null;
      if (file) {
        const type = checkAttachment(file.bytes, attachmentMaxBytes);
        if ("error" in type) return { ok: false, reason: "file-refused", error: type.error };
        upload = {
          id: randomId(),
          draftId: null,
          itemId: checked.itemId,
          messageId,
          name: cleanFilename(file.filename),
          size: file.bytes.length,
          mediaType: type.ok.mediaType,
          sha256: contentHash(file.bytes),
          createdAt: now,
        };
        await files.put(upload.sha256, file.bytes);
      }

      const outcome = store.durably((): ReplyOutcome => {
        // Again inside the transaction: the question may have been answered while the file was kept.
        const ready = prepare();
        if (!ready.ok) return ready;
        ready.insertMessage({
          id: messageId,
          itemId: ready.itemId,
          direction: "from-referrer",
          body: text.trim(),
          replyTo: ready.questionId,
          authorSubject: actor.subject,
          authorName: actor.name,
          createdAt: now,
        });
        if (upload) store.attachments.insert(upload);
        ready.save();
        auditAction(store.audit, {
          actor,
          portal,
          at: now,
          action: "referrer-replied",
          itemId: ready.itemId,
          details: {
            messageId,
            actorName: actor.name,
            ...(upload ? { attachmentId: upload.id, attachmentName: upload.name } : {}),
          },
        });
        return { ok: true };
      });
      if (!outcome.ok && upload && !store.attachments.isHashReferenced(upload.sha256)) {
        await files.remove(upload.sha256);
      }
      return outcome;
    },
  };
}

export type Referrals = ReturnType<typeof createReferrals>;
