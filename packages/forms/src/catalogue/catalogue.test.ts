import { describe, expect, test } from "vitest";
import type { FormDefinition, QuestionDefinition } from "../definition.ts";
import { todayInLondon } from "../fields/date.ts";
import { journey, pathPages, prune } from "../journey.ts";
import { plainText } from "../plain-text.ts";
import { subjectPeople } from "../subjects.ts";
import { walkForm } from "../walk-form.ts";
import {
  catalogue,
  catalogueById,
  examples,
  FORM_IDS,
  type FormId,
  isFormId,
  restrictedTo,
  submissionBlocked,
} from "./index.ts";

const ctx = { today: todayInLondon(new Date()) };
const forms = Object.entries(catalogueById) as [FormId, FormDefinition][];

const allQuestions = (form: FormDefinition): QuestionDefinition[] =>
  form.pages.flatMap((page) => page.questions as QuestionDefinition[]);

describe("catalogue", () => {
  test("holds every form id once, keyed by its own id", () => {
    expect(Object.keys(catalogueById).sort()).toEqual([...FORM_IDS].sort());
    for (const [id, form] of forms) expect(form.id).toBe(id);
    expect(isFormId("police-notification")).toBe(true);
    expect(isFormId("not-a-form")).toBe(false);
    expect(catalogue["lado-referral"]).toBe(catalogueById["lado-referral"]);
    expect(catalogue["not-a-form"]).toBeUndefined();
  });

  test.each(forms)("%s: the engine's walker finds no problems", (id, form) => {
    expect(walkForm(form, examples[id], ctx)).toEqual([]);
  });

  test.each(forms)("%s: the main example names at least one subject person", (id, form) => {
    const [main] = examples[id];
    expect(subjectPeople(form, prune(form, main!)).length).toBeGreaterThan(0);
  });

  test.each(forms)("%s: every page has a title and long forms use sections", (_id, form) => {
    for (const page of form.pages) expect(page.title.length).toBeGreaterThan(0);
    if (form.pages.length > 12) expect(form.sections?.length ?? 0).toBeGreaterThan(1);
  });

  test("every safeguarding form shows the 999 banner", () => {
    const safeguarding: FormId[] = [
      "child-safeguarding-referral",
      "report-a-concern",
      "adult-safeguarding-concern",
      "police-notification",
      "lado-referral",
    ];
    for (const id of safeguarding) expect(catalogueById[id].safeguardingBanner, id).toBe(true);
  });

  test("audiences and services", () => {
    const expected: Record<FormId, [string, string]> = {
      "child-safeguarding-referral": ["professional", "children"],
      "report-a-concern": ["public", "children"],
      "early-help-family": ["public", "early-help"],
      "early-help-professional": ["professional", "early-help"],
      "adult-care-needs-referral": ["professional", "adults"],
      "adult-care-needs-request": ["public", "adults"],
      "carer-support": ["public", "adults"],
      "adult-safeguarding-concern": ["professional", "adults"],
      "police-notification": ["professional", "children"],
      "fostering-enquiry": ["professional", "children"],
      "information-request": ["professional", "children"],
      "lado-referral": ["professional", "lado"],
    };
    for (const [id, form] of forms) expect([form.audience, form.service], id).toEqual(expected[id]);
  });

  test("only the public concern form allows anonymity; professionals never can", () => {
    for (const [id, form] of forms) {
      expect(form.allowAnonymous, id).toBe(id === "report-a-concern");
      if (form.audience === "professional") expect(form.allowAnonymous, id).toBe(false);
    }
  });

  test("professional forms never ask for the referrer's name, email or organisation again", () => {
    for (const [id, form] of forms.filter(([, f]) => f.audience === "professional")) {
      const ids = allQuestions(form).map((q) => q.id);
      for (const asked of ["referrer-name", "referrer-email", "referrer-organisation"]) {
        expect(ids, id).not.toContain(asked);
      }
    }
  });

  test("the police notification is restricted to police", () => {
    expect(restrictedTo["police-notification"]).toEqual(["police"]);
  });
});

/** Every string under an `errors` object of the form, with where it is. */
function errorMessages(value: unknown, path: string, inErrors = false): [string, string][] {
  if (typeof value === "string") return inErrors ? [[path, value]] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => errorMessages(v, `${path}[${i}]`, inErrors));
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, v]) =>
    errorMessages(v, `${path}.${key}`, inErrors || key === "errors"),
  );
}

/** Every label and hint of the form's questions, options and person parts. */
function labels(value: unknown, path: string): [string, string][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => labels(v, `${path}[${i}]`));
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, v]): [string, string][] =>
    typeof v === "string" && ["label", "hint", "itemLabel", "addAnotherLabel", "title"].includes(key)
      ? [[`${path}.${key}`, v]]
      : key === "partLabels"
        ? Object.entries(v as object).map(([part, l]) => [`${path}.partLabels.${part}`, String(l)])
        : labels(v, `${path}.${key}`),
  );
}

