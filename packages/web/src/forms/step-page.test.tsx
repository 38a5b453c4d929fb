// @vitest-environment jsdom
import { type Answers, type PageView, pageView, parsePage, type Step, stepPath } from "@portal/forms";
import { describe, expect, it } from "vitest";
import {
  everyQuestionForm,
  FIXTURE_TODAY,
  professionalExample,
  publicExample,
} from "../../../forms/src/fixtures/every-question.ts";
import { StepPage } from "./index.ts";
import { axeViolations, failOnConsoleErrors, loadPage, renderPage } from "./test-support.tsx";

failOnConsoleErrors();

const form = everyQuestionForm;

/** Every step of the fixture: each page, and for the repeating group its summary and first item page. */
const steps: Step[] = form.pages.flatMap((page) =>
  page.questions[0]?.type === "repeating-group"
    ? [{ page: page.id }, { page: page.id, item: 0 }]
    : [{ page: page.id }],
);

const render = (view: PageView) =>
  renderPage(<StepPage view={view} backHref="/report/draft-1/previous" saveForLaterAllowed />);

/** The view after posting an empty page: every required question's own message. */
function emptyPost(step: Step, answers: Answers = {}) {
  const parsed = parsePage(form, step, {}, { today: FIXTURE_TODAY, answers });
  const errors = parsed.ok ? {} : parsed.errors;
  return { errors, view: pageView(form, step, answers, errors, {}) };
}

const ids = (doc: Document) => [...doc.querySelectorAll("[id]")].map((element) => element.id);

