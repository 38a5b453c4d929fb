import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { catalogue, type FormDefinition, pageView, parseStepPath } from "@portal/forms";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";

// A real SQLite file and the real route modules of the public portal, called with real Requests.
const ORIGIN = "http://localhost:3001";
process.env.DATABASE_PATH = join(mkdtempSync(join(tmpdir(), "form-actions-")), "portal.db");

const { applyMigrations, openDatabase } = await import("@portal/db");
const { definePortal } = await import("../../portal.server.ts");
const { portalIntake } = await import("../../forms.server.ts");
const start = await import("./start.tsx");
const step = await import("./step.tsx");

type Posted = Record<string, string | string[]>;

function post(path: string, fields: Posted, cookie: string): Request {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) body.append(name, v);
  }
  return new Request(`${ORIGIN}${path}`, {
    method: "POST",
    body,
    headers: { Origin: ORIGIN, Cookie: cookie },
  });
}

/** Runs an action the way React Router does: a thrown Response is an answer too. */
async function run(
  action: () => Promise<unknown>,
): Promise<{ status: number; location?: string; cookie?: string }> {
  let result: unknown;
  try {
    result = await action();
  } catch (thrown) {
    if (!(thrown instanceof Response)) throw thrown;
    result = thrown;
  }
  if (result instanceof Response) {
    return {
      status: result.status,
      location: result.headers.get("Location") ?? undefined,
      cookie: result.headers.get("Set-Cookie")?.split(";")[0],
    };
  }
  const init = (result as { init?: { status?: number } }).init;
  return { status: init?.status ?? 200 };
}

async function startDraft(path: string) {
  const started = await run(() => start.action({ request: post(`/${path}`, {}, "") }));
  expect(started.status).toBe(302);
  const [, , draftId, ...rest] = started.location!.split("/").slice(path.split("/").length - 1);
  return { draftId: draftId!, stepPath: rest.join("/"), cookie: started.cookie! };
}

/** Field names a page posts, plus names it does not expect. */
function fieldNames(form: FormDefinition, stepPath: string): string[] {
  const view = pageView(form, parseStepPath(stepPath)!, {});
  return [...view.questions.flatMap((q) => q.names), "__proto__", "constructor", "intent", "unexpected"];
}

const hostileValue = fc.oneof(
  fc.string(),
  fc.constantFrom("<script>alert(1)</script>", "<b>bold</b>", "yes", "no", "", " ", "\u0000", "31", "2"),
  fc.string({ minLength: 5_000, maxLength: 20_000 }),
);

const PUBLIC_FORMS = [
  ["early-help", "early-help-family"],
  ["report-a-concern", "report-a-concern"],
  ["adult-care-needs", "adult-care-needs-request"],
  ["carer-support", "carer-support"],
] as const;

beforeAll(() => {
  applyMigrations(openDatabase(process.env.DATABASE_PATH!));
  definePortal("public");
});

describe("form step actions under hostile input", () => {
  for (const [path, formId] of PUBLIC_FORMS) {
    it(`${formId}: never a server error; refused posts change nothing`, async () => {
      const form = catalogue[formId]!;
      const { draftId, stepPath, cookie } = await startDraft(path);
      const names = fieldNames(form, stepPath);
      const intake = portalIntake(definePortal("public"));
      await fc.assert(
        fc.asyncProperty(
          fc.dictionary(
            fc.constantFrom(...names),
            fc.oneof(hostileValue, fc.array(hostileValue, { maxLength: 3 })),
          ),
          async (fields) => {
            const before = intake.getDraftFor({ subject: null, portal: "public" }, draftId, new Date());
            const request = post(`/${path}/${draftId}/${stepPath}`, fields as Posted, cookie);
            const result = await run(() => step.action({ request, params: { draftId, "*": stepPath } }));
            expect([302, 400]).toContain(result.status);
            if (result.status === 400) {
              const after = intake.getDraftFor({ subject: null, portal: "public" }, draftId, new Date());
              expect(after?.answers).toEqual(before?.answers);
            }
          },
        ),
        { numRuns: 40 },
      );
    });
  }

  it("refuses a draft to a browser that did not start it", async () => {
    const { draftId, stepPath } = await startDraft("report-a-concern");
    const request = post(`/report-a-concern/${draftId}/${stepPath}`, {}, "public_drafts=someone-else");
    expect((await run(() => step.action({ request, params: { draftId, "*": stepPath } }))).status).toBe(404);
  });

  it("refuses a cross-site post", async () => {
    const { draftId, stepPath, cookie } = await startDraft("report-a-concern");
    const request = new Request(`${ORIGIN}/report-a-concern/${draftId}/${stepPath}`, {
      method: "POST",
      body: new URLSearchParams(),
      headers: { Origin: "https://evil.example", Cookie: cookie },
    });
    expect((await run(() => step.action({ request, params: { draftId, "*": stepPath } }))).status).toBe(403);
  });
});
