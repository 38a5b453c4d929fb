import dates from "../../data/bank-holidays-england-and-wales.json" with { type: "json" };

/**
 * Bank holidays in England and Wales, 2024–2028, as London dates "YYYY-MM-DD", substitute days
 * included (Boxing Day 2026 falls on a Saturday, so Monday 28 December is the holiday). The list
 * is data, not rules, because real years have exceptions (a coronation, a moved May Day); a test
 * checks it against the usual rules for the years it covers. After 2028 no day counts as a bank
 * holiday until the file is extended: GOV.UK publishes the list at https://www.gov.uk/bank-holidays.json.
 */
export const ENGLAND_AND_WALES_BANK_HOLIDAYS: readonly string[] = Object.freeze([...dates]);
