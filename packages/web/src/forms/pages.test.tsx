// @vitest-environment jsdom
import { type Answers, checkAnswers, pageView } from "@portal/forms";
import { describe, expect, it } from "vitest";
import {
  everyQuestionForm,
  professionalExample,
  publicExample,
} from "../../../forms/src/fixtures/every-question.ts";
import {
  CheckAnswersPage,
  ConfirmationPage,
  QuestionField,
  SavedForLaterPage,
  SavedFormsList,
  StartPage,
} from "./index.ts";
import { axeViolations, failOnConsoleErrors, loadPage, renderPage } from "./test-support.tsx";

failOnConsoleErrors();

const form = everyQuestionForm;

describe("axe in jsdom", () => {
  it("does find violations (so a clean result means something)", async () => {
    const violations = await axeViolations('<input id="unlabelled"><img src="x.png">');
    expect(violations.map((v) => v.id).sort()).toEqual(["image-alt", "label"]);
  });
});

describe("CheckAnswersPage", () => {
  const sections = checkAnswers(form, professionalExample);

  it("renders every section with its answers and Change links, then the declaration and send", async () => {
    const html = renderPage(
      <CheckAnswersPage sections={sections} hrefFor={(href) => `/report/draft-1/${href}`} />,
      "/report/draft-1/check-your-answers",
    );
    expect(await axeViolations(html)).toEqual([]);
    const doc = loadPage(html);
    expect(doc.querySelector("h1")?.textContent).toBe("Check your answers before sending your referral");
    expect([...doc.querySelectorAll("h2.govuk-heading-m")].map((h) => h.textContent)).toEqual([
      "About you",
      "The child",
      "The household",
      "Now send your referral",
    ]);
    const rows = [...doc.querySelectorAll(".govuk-summary-list__row")];
    expect(rows).toHaveLength(sections.flatMap((section) => section.rows).length);
    const child = rows.find((row) => row.querySelector("dt")?.textContent === "About the child")!;
    expect(child.querySelector(".govuk-summary-list__value")?.innerHTML).toBe(
      "Jo Bloggs<br>Date of birth: 1 January 2015<br>Sex: Female<br>Ethnicity: White: English, Welsh, Scottish, Northern Irish or British<br>First language: English",
    );
    expect(child.querySelector("a")?.getAttribute("href")).toBe("/report/draft-1/child?return=check");
    expect(child.querySelector("a")?.textContent).toBe("Change About the child");
    const sibling = rows.find((row) => row.querySelector("dt")?.textContent === "Brother or sister 1")!;
    expect(sibling.querySelector("a")?.getAttribute("href")).toBe("/report/draft-1/siblings/1?return=check");
    const form = doc.querySelector("form")!;
    expect(form.getAttribute("method")).toBe("post");
    expect(form.getAttribute("action")).toBe("/report/draft-1/check-your-answers");
    const button = form.querySelector("button")!;
    expect(button.textContent).toBe("Accept and send");
    expect(button.getAttribute("data-prevent-double-click")).toBe("true");
  });

  it("shows typed HTML as text, line breaks as <br>, and 'Not provided' for an unanswered optional question", () => {
    const answers: Answers = { ...publicExample, "concern-details": 'Line one\n<script>alert("x")</script>' };
    const html = renderPage(<CheckAnswersPage sections={checkAnswers(form, answers)} />);
    expect(html).not.toContain("<script>");
    const doc = loadPage(html);
    const row = (key: string) =>
      [...doc.querySelectorAll(".govuk-summary-list__row")].find(
        (r) => r.querySelector("dt")?.textContent === key,
      )!;
    expect(row("Tell us what happened").querySelector("dd")?.innerHTML).toBe(
      'Line one<br>&lt;script&gt;alert("x")&lt;/script&gt;',
    );
    expect(doc.querySelectorAll("script")).toHaveLength(0);
    expect(row("What is the postcode of the child's GP?").querySelector("dd")?.textContent).toBe(
      "Not provided",
    );
    // Relative by default: the change link resolves beside check-your-answers.
    expect(row("Tell us what happened").querySelector("a")?.getAttribute("href")).toBe(
      "concerns?return=check",
    );
  });

  it("takes a title, a declaration and an error summary", async () => {
    const html = renderPage(
      <CheckAnswersPage
        title="Check your answers before sending your request"
        sections={checkAnswers(form, publicExample)}
        sendHeading="Now send your request"
        declaration={<p className="govuk-body">I confirm the details are correct.</p>}
        errorSummary={[{ text: "Your answers have changed: check them again", href: "#section-about-you" }]}
      />,
    );
    expect(await axeViolations(html)).toEqual([]);
    const doc = loadPage(html);
    expect(doc.querySelector("h1")?.textContent).toBe("Check your answers before sending your request");
    expect(doc.querySelector(".govuk-error-summary a")?.getAttribute("href")).toBe("#section-about-you");
    expect(doc.getElementById("section-about-you")).not.toBeNull();
    // A form that cannot be sent as answered offers no way to send it.
    expect(doc.body.textContent).not.toContain("I confirm the details are correct.");
    expect(doc.querySelector("button")).toBeNull();
  });

  it("shows a signed-in sender's details from their sign-in, and the declaration when it can be sent", async () => {
    const html = renderPage(
      <CheckAnswersPage
        sections={checkAnswers(form, publicExample)}
        declaration={<p className="govuk-body">I confirm the details are correct.</p>}
        sender={{ name: "Dr Priya Shah", organisation: "Riverside Surgery", email: "gp@health.example.org" }}
      />,
    );
    expect(await axeViolations(html)).toEqual([]);
    const doc = loadPage(html);
    expect(doc.getElementById("section-sender")?.textContent).toBe("Your details");
    expect(doc.body.textContent).toContain("Riverside Surgery");
    expect(doc.body.textContent).toContain("I confirm the details are correct.");
    expect(doc.querySelector("button")?.textContent).toContain("Accept and send");
  });
});

