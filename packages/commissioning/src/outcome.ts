/**
 * What every workflow in this package returns: the new record and the events to store with it, or a
 * refusal with a code for the program and a sentence for the person. Refusals change nothing.
 */

export interface Refusal<Code extends string = string> {
  ok: false;
  code: Code;
  message: string;
}

export interface Done<T, Event> {
  ok: true;
  value: T;
  events: Event[];
}

export type Outcome<T, Event, Code extends string = string> = Done<T, Event> | Refusal<Code>;

export function refuse<Code extends string>(code: Code, message: string): Refusal<Code> {
  return { ok: false, code, message };
}

export function done<T, Event>(value: T, events: Event[]): Done<T, Event> {
  return { ok: true, value, events };
}

/** A reason a person must give: the text without surrounding space, or null when there is none. */
export function givenText(text: string | null | undefined): string | null {
  const trimmed = text?.trim() ?? "";
  return trimmed === "" ? null : trimmed;
}
