import { catalogue, examples } from "@portal/forms";
import { type Actor, type ItemView, newItem, type TriageItem } from "@portal/intake";
import { describe, expect, it } from "vitest";
import { itemPage } from "./page.server.ts";

const practitioner: Actor = {
  subject: "sub-mash.sw",
  name: "Chris Walker",
  roles: ["mash:practitioner"],
  organisation: "Council children's services",
  organisationType: "council",
};
const manager: Actor = {
  ...practitioner,
  subject: "sub-mash.manager",
  name: "Morgan Hughes",
  roles: ["mash:manager"],
};

const NOW = new Date("2026-11-23T10:00:00Z");
const form = catalogue["child-safeguarding-referral"]!;

function item(overrides: Partial<TriageItem> = {}): TriageItem {
  return {
    ...newItem({
      id: "item-1",
      reference: "CSC-2611-AAAA",
      service: "children",
      formId: form.id,
      receivedAt: new Date("2026-11-23T09:30:00Z"),
      referrerSubject: "sub-dsl",
      referrerOrganisation: "Greenfield Primary School",
      referrerOrganisationType: "school",
      referrerAnonymous: false,
      consent: "not-sought",
    }),
    stage: "screening",
    assignee: { subject: practitioner.subject, name: practitioner.name },
    rag: "amber",
    ragReason: "Bruise on her cheek",
    screenedAt: new Date("2026-11-23T09:45:00Z"),
    ...overrides,
  };
}

function view(overrides: Partial<ItemView> = {}, itemOverrides: Partial<TriageItem> = {}): ItemView {
  return {
    messages: [],
    item: item(itemOverrides),
    content: {
      formId: form.id,
      formVersion: form.version,
      portal: "professionals",
      answers: examples["child-safeguarding-referral"][0] as never,
      subjects: [],
      referrer: { name: "Dee Lee", organisation: "Greenfield Primary School", anonymous: false },
    },
    deadlines: { acknowledgeBy: new Date("2026-11-24T09:30:00Z"), decideBy: null, feedbackBy: null },
    status: "on-time",
    history: [],
    known: [],
    actions: ["acknowledge", "assign", "screen", "request-check", "link", "mark-duplicate"],
    mayChangeRag: false,
    ...overrides,
  };
}