describe("ConfirmationPage", () => {
  it("shows the reference in the panel, in data-testid=reference, then what happens next", async () => {
    const html = renderPage(
      <ConfirmationPage
        reference="CSC-2611-4F7Q"
        whatHappensNext={<p className="govuk-body">The front door will look at your referral today.</p>}
      />,
    );
    expect(await axeViolations(html)).toEqual([]);
    const doc = loadPage(html);
    expect(doc.querySelector(".govuk-panel--confirmation h1.govuk-panel__title")?.textContent).toBe(
      "Referral sent",
    );
    expect(doc.querySelector(".govuk-panel__body [data-testid=reference]")?.textContent).toBe(
      "CSC-2611-4F7Q",
    );
    expect(doc.querySelector(".govuk-panel__body")?.innerHTML).toBe(
      'Your reference number<br><strong data-testid="reference">CSC-2611-4F7Q</strong>',
    );
    expect(doc.querySelector("h2")?.textContent).toBe("What happens next");
  });
});

describe("StartPage", () => {
  it("shows the heading, description, 999 banner, a start button that posts, and saved forms", async () => {
    const html = renderPage(
      <StartPage
        title="Make a referral"
        description={<p className="govuk-body">Use this form to refer a child.</p>}
        safeguardingBanner
        savedFormsHref="/saved"
      />,
      "/report",
    );
    expect(await axeViolations(html)).toEqual([]);
    const doc = loadPage(html);
    expect(doc.querySelector("h1")?.textContent).toBe("Make a referral");
    expect(doc.querySelector(".govuk-warning-text")?.textContent).toContain("call 999");
    const form = doc.querySelector("form")!;
    expect([form.getAttribute("method"), form.getAttribute("action")]).toEqual(["post", "/report"]);
    const button = form.querySelector("button.govuk-button.govuk-button--start")!;
    expect(button.textContent).toBe("Start now");
    expect(button.querySelector("svg.govuk-button__start-icon")?.getAttribute("aria-hidden")).toBe("true");
    expect(doc.querySelector("a[href='/saved']")?.textContent).toBe("Continue a form you saved earlier");
  });

  it("posts to startAction, and leaves out the banner and saved forms link when not wanted", () => {
    const doc = loadPage(
      renderPage(
        <StartPage
          title="Foster"
          description={null}
          safeguardingBanner={false}
          startAction="/foster/start"
        />,
      ),
    );
    expect(doc.querySelector("form")?.getAttribute("action")).toBe("/foster/start");
    expect(doc.querySelector(".govuk-warning-text")).toBeNull();
    expect(doc.querySelectorAll("a")).toHaveLength(0);
  });
});

