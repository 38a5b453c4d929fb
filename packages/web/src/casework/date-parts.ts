/** A GOV.UK date input's three field names; kept apart from the date reading so pages can import it. */
export const dateParts = (prefix: string) => [`${prefix}-day`, `${prefix}-month`, `${prefix}-year`] as const;
