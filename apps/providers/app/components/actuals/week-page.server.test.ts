import {
  type Actor,
  assessVisit,
  DEFAULT_TOLERANCE,
  type DecisionOutcome,
  type PlannedVisit,
  plannedVisits,
  type ServiceOrder,
  settleVisit,
  type Visit,
} from "@portal/commissioning";
import type { OrderWeek } from "@portal/commissioning/service";
import { describe, expect, it } from "vitest";
import { weekChoice } from "../../.server/actuals-commands.ts";
import { payNote, plannedText, weekPage } from "./week-page.server.ts";

const sunrise: Actor = {
  subject: "sunrise-1",
  name: "Sam",
  roles: ["provider:user"],
  organisation: "Sunrise Care Ltd",
};
const finance: Actor = { subject: "fin-1", name: "Fin", roles: ["finance:officer"], organisation: null };

const at = (iso: string) => new Date(iso);
const MONDAY = "2026-11-23";
// Monday noon (London is on GMT in November): the 08:00 call is due, the 18:00 one is not.
const NOW = at("2026-11-23T12:00:00Z");

const order: ServiceOrder = {
  id: "so-1",
  providerId: "Sunrise Care Ltd",
  contractId: "c-1",
  serviceUserRef: "P-001",
  versions: [
    {
      version: 1,
      effectiveFrom: "2026-11-02",
      terms: {
        startDate: "2026-11-02",
        endDate: null,
        calls: [
          { weekday: 1, start: "08:00", minutes: 45, carers: 1 },
          { weekday: 1, start: "18:00", minutes: 30, carers: 1 },
          { weekday: 3, start: "08:00", minutes: 45, carers: 1 },
        ],
      },
      issuedAt: at("2026-10-20T10:00:00Z"),
      decision: { outcome: "accepted", by: "sunrise-1", at: at("2026-10-21T09:00:00Z"), reason: null },
    },
  ],
};
const planned = plannedVisits(order, MONDAY);
const planAt = (date: string, start: string) => planned.find((p) => p.date === date && p.start === start);

function visit(over: Partial<Visit> & Pick<Visit, "date" | "claimedStart">): Visit {
  const plan = planAt(over.date, over.claimedStart);
  return {
    id: `v-${over.date}-${over.claimedStart}`,
    providerId: order.providerId,
    orderId: order.id,
    serviceUserRef: order.serviceUserRef,
    claimedMinutes: 45,
    actualStart: at(`${over.date}T${over.claimedStart}:00Z`),
    actualMinutes: 45,
    carers: 1,
    status: "completed",
    reason: null,
    plannedVisitId: plan?.id ?? null,
    source: { kind: "calendar" },
    recordedAt: at("2026-11-23T11:00:00Z"),
    recordedBy: "sunrise-1",
    ...over,
  };
}

/** The visit with its settlement, as `viewWeek` returns it; a finance decision when `decided`. */
function settled(v: Visit, decided?: { outcome: DecisionOutcome; reason: string }) {
  const plan: PlannedVisit | null = planned.find((p) => p.id === v.plannedVisitId) ?? null;
  const assessment = assessVisit(v, plan, DEFAULT_TOLERANCE);
  const decision = decided
    ? { visitId: v.id, ...decided, by: "fin-1", at: NOW, visitRecordedAt: v.recordedAt }
    : null;
  return { ...v, settlement: settleVisit(v, assessment, decision) };
}

describe("the pay explanation beside the tag", () => {
  const noteOf = (v: Visit, decided?: { outcome: DecisionOutcome; reason: string }) =>
    payNote(settled(v, decided).settlement);
  const mon = (over: Partial<Visit> = {}) => visit({ date: MONDAY, claimedStart: "08:00", ...over });

  it("says nothing when it only repeats the tag", () => {
    expect(settled(mon()).settlement.explanation).toBe("Paid as delivered");
    expect(noteOf(mon())).toBeNull();
  });

  it("keeps what it adds to the tag", () => {
    expect(noteOf(mon({ actualMinutes: 65, claimedMinutes: 65 }))).toBe("20 minutes over the 45 planned");
    expect(noteOf(mon({ claimedMinutes: 45, actualMinutes: 40 }))).toBe("40 of the 45 minutes claimed");
    expect(noteOf(visit({ date: MONDAY, claimedStart: "10:00" }))).toBe("A visit that was not planned");
    expect(noteOf(mon({ carers: 2 }))).toBe("2 carers where the plan has 1");
  });

  it("shows a finance decision's reason", () => {
    const over = mon({ actualMinutes: 65, claimedMinutes: 65 });
    expect(noteOf(over, { outcome: "approve", reason: "Hoist took longer" })).toBe("Hoist took longer");
    expect(noteOf(over, { outcome: "reject", reason: "No record of it" })).toBe("No record of it");
    expect(noteOf(over, { outcome: "cap", reason: "Not agreed" })).toBe(
      "Paid at the planned 45 minutes and 1 carer: Not agreed",
    );
  });

  it("leaves a visit not delivered to its own cells: what happened and the reason", () => {
    expect(noteOf(mon({ status: "missed", actualMinutes: 0, reason: "Carer ill" }))).toBeNull();
  });

  it("shows words it does not expect whole", () => {
    expect(payNote({ basis: "delivered", explanation: "Paid in full" })).toBe("Paid in full");
  });
});