describe("SavedForLaterPage", () => {
  it("signed in: says the answers are saved until the expiry date and links to saved forms", async () => {
    const html = renderPage(
      <SavedForLaterPage expiresAt="2025-07-15T10:00:00.000Z" savedFormsHref="/saved" />,
    );
    expect(await axeViolations(html)).toEqual([]);
    const doc = loadPage(html);
    expect(doc.querySelector("h1")?.textContent).toBe("Your answers have been saved");
    expect(doc.body.textContent).toContain("until 15 July 2025");
    expect(doc.querySelector("a[href='/saved']")).not.toBeNull();
    expect(doc.querySelector("[data-testid=resume-link]")).toBeNull();
  });

  it("not signed in: shows the secret link once, single use, expiring, and offers one by email", async () => {
    const url = "https://report.example.gov.uk/resume/abc.def";
    const html = renderPage(
      <SavedForLaterPage expiresAt={new Date("2025-07-14T23:30:00Z")} resumeUrl={url} />,
    );
    expect(await axeViolations(html)).toEqual([]);
    const doc = loadPage(html);
    expect(doc.querySelector(".govuk-inset-text [data-testid=resume-link]")?.textContent).toBe(url);
    // Not a link: following it would use it up.
    expect(doc.querySelector(`a[href='${url}']`)).toBeNull();
    const text = doc.body.textContent ?? "";
    expect(text).toContain("works once");
    expect(text).toContain("15 July 2025"); // 23:30 UTC is 00:30 the next day in London (BST)
    expect(text).toContain("Copy the link now");
    expect(doc.querySelector("form input[name=email][type=email]")).not.toBeNull();
  });

  it("not signed in: a refused email address is shown beside the field and in the summary", async () => {
    const html = renderPage(
      <SavedForLaterPage
        expiresAt={new Date("2025-07-14T23:30:00Z")}
        resumeUrl="https://report.example.gov.uk/resume/abc"
        email={{
          value: "<b>nope</b>",
          error: "Enter an email address in the correct format, like name@example.com",
        }}
      />,
    );
    expect(await axeViolations(html)).toEqual([]);
    const doc = loadPage(html);
    expect(doc.querySelector(".govuk-error-summary a")?.getAttribute("href")).toBe("#email");
    expect(doc.querySelector("#email-error")?.textContent).toContain("correct format");
    expect(doc.querySelector<HTMLInputElement>("#email")?.value).toBe("<b>nope</b>");
  });

  it("not signed in: says where the emailed link is going instead of asking again", () => {
    const doc = loadPage(
      renderPage(
        <SavedForLaterPage
          expiresAt={new Date("2025-07-14T23:30:00Z")}
          resumeUrl="https://x/resume/a"
          emailedTo="sam@example.org"
        />,
      ),
    );
    expect(doc.querySelector("[data-testid=emailed-to]")?.textContent).toContain("sam@example.org");
    expect(doc.querySelector("input[name=email]")).toBeNull();
  });
});

describe("SavedFormsList", () => {
  it("lists drafts with a link to continue, last saved and expiry dates", async () => {
    const html = renderPage(
      <>
        <h1 className="govuk-heading-l">Your saved forms</h1>
        <SavedFormsList
          drafts={[
            {
              title: "Children's safeguarding referral <em>",
              href: "/refer/d-1/child?x=1&y=2",
              updatedAt: "2025-06-15T09:00:00.000Z",
              expiresAt: "2025-07-15T09:00:00.000Z",
            },
          ]}
        />
      </>,
    );
    expect(await axeViolations(html)).toEqual([]);
    const doc = loadPage(html);
    const link = doc.querySelector("td a")!;
    expect(link.getAttribute("href")).toBe("/refer/d-1/child?x=1&y=2");
    expect(link.textContent).toBe("Children's safeguarding referral <em> (continue)");
    expect(doc.querySelectorAll("em")).toHaveLength(0);
    expect([...doc.querySelectorAll("td")].slice(1).map((td) => td.textContent)).toEqual([
      "15 June 2025",
      "15 July 2025",
    ]);
  });

  it("says when there are none", () => {
    const doc = loadPage(renderPage(<SavedFormsList drafts={[]} />));
    expect(doc.body.textContent).toBe("You have no saved forms.");
  });
});

describe("QuestionField", () => {
  it("renders a question on its own, for the lead's other pages", () => {
    const view = pageView(form, "household", professionalExample).questions[0]!;
    const doc = loadPage(renderPage(<QuestionField view={view} />));
    expect(doc.querySelector("label.govuk-label--s")?.textContent).toBe(
      "How many people live in the household?",
    );
    expect(doc.getElementById("household-size")?.getAttribute("inputmode")).toBe("numeric");
  });
});
