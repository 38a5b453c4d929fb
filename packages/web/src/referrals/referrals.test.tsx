// @vitest-environment jsdom
import type { EncompassNotice, ReferralView } from "@portal/intake";
import { describe, expect, it } from "vitest";
import { ConfirmationPage } from "../forms/index.ts";
import { axeViolations, failOnConsoleErrors, loadPage, renderPage } from "../forms/test-support.tsx";
import {
  deadlineSentence,
  noticeDetail,
  outboxRows,
  referralDetail,
  referralRows,
  statusTag,
} from "./display.ts";
import { EncompassNoticePage } from "./encompass-notice.tsx";
import { OutboxPage } from "./outbox.tsx";
import { ReferralPage } from "./referral-page.tsx";
import { ReferralsListPage } from "./referrals-list.tsx";
import { ANSWER_MAX_LENGTH, answerError, normaliseAnswer, type ReplyFailure } from "./reply.ts";
import { referralWords } from "./words.ts";

failOnConsoleErrors();

const professionals = referralWords("professionals");
const publicWords = referralWords("public");

const question = {
  id: "m-1",
  direction: "to-referrer" as const,
  body: "Does Maya have a sister?\nShe mentioned one at school.",
  at: new Date("2026-11-23T10:00:00Z"),
  files: [],
  from: "The team",
};

function view(overrides: Partial<ReferralView> = {}): ReferralView {
  return {
    id: "item 1",
    reference: "CSC-2611-4F7Q",
    formId: "child-safeguarding-referral",
    receivedAt: new Date("2026-11-23T09:30:00Z"),
    status: "Being looked at",
    sentByColleague: false,
    waitingForYou: false,
    deadline: { owed: "decide", by: new Date("2026-11-24T09:30:00Z"), late: false },
    outcome: null,
    messages: [],
    question: null,
    ...overrides,
  };
}

const row = (doc: Document, key: string) =>
  [...doc.querySelectorAll(".govuk-summary-list__row")].find(
    (r) => r.querySelector("dt")?.textContent === key,
  );

describe("deadlineSentence", () => {
  const by = new Date("2026-11-24T09:30:00Z");
  it.each([
    ["acknowledge", "We will confirm we have it by Tuesday 24 November 2026 at 9:30am."],
    ["decide", "We aim to decide what happens next by Tuesday 24 November 2026 at 9:30am."],
    ["feedback", "We will tell you the outcome by Tuesday 24 November 2026 at 9:30am."],
  ] as const)("says what is owed for %s", (owed, sentence) => {
    expect(deadlineSentence({ owed, by, late: false })).toBe(sentence);
  });

  it("says plainly when the council is late", () => {
    expect(deadlineSentence({ owed: "decide", by, late: true })).toBe(
      "We meant to decide what happens next by Tuesday 24 November 2026 at 9:30am. We are late, and will tell you as soon as we have decided.",
    );
  });

  it("says nothing when nothing is owed", () => {
    expect(deadlineSentence(null)).toBeNull();
  });
});