describe("one order's week", () => {
  const visits = [
    settled(visit({ date: MONDAY, claimedStart: "08:00", actualMinutes: 65, claimedMinutes: 65 })),
    settled(
      visit({
        date: MONDAY,
        claimedStart: "10:15",
        actualStart: at("2026-11-23T10:20:00Z"),
        actualMinutes: 30,
        claimedMinutes: 35,
        source: { kind: "file", fileReference: "CM-7", row: 4 },
      }),
    ),
  ];
  const week: OrderWeek = { order, monday: MONDAY, planned, visits, locked: false };
  const page = weekPage(week, weekChoice(MONDAY, NOW), sunrise, NOW, null);
  const monday = page.days[0];

  it("lists each day's planned and recorded visits in time order, a row each", () => {
    expect(page.days.map((day) => [day.anchor, day.slots.length])).toEqual([
      ["day-2026-11-23", 3],
      ["day-2026-11-24", 0],
      ["day-2026-11-25", 1],
      ["day-2026-11-26", 0],
      ["day-2026-11-27", 0],
      ["day-2026-11-28", 0],
      ["day-2026-11-29", 0],
    ]);
    expect(monday?.slots.map((slot) => [slot.intent, slot.plannedText, slot.due])).toEqual([
      ["record-2026-11-23-0800", "08:00, 45 minutes, 1 carer", true],
      ["record-2026-11-23-1015", "Not planned", true],
      ["record-2026-11-23-1800", "18:00, 30 minutes, 1 carer", false],
    ]);
  });

  it("gives a recorded visit's cells as words", () => {
    expect(monday?.slots[0]?.recorded).toEqual({
      status: { text: "Completed", classes: "govuk-tag--blue" },
      reason: null,
      started: "08:00",
      lasted: "65 minutes",
      carers: "1",
      pay: { text: "Waiting for finance", classes: "govuk-tag--yellow" },
      payNote: "20 minutes over the 45 planned",
      source: "This calendar",
    });
    expect(monday?.slots[1]?.recorded).toMatchObject({
      started: "10:20",
      lasted: "30 minutes (35 claimed)",
      payNote: "A visit that was not planned",
      source: "File CM-7, row 4",
    });
    expect(monday?.slots[2]?.recorded).toBeNull();
  });

  it("fills a form with what was recorded, or with the plan", () => {
    expect(monday?.slots[0]?.values).toEqual({
      start: "08:00",
      minutes: "65",
      carers: "1",
      status: "completed",
      reason: "",
    });
    expect(monday?.slots[2]?.values).toEqual({
      start: "18:00",
      minutes: "30",
      carers: "1",
      status: "",
      reason: "",
    });
  });

  it("offers only days already begun for a visit that was not planned", () => {
    expect(page.newVisit.days).toEqual([{ value: MONDAY, text: "Monday 23 November 2026" }]);
    expect(page.canRecord).toBe(true);
    expect(page.provider).toBeNull();
  });

  it("lets finance look but not record, and names the provider", () => {
    const theirs = weekPage(week, weekChoice(MONDAY, NOW), finance, NOW, null);
    expect(theirs.canRecord).toBe(false);
    expect(theirs.provider).toBe("Sunrise Care Ltd");
  });

  it("words a plan in full", () => {
    expect(plannedText({ start: "08:00", minutes: 1, carers: 2 })).toBe("08:00, 1 minute, 2 carers");
  });
});
