import { z } from "zod";

/**
 * The forms on a case page (a MASH item, a LADO case): one form per command, each posting a hidden
 * `intent`, its fields named `<intent>-<field>` so two forms on one page never share an id. Each form
 * is a zod shape over its posted fields and a function making the command; a post becomes a command
 * or written messages, one per field, in the order the fields appear on the page.
 */

/** A message for one field, whose id the error summary links to. */
export interface FieldError {
  field: string;
  message: string;
}

/** What was posted for one form, to put back in its fields when it is shown again. */
export type FormValues = Record<string, string | string[]>;

/** What the action returns when a command was refused: the page shows it and changes nothing. */
export interface Refusal {
  intent: string;
  errors: FieldError[];
  values: FormValues;
}

export const MAX_TEXT = 5000;

const tooLong = (what: string, max: number) =>
  `${what} must be ${max.toLocaleString("en-GB")} characters or less`;

export const requiredText = (required: string, what: string, max = MAX_TEXT) =>
  z
    .string()
    .trim()
    .min(1, { error: required })
    .max(max, { error: tooLong(what, max) });

export const optionalText = (what: string, max = MAX_TEXT) =>
  z
    .string()
    .trim()
    .max(max, { error: tooLong(what, max) });

/** A text field read outside a shape (a name per ticked box): its message when it is too long, or null. */
export const overLong = (text: string, what: string, max = MAX_TEXT) =>
  text.length > max ? tooLong(what, max) : null;

/** Ids as the stores make them (and as the demo data spells them). */
const ID = /^[\w-]{1,64}$/;

export const id = (message: string) => z.string().regex(ID, { error: message });

export const oneOf = <const T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.enum(values, { error: message });

/** A checkbox group: every ticked value must be one the form offers. */
export const ticked = <const T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.array(z.enum(values, { error: message }));

export interface CommandForm<C, X> {
  /** Field names, which are also the field ids, in the order on the page. */
  fields: readonly string[];
  parse(values: FormValues, context: X): { ok: true; command: C } | { ok: false; errors: FieldError[] };
}

export interface FormOptions<X> {
  /**
   * Every field in page order, when the form has fields its shape does not hold (the parts of a date,
   * a name per ticked box), which its check and build read from the posted values themselves.
   */
  order?: readonly string[];
  /** What no one field's schema can say, read from the values as posted, so its messages come with the rest. */
  check?: (values: FormValues, context: X) => FieldError[];
}

/**
 * One form: a zod shape over its fields, a check of what the shape cannot say, and the command the
 * fields make once both pass. Messages come one a field, in the order of the fields on the page (a
 * message for no field, beside the button, last).
 */
export function commandForm<S extends z.ZodRawShape, C, X>(
  shape: S,
  build: (fields: z.output<z.ZodObject<S>>, context: X, values: FormValues) => C,
  { order, check = () => [] }: FormOptions<X> = {},
): CommandForm<C, X> {
  const schema = z.object(shape);
  const fields = order ?? Object.keys(shape);
  const unlisted = Object.keys(shape).filter((name) => !fields.includes(name));
  if (unlisted.length > 0) throw new Error(`The form's order leaves out ${unlisted.join(", ")}`);
  const rank = (field: string) => {
    const at = fields.indexOf(field);
    return at === -1 ? fields.length : at;
  };
  return {
    fields,
    parse(values, context) {
      const parsed = schema.safeParse(values);
      const found = [
        ...(parsed.success ? [] : parsed.error.issues).map((issue) => ({
          field: String(issue.path[0] ?? ""),
          message: issue.message,
        })),
        ...check(values, context),
      ];
      if (parsed.success && found.length === 0)
        return { ok: true, command: build(parsed.data, context, values) };
      const errors: FieldError[] = [];
      for (const error of found) if (!errors.some((e) => e.field === error.field)) errors.push(error);
      return { ok: false, errors: errors.sort((a, b) => rank(a.field) - rank(b.field)) };
    },
  };
}

export type ParseResult<I extends string, C> =
  | { ok: true; intent: I; command: C; values: FormValues }
  | { ok: false; intent: I; errors: FieldError[]; values: FormValues }
  /** No intent the page offers: the post did not come from the page (400). */
  | { ok: false; intent: null; errors: []; values: FormValues };

/** The forms without a field of their own: their messages go beside the button. */
export const submitField = (intent: string) => `${intent}-submit`;

/**
 * Parses what was posted to one form, named by its intent: a page whose forms are known only once
 * it has loaded (one per planned visit, say) picks the form and calls this; `commandParser` does it
 * for a page's fixed forms. `lists` names the fields posted as checkbox groups.
 */
export function parseCommandForm<I extends string, C, X>(
  intent: I,
  chosen: CommandForm<C, X>,
  form: FormData,
  context: X,
  lists: ReadonlySet<string> = new Set(),
): ParseResult<I, C> {
  // What was posted for this form's fields; missing fields read as empty.
  const values: FormValues = Object.fromEntries(
    chosen.fields.map((name) => {
      const posted = form.getAll(name).filter((value): value is string => typeof value === "string");
      return [name, lists.has(name) ? posted : (posted[0] ?? "")];
    }),
  );
  const parsed = chosen.parse(values, context);
  if (parsed.ok) return { ok: true, intent, command: parsed.command, values };
  return {
    ok: false,
    intent,
    errors: parsed.errors.map((error) => ({ ...error, field: error.field || submitField(intent) })),
    values,
  };
}

/**
 * The parser for one page's forms. `lists` names the fields posted as checkbox groups, whose every
 * value is kept rather than only the first.
 */
export function commandParser<I extends string, C, X>(
  forms: Record<I, CommandForm<C, X>>,
  lists: ReadonlySet<string> = new Set(),
) {
  const intents = Object.keys(forms) as I[];
  // Own keys only: "toString" is in every object.
  const isIntent = (value: unknown): value is I =>
    typeof value === "string" && (intents as string[]).includes(value);

  return {
    intents,
    isIntent,
    /** The fields of each form in the order they appear. */
    fields: (intent: I): readonly string[] => forms[intent].fields,
    /** Turns one of the page's posts into a command, or the written messages for what is missing. */
    parse(form: FormData, context: X): ParseResult<I, C> {
      const intent = form.get("intent");
      if (!isIntent(intent)) return { ok: false, intent: null, errors: [], values: {} };
      return parseCommandForm(intent, forms[intent], form, context, lists);
    },
  };
}