describe("ReferralPage", () => {
  const render = (detail: ReferralView, extra: { answeredNow?: boolean; failed?: ReplyFailure } = {}) =>
    renderPage(
      <ReferralPage
        title="CSC-2611-4F7Q – Your referrals"
        words={professionals}
        referral={referralDetail(detail, professionals)}
        fileHint="It must be a PDF, Word document, JPG, PNG or text file."
        answeredNow={extra.answeredNow ?? false}
        failed={extra.failed ?? null}
      />,
      "/referrals/item%201",
    );

  it("shows the reference, the form, when it was sent, its status and the deadline in words", async () => {
    const html = render(view());
    expect(await axeViolations(html)).toEqual([]);
    const doc = loadPage(html);
    expect(doc.querySelector("h1")?.textContent).toBe("CSC-2611-4F7Q");
    expect(doc.querySelector(".govuk-caption-l")?.textContent).toBe(
      "Make a referral to children's social care",
    );
    expect(row(doc, "Sent")?.querySelector("dd")?.textContent).toBe("Monday 23 November 2026 at 9:30am");
    expect(row(doc, "Status")?.querySelector(".govuk-tag")?.textContent).toBe("Being looked at");
    expect(row(doc, "What happens next")?.querySelector("dd")?.textContent).toBe(
      "We aim to decide what happens next by Tuesday 24 November 2026 at 9:30am.",
    );
    expect(row(doc, "Outcome")).toBeUndefined();
    expect(row(doc, "Sent by")).toBeUndefined();
    expect(doc.querySelector("form")).toBeNull();
    expect(doc.querySelector(".govuk-warning-text")).toBeNull();
    expect(doc.querySelector(".govuk-back-link")?.getAttribute("href")).toBe("/referrals");
    expect(doc.body.textContent).toContain("There are no messages about this referral yet.");
  });

  it("shows the outcome, and says when the team has not written yet", () => {
    let doc = loadPage(
      render(
        view({ status: "Decision made", deadline: null, outcome: { label: "Early help", message: null } }),
      ),
    );
    expect(row(doc, "What happens next")).toBeUndefined();
    expect(row(doc, "Outcome")?.querySelector("dd")?.textContent).toBe("Early help");
    expect(row(doc, "Message from the team")?.querySelector("dd")?.textContent).toBe(
      "The team has not written to you yet",
    );
    doc = loadPage(
      render(
        view({
          status: "Decision made",
          outcome: { label: "Early help", message: "Line one\n<b>Line two</b>" },
          deadline: { owed: "feedback", by: new Date("2026-11-24T09:30:00Z"), late: false },
        }),
      ),
    );
    const message = row(doc, "Message from the team")?.querySelector("dd");
    expect(message?.textContent).toBe("Line one\n<b>Line two</b>");
    expect(message?.querySelector("b")).toBeNull();
    expect(message?.classList).toContain("app-preserve-lines");
    expect(row(doc, "What happens next")?.querySelector("dd")?.textContent).toBe(
      "We will tell you the outcome by Tuesday 24 November 2026 at 9:30am.",
    );
  });

  it("shows the conversation oldest first, keeping line breaks, and typed HTML as text", () => {
    const reply = {
      id: "m-2",
      direction: "from-referrer" as const,
      body: "Yes.\n<script>alert(1)</script>",
      at: new Date("2026-11-23T11:00:00Z"),
      from: "Dana Lead",
      files: [{ id: "a-1", name: "letter<b>.pdf", size: 12_800 }],
    };
    const html = render(view({ messages: [question, reply] }));
    expect(html).not.toContain("<script>");
    const doc = loadPage(html);
    const items = [...doc.querySelectorAll("ol > li")];
    expect(items.map((li) => li.querySelector("h3")?.textContent)).toEqual(["The team", "Dana Lead"]);
    expect(items[0]?.querySelector("time")?.getAttribute("datetime")).toBe("2026-11-23T10:00:00.000Z");
    expect(items[0]?.querySelector("time")?.textContent).toBe("Monday 23 November 2026 at 10am");
    expect(items[1]?.querySelector(".app-preserve-lines")?.textContent).toBe(
      "Yes.\n<script>alert(1)</script>",
    );
    // The files that came with an answer: names and sizes, no link.
    expect([...(items[1]?.querySelectorAll("ul li") ?? [])].map((li) => li.textContent)).toEqual([
      "letter<b>.pdf (13 KB)",
    ]);
    expect(items[1]?.querySelector("a")).toBeNull();
    expect(items[0]?.querySelector("ul")).toBeNull();
  });

  it("offers the answer form only while a question is open", async () => {
    const html = render(view({ messages: [question], question, waitingForYou: true }));
    expect(await axeViolations(html)).toEqual([]);
    const doc = loadPage(html);
    expect(doc.querySelector(".govuk-warning-text")?.textContent).toContain(
      "The team is waiting for your answer to their question.",
    );
    expect([...(row(doc, "Status")?.querySelectorAll(".govuk-tag") ?? [])].map((t) => t.textContent)).toEqual(
      ["Being looked at", "Waiting for your answer"],
    );
    expect(doc.querySelector(".govuk-inset-text .app-preserve-lines")?.textContent).toBe(question.body);
    const form = doc.querySelector("form")!;
    expect(form.getAttribute("method")).toBe("post");
    expect(form.getAttribute("action")).toBe("/referrals/item%201");
    expect(form.querySelector("label[for=answer]")?.textContent).toBe("Your answer");
    expect(form.querySelector("textarea")?.getAttribute("name")).toBe("answer");
    expect(form.querySelector("[data-maxlength]")?.getAttribute("data-maxlength")).toBe(
      String(ANSWER_MAX_LENGTH),
    );
    expect(form.getAttribute("enctype")).toBe("multipart/form-data");
    const file = form.querySelector<HTMLInputElement>("input[type=file]");
    expect(file?.id).toBe("answer-file");
    expect(file?.name).toBe("answer-file");
    expect(form.querySelector("label[for=answer-file]")?.textContent).toBe("Attach a file (optional)");
    expect(form.querySelector("#answer-file-hint")?.textContent).toBe(
      "It must be a PDF, Word document, JPG, PNG or text file.",
    );
    expect(form.querySelector("button")?.textContent).toBe("Send your answer");
  });

  it("shows a refused answer with an error summary, the field error and the typed answer", async () => {
    const html = render(view({ messages: [question], question, waitingForYou: true }), {
      failed: { error: "Enter your answer", answer: "  " },
    });
    expect(await axeViolations(html)).toEqual([]);
    const doc = loadPage(html);
    expect(doc.querySelector("main title")?.textContent).toBe("Error: CSC-2611-4F7Q – Your referrals");
    expect(doc.querySelector(".govuk-error-summary a")?.getAttribute("href")).toBe("#answer");
    expect(doc.querySelector(".govuk-error-summary a")?.textContent).toBe("Enter your answer");
    expect(doc.querySelector(".govuk-error-message")?.textContent).toBe("Error: Enter your answer");
    expect(doc.querySelector(".govuk-notification-banner")).toBeNull();
  });

  it("shows a refused file beside the file input and in the error summary, with the answer's error", async () => {
    const html = render(view({ messages: [question], question, waitingForYou: true }), {
      failed: {
        error: "Enter your answer",
        fileError: "The selected file must be a PDF, Word document, JPG, PNG or text file",
        answer: "",
      },
    });
    expect(await axeViolations(html)).toEqual([]);
    const doc = loadPage(html);
    expect(
      [...doc.querySelectorAll(".govuk-error-summary a")].map((a) => [a.getAttribute("href"), a.textContent]),
    ).toEqual([
      ["#answer", "Enter your answer"],
      ["#answer-file", "The selected file must be a PDF, Word document, JPG, PNG or text file"],
    ]);
    expect(doc.querySelector("#answer-file-error")?.textContent).toBe(
      "Error: The selected file must be a PDF, Word document, JPG, PNG or text file",
    );
    expect(doc.querySelector("#answer-file")?.getAttribute("aria-describedby")).toContain(
      "answer-file-error",
    );
  });

  it("confirms a sent answer with a success banner", () => {
    const doc = loadPage(render(view({ messages: [question] }), { answeredNow: true }));
    expect(doc.querySelector(".govuk-notification-banner--success")?.textContent).toContain(
      "Your answer has been sent to the team",
    );
    expect(doc.querySelector("form")).toBeNull();
  });

  it("says when a colleague sent it, and uses the public portal's words there", () => {
    let doc = loadPage(render(view({ sentByColleague: true })));
    expect(row(doc, "Sent by")?.querySelector("dd")?.textContent).toBe("A colleague");
    doc = loadPage(
      renderPage(
        <ReferralPage
          title="Request"
          words={publicWords}
          referral={referralDetail(view({ formId: "report-a-concern" }), publicWords)}
          fileHint="It must be a PDF, Word document, JPG, PNG or text file."
          answeredNow={false}
        />,
        "/requests/item%201",
      ),
    );
    expect(doc.querySelector(".govuk-back-link")?.getAttribute("href")).toBe("/requests");
    expect(doc.querySelector(".govuk-back-link")?.textContent).toBe("Back to your requests");
    expect(doc.querySelector(".govuk-caption-l")?.textContent).toBe("Tell us you are worried about a child");
  });
});

