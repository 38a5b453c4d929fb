// The referrer's pages, shared by the professionals and public portals. Loaders: ../referrals.server.ts.
export type { NoticeDetail, OutboxRow, ReferralDetail, ReferralMessageLine, ReferralRow } from "./display.ts";
export { EncompassNoticePage, type EncompassNoticePageProps } from "./encompass-notice.tsx";
export { OutboxPage, type OutboxPageProps } from "./outbox.tsx";
export { ReferralPage, type ReferralPageProps } from "./referral-page.tsx";
export { ReferralsListPage, type ReferralsListPageProps } from "./referrals-list.tsx";
export { ANSWER_MAX_LENGTH, answerError } from "./reply.ts";
export { type StatusTag, WAITING_TAG } from "./tags.ts";
export { type ReferralWords, referralWords } from "./words.ts";
