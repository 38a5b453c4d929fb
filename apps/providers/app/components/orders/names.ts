import type { OrderStatus } from "@portal/commissioning";

/** The words and tag colours the order pages use for an order's status, in one place. */

export const ORDER_STATUS_NAMES: Record<OrderStatus, string> = {
  new: "New",
  changed: "Changed",
  accepted: "Accepted",
  rejected: "Rejected",
};

/** Blue is the tag's own colour in govuk-frontend 6, so "New" has no modifier. */
export const ORDER_STATUS_CLASSES: Record<OrderStatus, string> = {
  new: "",
  changed: "govuk-tag--yellow",
  accepted: "govuk-tag--green",
  rejected: "govuk-tag--red",
};

export const WEEKDAY_NAMES = [
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
] as const;