describe("ReferralsListPage", () => {
  it("lists references as links with what, when and the status as a tag", async () => {
    const rows = referralRows(
      [
        view({ waitingForYou: true }),
        view({
          id: "b",
          reference: "EH-2611-AAAA",
          formId: "early-help-professional",
          status: "Closed",
          sentByColleague: true,
        }),
      ],
      professionals,
    );
    const html = renderPage(
      <ReferralsListPage
        title="Referrals from Greenfield Primary School"
        heading="Referrals from Greenfield Primary School"
        words={professionals}
        rows={rows}
        organisation="Greenfield Primary School"
      />,
      "/referrals",
    );
    expect(await axeViolations(html)).toEqual([]);
    const doc = loadPage(html);
    expect(doc.querySelector("h1")?.textContent).toBe("Referrals from Greenfield Primary School");
    const cells = [...doc.querySelectorAll("tbody tr")].map((tr) => [...tr.querySelectorAll("td")]);
    expect(cells[0]?.[0]?.querySelector("a")?.getAttribute("href")).toBe("/referrals/item%201");
    expect(cells[0]?.[0]?.textContent).toBe("CSC-2611-4F7Q");
    expect(cells[0]?.[1]?.textContent).toBe("Make a referral to children's social care");
    expect(cells[0]?.[2]?.textContent).toBe("23 Nov 2026, 9:30am");
    expect([...(cells[0]?.[3]?.querySelectorAll(".govuk-tag") ?? [])].map((t) => t.textContent)).toEqual([
      "Being looked at",
      "Waiting for your answer",
    ]);
    expect(cells[1]?.[1]?.textContent).toBe("Request early help for a familySent by a colleague");
    expect(cells[1]?.[3]?.querySelector(".govuk-tag")?.className).toBe("govuk-tag govuk-tag--grey");
  });

  it("says when nothing has been sent", () => {
    const doc = loadPage(
      renderPage(
        <ReferralsListPage
          title="Your requests"
          heading="Your requests"
          words={publicWords}
          rows={[]}
          organisation={null}
        />,
      ),
    );
    expect(doc.querySelector("table")).toBeNull();
    expect(doc.querySelector("[data-testid=no-referrals]")?.textContent).toBe(
      "You have not sent any requests yet. Requests you send while signed in will appear here.",
    );
  });

  it("gives every status its own words and a colour", () => {
    expect(statusTag("Received")).toEqual({ text: "Received" });
    expect(statusTag("Decision made")).toEqual({ text: "Decision made", classes: "govuk-tag--green" });
    expect(statusTag("Sent to another team").classes).toBe("govuk-tag--purple");
  });
});

