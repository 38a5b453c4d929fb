import { data } from "react-router";
import { forbidden, notFound } from "../guard.server.ts";
import type { ParseResult, Refusal } from "./command-forms.ts";

/** What a case service says to a command: done, no such case, or refused with a written reason. */
export type RunResult<T, Code extends string> =
  | ({ ok: true } & T)
  | { ok: false; reason: "not-found" }
  | { ok: false; reason: "refused"; error: { code: Code | "forbidden"; message: string } };

/**
 * The action of a case page's forms: a post that did not come from the page is a 400; a form with
 * missing or wrong answers, or a command the workflow refuses, comes back as a 400 with its messages
 * and what was typed (nothing has changed); a case that is not there is a 404 and one the person may
 * not change a 403. What went through is `done`'s to answer, usually a redirect back to the page.
 */
export function commandAction<I extends string, C, T, Code extends string>(
  parsed: ParseResult<I, C>,
  run: (command: C) => RunResult<T, Code>,
  refusalField: (intent: I, code: Code) => string,
  done: (intent: I, result: T) => Response,
) {
  if (!parsed.ok) {
    if (parsed.intent === null) throw new Response("Bad Request", { status: 400 });
    return data<Refusal>(
      { intent: parsed.intent, errors: parsed.errors, values: parsed.values },
      { status: 400 },
    );
  }
  const { intent, command, values } = parsed;
  const outcome = run(command);
  if (!outcome.ok) {
    if (outcome.reason === "not-found") throw notFound();
    const { code, message } = outcome.error;
    if (code === "forbidden") throw forbidden();
    return data<Refusal>(
      { intent, errors: [{ field: refusalField(intent, code as Code), message }], values },
      { status: 400 },
    );
  }
  return done(intent, outcome);
}
