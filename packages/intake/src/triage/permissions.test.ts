import { demoPersonas } from "@portal/identity";
import { describe, expect, it } from "vitest";
import { canAnswerCheck, canRun, canView, partnerAgency, queueServices } from "./permissions.ts";
import { actor, exampleCommand, itemIn, openCheck } from "./test-support.ts";
import { type Command, TRIAGE_SERVICES, type TriageService } from "./types.ts";

const SW = "mash.sw@council.example.org";
const MANAGER = "mash.manager@council.example.org";
const EARLY_HELP = "earlyhelp@council.example.org";
const ADULTS = "adults@council.example.org";

/** Who may do each kind of thing to an item of each service; everyone else is refused. */
const MAY: Record<TriageService, { view: string[]; routine: string[]; managerOnly: string[] }> = {
  children: { view: [SW, MANAGER], routine: [SW, MANAGER], managerOnly: [MANAGER] },
  "early-help": { view: [EARLY_HELP], routine: [EARLY_HELP], managerOnly: [EARLY_HELP] },
  adults: { view: [ADULTS], routine: [ADULTS], managerOnly: [ADULTS] },
};

const routine = [
  "acknowledge",
  "request-check",
  "withdraw-check",
  "link",
  "mark-duplicate",
  "record-feedback",
  "close",
] as const;

const someoneElse = { subject: "sub-other", name: "Another Worker" };

/**
 * Commands a children's manager keeps: deciding, stepping down, re-routing (to another team or to the
 * LADO), re-rating, allocating.
 */
const managerOnly = (service: TriageService): Command[] => [
  exampleCommand("decide", service, actor(MANAGER)),
  exampleCommand("step-down", service, actor(MANAGER)),
  exampleCommand("reroute", service, actor(MANAGER)),
  exampleCommand("refer-to-lado", service, actor(MANAGER)),
  { type: "screen", rag: "red", reason: "Escalating" },
  { type: "assign", assignee: someoneElse },
];

const emails = demoPersonas.map((p) => p.email);

describe.each(TRIAGE_SERVICES)("on a %s item", (service) => {
  const item = { ...itemIn(service, "screening"), checks: [openCheck()] };

  it.each(emails)("%s may view it only if listed", (email) => {
    expect(canView(actor(email), item)).toBe(MAY[service].view.includes(email));
  });

  it.each(emails)("%s may do routine work only if listed", (email) => {
    for (const type of routine) {
      expect(canRun(actor(email), item, exampleCommand(type, service, actor(email))), type).toBe(
        MAY[service].routine.includes(email),
      );
    }
    const takeIt = exampleCommand("assign", service, actor(email));
    expect(canRun(actor(email), item, takeIt), "assign to self").toBe(MAY[service].routine.includes(email));
  });

  it.each(emails)(
    "%s may decide, step down, re-route, send to the LADO, re-rate and allocate only if listed",
    (email) => {
      for (const command of managerOnly(service)) {
        expect(canRun(actor(email), item, command), command.type).toBe(
          MAY[service].managerOnly.includes(email),
        );
      }
    },
  );

  it.each(emails)("%s may answer the police check only from the police desk", (email) => {
    const answer = exampleCommand("respond-to-check", service, actor(email));
    expect(canRun(actor(email), item, answer)).toBe(email === "mash.police@police.example.org");
  });
});

describe("partner desks", () => {
  it("belong to the agency of the desk's organisation", () => {
    expect(partnerAgency(actor("mash.police@police.example.org"))).toBe("police");
    expect(partnerAgency(actor("mash.health@health.example.org"))).toBe("health");
    // A police officer making referrals is not a MASH desk.
    expect(partnerAgency(actor("officer@police.example.org"))).toBeNull();
  });

  it("answer only their own agency's checks", () => {
    const health = actor("mash.health@health.example.org");
    expect(canAnswerCheck(health, { agency: "health" })).toBe(true);
    expect(canAnswerCheck(health, { agency: "police" })).toBe(false);
  });

  it("need a recognised agency type", () => {
    const odd = { ...actor("mash.police@police.example.org"), organisationType: "charity" };
    expect(partnerAgency(odd)).toBeNull();
  });
});

describe("queues", () => {
  it.each([
    [SW, ["children"]],
    [MANAGER, ["children"]],
    [EARLY_HELP, ["early-help"]],
    [ADULTS, ["adults"]],
    ["mash.police@police.example.org", []],
    ["records@council.example.org", []],
    ["lado@council.example.org", []],
    ["parent@example.org", []],
  ])("%s sees %j", (email, services) => {
    expect(queueServices(actor(email))).toEqual(services);
  });

  it("a practitioner can give back only their own item", () => {
    const sw = actor(SW);
    const mine = { ...itemIn("children", "screening"), assignee: { subject: sw.subject, name: sw.name } };
    const theirs = { ...mine, assignee: someoneElse };
    expect(canRun(sw, mine, { type: "assign", assignee: null })).toBe(true);
    expect(canRun(sw, theirs, { type: "assign", assignee: null })).toBe(false);
  });
});