describe("answers", () => {
  it("refuses a blank answer and one over 5,000 characters, counting a line break once", () => {
    expect(answerError(" \n ")).toBe("Enter your answer");
    expect(answerError("x".repeat(ANSWER_MAX_LENGTH))).toBeNull();
    expect(answerError("x".repeat(ANSWER_MAX_LENGTH + 1))).toBe(
      "Your answer must be 5,000 characters or less",
    );
    const typed = normaliseAnswer(`${"x".repeat(ANSWER_MAX_LENGTH - 1)}\r\n`);
    expect(typed.length).toBe(ANSWER_MAX_LENGTH);
    expect(answerError(typed)).toBeNull();
    expect(normaliseAnswer(null)).toBe("");
  });
});

describe("EncompassNoticePage", () => {
  const notice: EncompassNotice = {
    reference: "POL-2611-ABCD",
    school: "Greenfield Primary School",
    children: [{ name: "Maya Example", dateOfBirth: "2016-03-04" }],
    policeReference: "CP-2026-114578",
    incident: { date: "2026-11-21", time: "22:40", place: "1 Test Street, Exampleton" },
    childPresent: true,
    whereChildWas: "On the landing.",
    childSaid: 'Maya said: "Alex was hurting Mum again."',
    due: new Date("2026-11-23T08:30:00Z"),
  };

  it("tells the school what it needs before the school day starts, and nothing else", async () => {
    const html = renderPage(
      <EncompassNoticePage title="Notice" notice={noticeDetail(notice)} />,
      "/notices/x",
    );
    expect(await axeViolations(html)).toEqual([]);
    const doc = loadPage(html);
    expect(doc.querySelector("h1")?.textContent).toBe("Operation Encompass notice");
    expect(doc.querySelector(".govuk-warning-text")?.textContent).toContain(
      "Read this before the start of the school day: Monday 23 November 2026 at 8:30am",
    );
    expect(doc.body.textContent).toContain("POL-2611-ABCD");
    expect([...doc.querySelectorAll("tbody td")].map((td) => td.textContent)).toEqual([
      "Maya Example",
      "4 March 2016",
    ]);
    expect(row(doc, "Police reference")?.querySelector("dd")?.textContent).toBe("CP-2026-114578");
    expect(row(doc, "Date")?.querySelector("dd")?.textContent).toBe("21 November 2026");
    expect(row(doc, "Time")?.querySelector("dd")?.textContent).toBe("22:40");
    expect(row(doc, "Were any children present during the incident?")?.querySelector("dd")?.textContent).toBe(
      "Yes",
    );
    expect(
      row(doc, "Where the children were, and what they saw or heard")?.querySelector("dd")?.textContent,
    ).toBe("On the landing.");
  });

  it("leaves out where the children were when they were not there", () => {
    const doc = loadPage(
      renderPage(
        <EncompassNoticePage
          title="Notice"
          notice={noticeDetail({
            ...notice,
            childPresent: false,
            whereChildWas: null,
            policeReference: null,
          })}
        />,
      ),
    );
    expect(row(doc, "Were any children present during the incident?")?.querySelector("dd")?.textContent).toBe(
      "No",
    );
    expect(row(doc, "Where the children were, and what they saw or heard")).toBeUndefined();
    expect(row(doc, "Police reference")?.querySelector("dd")?.textContent).toBe("Not given");
  });
});

