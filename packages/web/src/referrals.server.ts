import { assertSameOrigin, type SignedInUser } from "@portal/auth";
import { createSqliteIntakeStore } from "@portal/db";
import { ACCEPTED_FILE_TYPES, type Actor, openReferrals, type Referrals } from "@portal/intake";
import { data, redirect } from "react-router";
import { chosenFile } from "./form-uploads.server.ts";
import { actorOf, notFound, requirePortalUser } from "./guard.server.ts";
import { currentPortal, type Portal } from "./portal.server.ts";
import { itemHref, noticeDetail, outboxRows, referralDetail, referralRows } from "./referrals/display.ts";
import { ANSWER_FILE_FIELD, answerError, normaliseAnswer, type ReplyFailure } from "./referrals/reply.ts";
import { referralWords } from "./referrals/words.ts";
import { pageTitle } from "./site.ts";

/**
 * The loaders and actions behind the referrer's pages, shared by the professionals portal (`/referrals`,
 * `/notices`) and the public portal (`/requests`, `/outbox`), so each route module is one line.
 */

let referrals: Referrals | undefined;

/** What every referrer page starts from: the signed-in user as an actor, the referrals service, the time. */
export interface ReferrerContext {
  portal: Portal;
  user: SignedInUser;
  actor: Actor;
  referrals: Referrals;
  now: Date;
}

/**
 * Requires a signed-in user: in the public portal anyone signed in (what they sent is theirs to see);
 * elsewhere someone with a role for the portal. Not signed in: off to sign in, and back.
 */
export async function referrerContext(request: Request): Promise<ReferrerContext> {
  const portal = currentPortal();
  const user =
    portal.name === "public" ? await portal.auth.requireUser(request) : await requirePortalUser(request);
  referrals ??= openReferrals(portal.db, portal.env);
  return { portal, user, actor: actorOf(user), referrals, now: new Date() };
}

/** `/referrals` (`/requests`): theirs, or for a safeguarding lead their organisation's, newest first. */
export async function loadReferralsList(request: Request) {
  const { portal, actor, referrals } = await referrerContext(request);
  const words = referralWords(portal.name);
  const organisation = actor.roles.includes("safeguarding:lead") ? actor.organisation : null;
  const heading = organisation ? `${words.plural} from ${organisation}` : words.listTitle;
  return {
    title: pageTitle(portal.name, heading),
    heading,
    words,
    organisation,
    rows: referralRows(referrals.list(actor), words),
  };
}

/** `/referrals/:id` (`/requests/:id`): one of theirs, or 404. */
export async function loadReferral(request: Request, id: string | undefined) {
  const { portal, actor, referrals, now } = await referrerContext(request);
  const view = id ? referrals.view(actor, id, portal.name, now) : null;
  if (!view) throw notFound();
  const words = referralWords(portal.name);
  return {
    title: pageTitle(portal.name, view.reference, words.listTitle),
    words,
    referral: referralDetail(view, words),
    fileHint: `It must be a ${ACCEPTED_FILE_TYPES}.`,
    answeredNow: new URL(request.url).searchParams.get("done") === "answered",
  };
}

/**
 * The answer to the team's open question, with an optional file (a multipart post): 400 with every
 * message at once (the answer's and the file's), or back to the page with a banner.
 */
export async function replyToReferral(request: Request, id: string | undefined) {
  const { portal, actor, referrals, now } = await referrerContext(request);
  assertSameOrigin(request, portal.auth.origin);
  if (!id) throw notFound();
  const body = await request.formData();
  const answer = normaliseAnswer(body.get("answer"));
  const file = await chosenFile(body.get(ANSWER_FILE_FIELD));
  const failed: ReplyFailure = { answer };
  const error = answerError(answer);
  const fileError = file && referrals.checkFile(file.bytes);
  if (error) failed.error = error;
  if (fileError) failed.fileError = fileError;
  if (error || fileError) return data(failed, { status: 400 });
  const outcome = await referrals.reply(actor, id, answer, portal.name, now, file);
  if (outcome.ok) return redirect(`${itemHref(referralWords(portal.name), id)}?done=answered`);
  if (outcome.reason === "not-found") throw notFound();
  if (outcome.reason === "file-refused") failed.fileError = outcome.error;
  else failed.error = outcome.error.message;
  return data(failed, { status: 400 });
}

/** `/notices/:id`: an Operation Encompass notice for the school's safeguarding lead, or 404. */
export async function loadNotice(request: Request, id: string | undefined) {
  const { portal, actor, referrals, now } = await referrerContext(request);
  const notice = id ? referrals.notice(actor, id, portal.name, now) : null;
  if (!notice) throw notFound();
  return {
    title: pageTitle(portal.name, notice.reference, "Operation Encompass notice"),
    notice: noticeDetail(notice),
  };
}

export const OUTBOX_LIMIT = 100;

let outbox: ReturnType<typeof createSqliteIntakeStore>["outbox"] | undefined;

/** `/outbox`: demo mode's mail catcher, newest first; anywhere else it does not exist. */
export function loadOutbox() {
  const portal = currentPortal();
  if (!portal.env.DEMO_MODE) throw notFound();
  outbox ??= createSqliteIntakeStore(portal.db).outbox;
  return {
    title: pageTitle(portal.name, "Emails the suite would have sent"),
    limit: OUTBOX_LIMIT,
    rows: outboxRows(outbox.list({ limit: OUTBOX_LIMIT })),
  };
}