describe.each(steps.map((step) => [stepPath(step), step] as const))("step %s", (_path, step) => {
  for (const [name, answers] of [
    ["empty", {}],
    ["with the professional example's answers", professionalExample],
    ["with the public example's answers", publicExample],
  ] as const) {
    it(`renders ${name} with no axe violations and unique ids`, async () => {
      const html = render(pageView(form, step, answers));
      expect(await axeViolations(html)).toEqual([]);
      const all = ids(document);
      expect(new Set(all).size).toBe(all.length);
      expect(document.querySelectorAll("h1")).toHaveLength(1);
      expect(document.querySelector(".govuk-error-summary")).toBeNull();
    });
  }

  it("after an empty post shows each error beside its field and in the summary, linked to the field", async () => {
    const answers = step.item !== undefined ? professionalExample : {};
    const { errors, view } = emptyPost(step, answers);
    const html = render(view);
    expect(await axeViolations(html)).toEqual([]);
    const doc = loadPage(html);
    const links = [...doc.querySelectorAll<HTMLAnchorElement>(".govuk-error-summary__list a")];
    expect(links.map((a) => a.textContent)).toEqual(Object.values(errors));
    const beside = [...doc.querySelectorAll(".govuk-error-message")].map((p) =>
      p.textContent?.replace(/^Error: /, ""),
    );
    for (const message of Object.values(errors)) expect(beside).toContain(message);
    for (const link of links) {
      const target = doc.getElementById(link.getAttribute("href")!.slice(1));
      expect(target, link.getAttribute("href")!).not.toBeNull();
      expect(["INPUT", "SELECT", "TEXTAREA"]).toContain(target!.tagName);
      expect(target!.getAttribute("type")).not.toBe("hidden");
    }
    const all = ids(doc);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe("StepPage", () => {
  it("every step with required questions produces errors on an empty post (so the error tests test something)", () => {
    const withErrors = steps.filter(
      (step) =>
        Object.keys(emptyPost(step, step.item !== undefined ? professionalExample : {}).errors).length > 0,
    );
    expect(withErrors.map(stepPath)).toEqual([
      "reporter-type",
      "your-details",
      "anonymous",
      "child",
      "child-address",
      "concerns",
      "injuries",
      "siblings",
      "siblings/1",
      "household",
      "due-date",
      "consent",
    ]);
  });

  it("puts the back link first, then the error summary, the 999 banner, the caption and the heading", () => {
    const html = render(emptyPost({ page: "your-details" }).view);
    const doc = loadPage(html);
    const main = doc.querySelector("main")!;
    expect(main.firstElementChild?.className).toBe("govuk-back-link");
    expect(main.firstElementChild?.getAttribute("href")).toBe("/report/draft-1/previous");
    const order = [".govuk-error-summary", ".govuk-warning-text", ".govuk-caption-l", "h1"].map(
      (selector) => doc.querySelector(selector)!,
    );
    for (let i = 1; i < order.length; i++) {
      expect(
        order[i - 1]!.compareDocumentPosition(order[i]!) & Node.DOCUMENT_POSITION_FOLLOWING,
      ).toBeTruthy();
    }
    expect(doc.querySelector(".govuk-error-summary__title")?.textContent).toBe("There is a problem");
    expect(doc.querySelector(".govuk-error-summary")?.getAttribute("data-module")).toBe(
      "govuk-error-summary",
    );
    expect(doc.querySelector(".govuk-warning-text__text")?.textContent).toContain(
      "If a child or adult is in immediate danger, call 999. If you are worried about a child or adult right now, phone the council's front door.",
    );
    expect(doc.querySelector(".govuk-caption-l")?.textContent).toBe("Section 1 of 3: About you");
    expect(doc.querySelector("h1")?.textContent).toBe("Your details");
    expect(doc.querySelector("label[for=your-phone]")?.textContent).toBe("Phone number (optional)");
  });

  it("makes the only question's label or legend the h1", () => {
    const postcode = loadPage(render(pageView(form, "gp-postcode", {})));
    expect(postcode.querySelector("h1.govuk-label-wrapper > label.govuk-label--l")?.textContent).toBe(
      "What is the postcode of the child's GP? (optional)",
    );
    const radios = loadPage(render(pageView(form, "reporter-type", {})));
    expect(
      radios.querySelector("legend.govuk-fieldset__legend--l > h1.govuk-fieldset__heading")?.textContent,
    ).toBe("Who are you?");
    expect(radios.querySelectorAll("h1")).toHaveLength(1);
  });

  it("posts with Form: post, novalidate, Continue and Save and come back later", () => {
    const doc = loadPage(render(pageView(form, "household", {})));
    const element = doc.querySelector("form")!;
    expect(element.getAttribute("method")).toBe("post");
    expect(element.hasAttribute("novalidate")).toBe(true);
    expect(element.getAttribute("enctype")).toBeNull();
    const buttons = [...element.querySelectorAll("button")];
    expect(
      buttons.map((b) => [b.textContent?.trim(), b.getAttribute("name"), b.getAttribute("value")]),
    ).toEqual([
      ["Continue", null, null],
      ["Save and come back later", "intent", "save-for-later"],
    ]);
    const withoutSave = loadPage(renderPage(<StepPage view={pageView(form, "household", {})} />));
    expect(withoutSave.querySelectorAll("button")).toHaveLength(1);
    expect(withoutSave.querySelector(".govuk-back-link")).toBeNull();
  });

  it("posts back to the URL it came from, keeping ?return=check", () => {
    const html = renderPage(
      <StepPage view={pageView(form, "household", {})} />,
      "/report/draft-1/household?return=check",
    );
    expect(loadPage(html).querySelector("form")?.getAttribute("action")).toBe(
      "/report/draft-1/household?return=check",
    );
  });

  it("renders each question type with the engine's field names and stored values", () => {
    const at = (step: Step | string) => loadPage(render(pageView(form, step, professionalExample)));
    let doc = at("reporter-type");
    expect((doc.getElementById("reporter-type") as HTMLInputElement).checked).toBe(true);
    expect(doc.querySelector("#conditional-reporter-type #organisation")).not.toBeNull();
    expect((doc.getElementById("organisation") as HTMLInputElement).value).toBe("Oak Primary School");

    doc = at("your-details");
    expect(doc.getElementById("your-email")?.getAttribute("type")).toBe("email");
    expect(doc.getElementById("your-phone")?.getAttribute("type")).toBe("tel");
    expect(doc.getElementById("your-phone")?.getAttribute("autocomplete")).toBe("tel");

    doc = at("child");
    expect(doc.querySelector("legend h1")?.textContent).toBe("About the child");
    expect((doc.getElementById("child-born") as HTMLInputElement).checked).toBe(true);
    expect(doc.querySelector("#conditional-child-born #child-dob-day")).not.toBeNull();
    expect(doc.querySelector("#conditional-child-born-2 #child-due-day")).not.toBeNull();
    expect((doc.getElementById("child-dob-year") as HTMLInputElement).value).toBe("2015");
    expect((doc.getElementById("child-given-name") as HTMLInputElement).value).toBe("Jo");
    expect((doc.getElementById("child-sex") as HTMLInputElement).checked).toBe(true);
    expect((doc.getElementById("child-ethnicity") as HTMLSelectElement).value).toBe("white-british");
    expect(doc.querySelector("label[for=child-language]")?.textContent).toBe("First language (optional)");
    expect(doc.getElementById("child-needs")?.tagName).toBe("TEXTAREA");

    doc = at("child-address");
    expect(
      ["line-1", "line-2", "town", "county", "postcode"].map((part) => [
        (doc.getElementById(`child-address-${part}`) as HTMLInputElement).value,
        doc.getElementById(`child-address-${part}`)?.getAttribute("autocomplete"),
      ]),
    ).toEqual([
      ["1 High Street", "address-line1"],
      ["", "address-line2"],
      ["Oxford", "address-level2"],
      ["", null],
      ["OX1 1AA", "postal-code"],
    ]);

    doc = at("concerns");
    const checked = [...doc.querySelectorAll<HTMLInputElement>("input[name=concern-types]:checked")].map(
      (i) => i.value,
    );
    expect(checked).toEqual(["physical", "other"]);
    expect(
      doc.querySelector(".govuk-character-count[data-maxlength='1000'] #concern-details"),
    ).not.toBeNull();
    expect(doc.getElementById("concern-details")?.textContent).toBe(
      "Bruising on both arms.\nSaid <b>not</b> to tell anyone.",
    );

    doc = at("injuries");
    expect((doc.getElementById("injury-date-day") as HTMLInputElement).value).toBe("10");
    expect(doc.querySelector("#medical-attention")?.closest(".govuk-radios")?.classList).toContain(
      "govuk-radios--inline",
    );

    doc = at("household");
    expect((doc.getElementById("household-size") as HTMLInputElement).value).toBe("4");
    expect((doc.getElementById("housing") as HTMLSelectElement).value).toBe("rented");

    doc = at("anonymous");
    expect(doc.querySelector("#conditional-stay-anonymous-2 #contact-phone")).not.toBeNull();
    expect(doc.querySelector("#stay-anonymous")?.closest(".govuk-radios")?.classList).not.toContain(
      "govuk-radios--inline",
    );
  });

  it("shows a person's and an address's errors beside each part", async () => {
    const cases: [Step, Record<string, string>][] = [
      [{ page: "child" }, { "child-born": "yes" }],
      [
        { page: "child" },
        { "child-born": "no", "child-due-day": "40", "child-due-month": "1", "child-due-year": "2026" },
      ],
      [{ page: "child-address" }, { "child-address-postcode": "not a postcode" }],
      [
        { page: "siblings", item: 0 },
        { "sibling-dob-day": "31", "sibling-dob-month": "2", "sibling-dob-year": "2010" },
      ],
    ];
    for (const [step, posted] of cases) {
      const parsed = parsePage(form, step, posted, { today: FIXTURE_TODAY, answers: professionalExample });
      expect(parsed.ok).toBe(false);
      const errors = parsed.ok ? {} : parsed.errors;
      const html = render(pageView(form, step, professionalExample, errors, posted));
      expect(await axeViolations(html)).toEqual([]);
      const doc = loadPage(html);
      for (const [field, message] of Object.entries(errors)) {
        const group = doc.getElementById(field)!.closest(".govuk-form-group--error");
        expect(group?.querySelector(".govuk-error-message")?.textContent, field).toBe(`Error: ${message}`);
        expect(doc.querySelector(`.govuk-error-summary a[href="#${field}"]`)?.textContent).toBe(message);
      }
    }
  });

  it("renders a date error on one part on that part only, and on the day on every part", () => {
    const partly = loadPage(render(pageView(form, "due-date", {}, { "due-date-month": "Bad month" }, {})));
    expect([...partly.querySelectorAll(".govuk-input--error")].map((i) => i.id)).toEqual(["due-date-month"]);
    const whole = loadPage(render(pageView(form, "due-date", {}, { "due-date-day": "Bad date" }, {})));
    expect([...whole.querySelectorAll(".govuk-input--error")].map((i) => i.id)).toEqual([
      "due-date-day",
      "due-date-month",
      "due-date-year",
    ]);
  });

  it("renders a file question as a multipart upload re-posting earlier attachments", async () => {
    const html = render(pageView(form, "documents", professionalExample));
    expect(await axeViolations(html)).toEqual([]);
    const doc = loadPage(html);
    expect(doc.querySelector("form")?.getAttribute("enctype")).toBe("multipart/form-data");
    const file = doc.getElementById("documents-upload") as HTMLInputElement;
    expect([file.type, file.name]).toEqual(["file", "documents-upload"]);
    expect(doc.querySelector("h1 label[for=documents-upload]")?.textContent).toBe(
      "Upload documents (optional)",
    );
    const hidden = [...doc.querySelectorAll<HTMLInputElement>("input[type=hidden][name=documents]")].map(
      (i) => i.value,
    );
    expect(hidden.map((value) => JSON.parse(value))).toEqual([
      { id: "att-1", name: "body-map.pdf", size: 12345 },
    ]);
    expect(doc.querySelector("[data-testid=documents-uploaded] li")?.textContent).toBe("body-map.pdf");
  });

  it("shows file errors beside the file input and links both kinds to it", () => {
    const errors = {
      "documents-upload": "The selected file must be a PDF, JPG or PNG",
      documents: "You can upload up to 3 documents",
    };
    const doc = loadPage(render(pageView(form, "documents", {}, errors, {})));
    expect(
      [...doc.querySelectorAll(".govuk-error-summary__list a")].map((a) => a.getAttribute("href")),
    ).toEqual(["#documents-upload", "#documents-upload"]);
    const message = doc.querySelector(".govuk-error-message")?.textContent;
    expect(message).toBe("Error: You can upload up to 3 documents");
    const onlyUpload = loadPage(
      render(pageView(form, "documents", {}, { "documents-upload": "The file is too big" }, {})),
    );
    expect(onlyUpload.querySelector(".govuk-error-message")?.textContent).toBe("Error: The file is too big");
    expect(onlyUpload.getElementById("documents-upload")?.classList).toContain("govuk-file-upload--error");
  });

  it("shows posted HTML as text, never markup", () => {
    const hostile = '<script>alert("x")</script><b>bold</b>';
    const posted = {
      "your-name": hostile,
      "your-email": `"><img src=x onerror=alert(1)>`,
      "your-phone": "</label><h1>fake</h1>",
    };
    const parsed = parsePage(form, "your-details", posted, { today: FIXTURE_TODAY, answers: {} });
    const errors = parsed.ok ? {} : parsed.errors;
    const html = render(pageView(form, "your-details", {}, errors, posted));
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<b>bold</b>");
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<h1>fake</h1>");
    const doc = loadPage(html);
    expect((doc.getElementById("your-name") as HTMLInputElement).value).toBe(hostile);
    expect(doc.querySelectorAll("script, b, img")).toHaveLength(0);
    expect(doc.querySelectorAll("h1")).toHaveLength(1);
  });
});

describe("add another", () => {
  const view = pageView(form, "siblings", professionalExample);

  it("lists the items with Change links and Remove posts, then asks whether to add another", async () => {
    const html = render(view);
    expect(await axeViolations(html)).toEqual([]);
    const doc = loadPage(html);
    expect(doc.querySelector("h1")?.textContent).toBe("Brothers and sisters");
    const row = doc.querySelector("[data-testid=items] .govuk-summary-list__row")!;
    expect(row.querySelector("dt")?.textContent).toBe("Brother or sister 1");
    expect(row.querySelector(".govuk-summary-list__value")?.innerHTML).toBe(
      "Alex Bloggs<br>Date of birth: 4 March 2012<br>Do they live with the child?: Yes",
    );
    expect(row.querySelector("a")?.getAttribute("href")).toBe("siblings/1");
    expect(row.querySelector("a")?.textContent).toBe("Change Brother or sister 1");
    const remove = row.querySelector("form")!;
    expect(remove.getAttribute("method")).toBe("post");
    expect(remove.querySelector<HTMLInputElement>("input[name=intent]")?.value).toBe("remove-item");
    const button = remove.querySelector("button")!;
    expect([button.name, button.value, button.textContent]).toEqual([
      "item",
      "0",
      "Remove Brother or sister 1",
    ]);
    const radios = [...doc.querySelectorAll<HTMLInputElement>("input[name=siblings-add-another]")];
    expect(radios.map((r) => r.value)).toEqual(["yes", "no"]);
    expect(radios[0]!.id).toBe("siblings-add-another");
    expect(doc.querySelector("legend")?.textContent).toBe("Do you need to add a brother or sister?");
    // The remove forms are not nested in the page's form.
    expect(doc.querySelectorAll("form form")).toHaveLength(0);
  });

  it("uses hrefFor for Change links and shows the add-another error", async () => {
    const { view: errorView } = emptyPost({ page: "siblings" }, professionalExample);
    const html = renderPage(<StepPage view={errorView} hrefFor={(path) => `/report/draft-1/${path}`} />);
    expect(await axeViolations(html)).toEqual([]);
    const doc = loadPage(html);
    expect(doc.querySelector("[data-testid=items] a")?.getAttribute("href")).toBe(
      "/report/draft-1/siblings/1",
    );
    expect(doc.querySelector(".govuk-error-summary__list a")?.getAttribute("href")).toBe(
      "#siblings-add-another",
    );
    expect(doc.querySelector(".govuk-error-message")?.textContent).toBe(
      "Error: Select yes if you need to add a brother or sister",
    );
  });

  it("escapes item lines", () => {
    const answers: Answers = {
      ...professionalExample,
      siblings: [{ sibling: { givenName: "<i>Al</i>", familyName: "B" }, "lives-with-child": "no" }],
    };
    const html = render(pageView(form, "siblings", answers));
    expect(html).toContain("&lt;i&gt;Al&lt;/i&gt; B");
    expect(loadPage(html).querySelectorAll("i")).toHaveLength(0);
  });

  it("hides the question once the group is full", () => {
    const sibling = { sibling: { givenName: "A", familyName: "B" }, "lives-with-child": "no" };
    const full = pageView(form, "siblings", {
      ...professionalExample,
      siblings: [sibling, sibling, sibling],
    });
    const doc = loadPage(render(full));
    expect(doc.querySelectorAll("[data-testid=items] .govuk-summary-list__row")).toHaveLength(3);
    expect(doc.querySelector("input[name=siblings-add-another]")).toBeNull();
    expect(doc.querySelector("form:not([data-testid]) button")?.textContent).toBe(
      "Remove Brother or sister 1",
    );
  });
});
