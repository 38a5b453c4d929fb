import type { OrderCommand, OrderRefusal } from "@portal/commissioning";
import { commandForm, commandParser, requiredText, submitField } from "@portal/web/casework/command-forms.ts";

/** What the forms need beyond what was posted: when the person last gave their password. */
export interface OrderCommandContext {
  /** The ID token's auth_time; null when the identity provider did not say. */
  authenticatedAt: Date | null;
}

/** The longest reason a rejection may give. */
export const MAX_REJECT_REASON = 2000;

export const REJECT_REASON = "reject-reason";
/** Where a sign-in too old (or of unknown age) is reported: the link to sign in again. */
export const REJECT_SIGN_IN = "reject-sign-in";

/** A sign-in we cannot date is never recent enough. */
export const SIGN_IN_AGAIN = "Sign in again to reject this order: we could not tell when you last signed in";

const FORMS = {
  accept: commandForm({}, (): OrderCommand => ({ type: "accept" })),
  reject: commandForm(
    {
      [REJECT_REASON]: requiredText(
        "Enter why you are rejecting this order",
        "Why you are rejecting this order",
        MAX_REJECT_REASON,
      ),
    },
    (fields, context: OrderCommandContext): OrderCommand => ({
      type: "reject",
      reason: fields[REJECT_REASON],
      // The check below has refused a null already.
      authenticatedAt: context.authenticatedAt ?? new Date(0),
    }),
    {
      order: [REJECT_REASON, REJECT_SIGN_IN, submitField("reject")],
      check: (_values, context) =>
        context.authenticatedAt === null ? [{ field: REJECT_SIGN_IN, message: SIGN_IN_AGAIN }] : [],
    },
  ),
};

export type OrderIntent = keyof typeof FORMS;

/** The accept button on the order page and the reject form on its own page. */
export const orderCommands = commandParser<OrderIntent, OrderCommand, OrderCommandContext>(FORMS);

/**
 * Where a refusal's message goes: a missing reason by the reason, a sign-in too old by the link to
 * sign in again, anything else by the button.
 */
export function orderRefusalField(intent: OrderIntent, code: OrderRefusal): string {
  if (intent === "reject" && code === "reason-required") return REJECT_REASON;
  if (intent === "reject" && code === "sign-in-again") return REJECT_SIGN_IN;
  return submitField(intent);
}