describe("itemPage", () => {
  it("says the summary in words, with times in Europe/London", () => {
    const page = itemPage(view(), practitioner, NOW, null);
    expect(page.summary.find((row) => row.key === "Received")?.lines).toEqual([
      "Monday 23 November 2026 at 9:30am",
    ]);
    expect(page.summary.find((row) => row.key === "RAG rating")?.lines).toEqual([
      "Amber",
      "Bruise on her cheek",
    ]);
    expect(page.summary.find((row) => row.key === "Assigned to")?.lines).toEqual(["Chris Walker (you)"]);
    expect(page.summary.find((row) => row.key === "Still to do")?.lines).toEqual([
      "Tell the referrer it arrived by Tuesday 24 November 2026 at 9:30am",
    ]);
    expect(page.stage.text).toBe("Being screened");
  });

  it("reads the answers with the definition of the version they were given on", () => {
    const page = itemPage(view(), practitioner, NOW, null);
    expect(page.answers.notice).toBeNull();
    expect(page.answers.sections.map((section) => section.title)).toContain("Your concern");
  });

  it("says so plainly, and shows the answers as stored, when the form has moved on", () => {
    const older = view();
    older.content = {
      ...older.content,
      formVersion: form.version + 1,
      answers: { "what-happened": "Hit <b>her</b>" },
    };
    const page = itemPage(older, practitioner, NOW, null);
    expect(page.answers.notice).toMatch(`version ${form.version + 1} of the ${form.title} form`);
    expect(page.answers.sections).toEqual([
      {
        id: "stored-answers",
        title: "Answers as stored",
        rows: [{ key: "What happened", lines: ["Hit <b>her</b>"] }],
      },
    ]);
  });

  it("offers only the current rating to someone who may not change it", () => {
    expect(itemPage(view(), practitioner, NOW, null).actions.screen?.ratings.map((r) => r.value)).toEqual([
      "amber",
    ]);
    expect(
      itemPage(view({ mayChangeRag: true }), manager, NOW, null).actions.screen?.ratings.map((r) => r.value),
    ).toEqual(["red", "amber", "green", "blue"]);
  });

  it("links an earlier contact only when it is in one of the viewer's services", () => {
    const match = (itemId: string, service: string) => ({
      person: {
        itemId,
        reference: `REF-${itemId}`,
        service,
        receivedAt: new Date("2026-06-01T10:00:00Z"),
        name: "Maya Example",
        dateOfBirth: null,
        postcode: null,
      },
      score: 85,
      strength: "strong" as const,
      reasons: ["same-name" as const, "same-date-of-birth" as const],
    });
    const page = itemPage(
      view({
        known: [
          {
            name: "Maya Example",
            contactsInLast12Months: 1,
            matches: [match("item-0", "children"), match("adult-1", "adults")],
          },
        ],
      }),
      practitioner,
      NOW,
      null,
    );
    const [own, other] = page.people[0]!.matches;
    expect(own).toMatchObject({
      href: "/items/item-0",
      reasons: "Same name, same date of birth",
      canLink: true,
    });
    expect(other).toMatchObject({ href: null, service: "Adults front door", strength: "Strong match" });
  });

  it("asks for the family's agreement to step down only when the referral did not record it", () => {
    const asked = itemPage(view({ actions: ["step-down"] }), manager, NOW, null);
    const given = itemPage(view({ actions: ["step-down"] }, { consent: "given" }), manager, NOW, null);
    expect(asked.actions.stepDown).toEqual({ askConsent: true });
    expect(given.actions.stepDown).toEqual({ askConsent: false });
  });

  it("offers the s42 conditions only to the adults front door", () => {
    const children = itemPage(view({ actions: ["decide"] }), manager, NOW, null);
    const adults = itemPage(view({ actions: ["decide"] }, { service: "adults" }), manager, NOW, null);
    expect(children.actions.decide?.s42).toBe(false);
    expect(children.actions.decide?.outcomes.map((o) => o.value)).not.toContain("early-help");
    expect(adults.actions.decide?.s42).toBe(true);
  });

  it("has nobody to tell about an anonymous report", () => {
    const page = itemPage(view({}, { referrerAnonymous: true }), practitioner, NOW, null);
    expect(page.actions.acknowledge).toBeUndefined();
    expect(page.summary.find((row) => row.key === "Referrer")?.lines).toEqual(["Anonymous"]);
  });

  it("tells the history in words, oldest first", () => {
    const page = itemPage(
      view({
        history: [
          {
            at: new Date("2026-11-23T09:45:00Z"),
            action: "screened",
            actorName: "Chris Walker",
            actorOrganisation: "Council children's services",
            details: { rag: "amber", previousRag: null, reason: "Bruise" },
          },
          {
            at: new Date("2026-11-23T09:30:00Z"),
            action: "submitted",
            actorName: null,
            actorOrganisation: "Greenfield Primary School",
            details: null,
          },
          {
            at: new Date("2026-11-23T11:00:00Z"),
            action: "stepped-down",
            actorName: "Morgan Hughes",
            actorOrganisation: null,
            details: { itemId: "eh-1", reference: "EH-2611-BBBB" },
          },
        ],
      }),
      practitioner,
      NOW,
      null,
    );
    expect(page.history.map(({ what, detail, who, link }) => ({ what, detail, who, link }))).toEqual([
      { what: "Referral received", detail: null, who: "Dee Lee, Greenfield Primary School", link: null },
      { what: "Rated Amber", detail: "Bruise", who: "Chris Walker, Council children's services", link: null },
      // A children's practitioner cannot open early help items, so the new reference is not a link.
      {
        what: "Stepped down to early help as",
        detail: null,
        who: "Morgan Hughes",
        link: { text: "EH-2611-BBBB", href: null },
      },
    ]);
  });

  it("links each file that came with an answer to its download, by item and file", () => {
    const at = new Date("2026-11-23T10:00:00Z");
    const message = {
      itemId: "item-1",
      replyTo: null,
      authorSubject: "sub-dsl",
      authorName: "Dee Lee",
      createdAt: at,
    };
    const page = itemPage(
      view({
        messages: [
          { ...message, id: "m-1", direction: "to-referrer", body: "Any letter?", files: [] },
          {
            ...message,
            id: "m-2",
            direction: "from-referrer",
            body: "Attached.",
            files: [{ id: "a 1", name: "letter.pdf", size: 2048 }],
          },
        ],
      }),
      practitioner,
      NOW,
      null,
    );
    expect(page.messages.map((m) => m.files)).toEqual([
      [],
      [{ id: "a 1", name: "letter.pdf", size: "2 KB", href: "/items/item-1/attachments/a%201" }],
    ]);
  });

  describe("links with the LADO", () => {
    const link = (kind: "raised-from-lado" | "sent-to-lado", reference: string, note: string) => ({
      kind,
      itemId: "lado-1",
      reference,
      linkedAt: NOW,
      linkedBy: { subject: "sub-lado", name: "Dana Clarke" },
      note,
    });

    it("names the LADO case's reference in words, with the reason, never as a link", () => {
      const raised = link("raised-from-lado", "LADO-2611-AAAA", "A child lives with the adult");
      const page = itemPage(
        view(
          {
            history: [
              {
                at: NOW,
                action: "created-from",
                actorName: "Dana Clarke",
                actorOrganisation: "Council LADO team",
                details: { itemId: "lado-1", reference: "LADO-2611-AAAA", kind: "raised-from-lado" },
              },
              {
                at: NOW,
                action: "sent-to-lado",
                actorName: "Morgan Hughes",
                actorOrganisation: null,
                details: { itemId: "lado-2", reference: "LADO-2611-BBBB", reason: "A teacher hit a pupil" },
              },
            ],
          },
          { links: [raised] },
        ),
        practitioner,
        NOW,
        null,
      );
      expect(page.summary.find((row) => row.key === "Linked items")?.lines).toEqual([
        "Raised by the LADO from the case LADO-2611-AAAA: A child lives with the adult",
      ]);
      expect(page.history.map(({ what, link, detail }) => ({ what, link, detail }))).toEqual([
        {
          what: "Raised by the LADO from the case",
          link: { text: "LADO-2611-AAAA", href: null },
          detail: null,
        },
        {
          what: "Allegation sent to the LADO as",
          link: { text: "LADO-2611-BBBB", href: null },
          detail: "A teacher hit a pupil",
        },
      ]);
      expect(JSON.stringify(page)).not.toContain("lado-1");
    });

    it("offers to send the allegation once, and not for an item the LADO raised", () => {
      const offered = (links: TriageItem["links"]) =>
        itemPage(view({ actions: ["refer-to-lado"] }, { links }), manager, NOW, null).actions.referToLado;
      expect(offered([])).toBe(true);
      expect(offered([link("sent-to-lado", "LADO-2611-BBBB", "Sent")])).toBeUndefined();
      expect(offered([link("raised-from-lado", "LADO-2611-AAAA", "Raised")])).toBeUndefined();
      expect(itemPage(view(), practitioner, NOW, null).actions.referToLado).toBeUndefined();
    });

    it("says where the allegation went", () => {
      const sent = view({}, { links: [link("sent-to-lado", "LADO-2611-BBBB", "Sent")] });
      expect(itemPage(sent, manager, NOW, "refer-to-lado").done).toBe(
        "Allegation sent to the LADO as LADO-2611-BBBB",
      );
    });
  });

  it("turns ?done=<intent> into the success sentence, and ignores anything else", () => {
    expect(itemPage(view(), practitioner, NOW, "screen").done).toBe("RAG rating recorded");
    expect(itemPage(view(), practitioner, NOW, "<script>").done).toBeNull();
  });
});