describe("written content", () => {
  test.each(forms)("%s: error messages are written sentences without a full stop", (_id, form) => {
    const messages = errorMessages(form, form.id);
    expect(messages.length).toBeGreaterThan(0);
    for (const [where, message] of messages) {
      expect(message, where).toMatch(/^[A-Z]/);
      expect(message, where).not.toMatch(/[.*]$/);
      expect(message, where).not.toMatch(/\b(required|invalid|field)\b/i);
    }
  });

  test.each(forms)(
    "%s: labels never mark questions with '*' or '(optional)' (the renderer does)",
    (_id, form) => {
      for (const [where, label] of labels(form, form.id)) {
        expect(label, where).not.toMatch(/\*|\(optional\)/i);
      }
    },
  );

  test.each(forms)("%s: every example renders as plain text with its answers", (id, form) => {
    for (const example of examples[id]) {
      const text = plainText(form, prune(form, example));
      expect(text).toContain(form.title);
      expect(text).not.toMatch(/undefined|\[object Object\]/);
    }
  });
});

describe("report a concern: anonymous", () => {
  const form = catalogueById["report-a-concern"];
  test("saying no skips every contact question", () => {
    const [, anonymous] = examples["report-a-concern"];
    const pages = pathPages(form, anonymous!).map((p) => p.id);
    expect(pages).not.toContain("your-name");
    expect(pages).not.toContain("contact-you");
    const kept = prune(form, { ...anonymous!, "reporter-name": "Should be dropped" });
    expect(kept["reporter-name"]).toBeUndefined();
  });
});

describe("early help: consent is mandatory", () => {
  for (const id of ["early-help-family", "early-help-professional"] as const) {
    const form = catalogueById[id];
    const [withConsent, refused] = examples[id];
    test(`${id}: refusing ends the journey on the explanation page and cannot be submitted`, () => {
      const pages = pathPages(form, refused!).map((p) => p.id);
      expect(pages.at(-1)).toBe("consent-needed");
      expect(pages).not.toContain("children");
      // Answers given before refusing are dropped, so nothing about the children is kept.
      const kept = prune(form, { ...withConsent!, ...refused! });
      expect(kept.children).toBeUndefined();
      expect(journey(form, kept, ctx).complete).toBe(true);
      expect(submissionBlocked(form, kept)).toMatch(/needs the family's agreement/);
    });
    test(`${id}: with consent the request can be submitted`, () => {
      expect(submissionBlocked(form, prune(form, withConsent!))).toBeUndefined();
    });
  }
  test("other forms are never blocked", () => {
    const form = catalogueById["child-safeguarding-referral"];
    expect(submissionBlocked(form, examples["child-safeguarding-referral"][0]!)).toBeUndefined();
  });
});

describe("child safeguarding referral: consent", () => {
  const form = catalogueById["child-safeguarding-referral"];
  const [main] = examples["child-safeguarding-referral"];
  const pagesFor = (consent: string) =>
    pathPages(form, { ...main!, "consent-sought": consent }).map((p) => p.id);

  test("not sought: a reason and an explanation are asked, and whether the family knows", () => {
    expect(pagesFor("no")).toEqual(expect.arrayContaining(["consent-not-sought", "family-aware"]));
  });
  test("refused: the reason for going ahead is asked", () => {
    const pages = pagesFor("yes-refused");
    expect(pages).toContain("consent-refused");
    expect(pages).not.toContain("consent-not-sought");
  });
  test("agreed: no reason, and the family obviously knows", () => {
    const pages = pagesFor("yes-agreed");
    expect(pages).not.toContain("consent-not-sought");
    expect(pages).not.toContain("consent-refused");
    expect(pages).not.toContain("family-aware");
  });
});

describe("police notification: DASH only for domestic abuse", () => {
  const form = catalogueById["police-notification"];
  const [main] = examples["police-notification"];
  test("a missing-person notification skips DASH, MARAC and Operation Encompass", () => {
    const pages = pathPages(form, { ...main!, "incident-types": ["missing"] }).map((p) => p.id);
    expect(pages.some((p) => p.startsWith("dash-") || p === "marac" || p === "operation-encompass")).toBe(
      false,
    );
  });
  test("a declined DASH still asks for the officer's judgement", () => {
    const pages = pathPages(form, { ...main!, "dash-completed": "declined" }).map((p) => p.id);
    expect(pages).toContain("dash-judgement");
    expect(pages).not.toContain("dash-current-incident");
  });
});