describe("OutboxPage", () => {
  it("lists the emails with their template in words and links as links", async () => {
    const rows = outboxRows([
      {
        id: "o1",
        createdAt: new Date("2026-11-23T09:30:00Z"),
        recipient: "dsl@school.example.org",
        template: "operation-encompass",
        status: "sent",
        providerId: null,
        personalisation: {
          reference: "POL-2611-ABCD",
          link: "http://localhost:3002/notices/x",
          due: "Monday 23 November 2026 at 8:30am",
        },
      },
      {
        id: "o2",
        createdAt: new Date("2026-11-23T09:00:00Z"),
        recipient: "parent@example.org",
        template: "receipt",
        status: "queued",
        providerId: null,
        personalisation: { reference: "<b>R</b>", link: "javascript:alert(1)" },
      },
    ]);
    const html = renderPage(<OutboxPage title="Outbox" rows={rows} limit={100} />, "/outbox");
    expect(await axeViolations(html)).toEqual([]);
    const doc = loadPage(html);
    const cells = [...doc.querySelectorAll("tbody tr")].map((tr) => [...tr.querySelectorAll("td")]);
    expect(cells[0]?.map((td) => td.textContent).slice(0, 4)).toEqual([
      "23 Nov 2026, 9:30am",
      "dsl@school.example.org",
      "Operation Encompass notice for a school",
      "Not sent (demo mode)",
    ]);
    expect(cells[0]?.[4]?.querySelector("a")?.getAttribute("href")).toBe("http://localhost:3002/notices/x");
    expect(cells[0]?.[4]?.textContent).toContain("Due: Monday 23 November 2026 at 8:30am");
    expect(cells[1]?.[3]?.textContent).toBe("Waiting to send");
    expect(cells[1]?.[4]?.querySelector("a")).toBeNull();
    expect(cells[1]?.[4]?.querySelector("b")).toBeNull();
    expect(doc.body.textContent).toContain("NOTIFY_API_KEY");
  });
});

describe("ConfirmationPage's follow-up", () => {
  const follow = (sender: Parameters<typeof ConfirmationPage>[0]["sender"]) =>
    loadPage(
      renderPage(<ConfirmationPage reference="CSC-1" whatHappensNext={null} sender={sender} />),
    ).querySelector("[data-testid=follow-up]");

  it("tells someone who did not sign in that we cannot tell them what happens next", () => {
    expect(follow({ signedIn: false, portal: "public" })?.textContent).toBe(
      "Because you did not sign in, we cannot tell you what happens next; quote your reference if you contact us.",
    );
  });

  it("points a signed-in sender to where they can follow it", () => {
    expect(follow({ signedIn: true, portal: "public" })?.querySelector("a")?.getAttribute("href")).toBe(
      "/requests",
    );
    expect(
      follow({ signedIn: true, portal: "professionals" })?.querySelector("a")?.getAttribute("href"),
    ).toBe("/referrals");
    const lado = follow({ signedIn: true, portal: "lado" });
    expect(lado?.querySelector("a")).toBeNull();
    expect(lado?.textContent).toContain("Your referrals in the professionals portal");
  });

  it("keeps the reference in data-testid=reference", () => {
    const doc = loadPage(
      renderPage(
        <ConfirmationPage
          reference="CSC-1"
          whatHappensNext={null}
          sender={{ signedIn: false, portal: "public" }}
        />,
      ),
    );
    expect(doc.querySelector("[data-testid=reference]")?.textContent).toBe("CSC-1");
  });
});
