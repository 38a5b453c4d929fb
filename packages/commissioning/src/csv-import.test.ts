import { describe, expect, it } from "vitest";
import type { Visit } from "./actuals.ts";
import { ACTUALS_COLUMNS, type ImportContext, planActualsImport, type RowPlan } from "./csv-import.ts";
import {
  acceptedSunriseOrder,
  at,
  financeOfficer,
  newSunriseOrder,
  oakwoodManager,
  SUNRISE_CONTRACT,
  SUNRISE_PROVIDER,
  sunriseManager,
  sunriseVisit,
} from "./test-support.ts";

type Row = Partial<Record<(typeof ACTUALS_COLUMNS)[number] | "VisitStatus" | "StatusReason", string>>;

/** Monday 16 November 2026: SU1001's planned 08:00 call, claimed as planned, logged 08:04:10 for 31:40. */
const GOOD: Required<Pick<Row, (typeof ACTUALS_COLUMNS)[number]>> = {
  FileReference: "SUN-0001",
  ProviderRef: "SUN01",
  ContractNumber: "HC-2026-001",
  ServiceUserRef: "SU1001",
  WeekEnding: "22/11/2026",
  ServiceType: "HOME CARE",
  VisitDate: "16/11/2026",
  StartTimeClaimed: "08:00:00",
  DurationClaimed: "00:30:00",
  ActualStartTime: "08:04:10",
  ActualDuration: "00:31:40",
  SecondaryVisit: "False",
  NumberOfCarers: "1",
};

function csv(rows: Row[], columns: readonly string[] = ACTUALS_COLUMNS): string {
  const lines = rows.map((row) =>
    columns
      .map((c) => (row as Record<string, string>)[c] ?? (GOOD as Record<string, string>)[c] ?? "")
      .join(","),
  );
  return `${[columns.join(","), ...lines].join("\r\n")}\r\n`;
}

const ctx: ImportContext = {
  actor: sunriseManager,
  provider: SUNRISE_PROVIDER,
  contracts: [SUNRISE_CONTRACT],
  orders: [
    acceptedSunriseOrder(),
    acceptedSunriseOrder({ id: "order-2", serviceUserRef: "SU1002" }),
    newSunriseOrder({ id: "order-3", serviceUserRef: "SU1003" }),
  ],
  seenFileReferences: new Set(["SUN-0000"]),
  existingVisits: [],
  lockedWeeks: new Set(),
  now: at("2026-11-24T09:00:00Z"),
};

function plan(text: string, context: ImportContext = ctx) {
  const result = planActualsImport(text, context);
  if (!result.ok) throw new Error(result.message);
  return result;
}

const kinds = (rows: RowPlan[]) => rows.map((r) => `${r.row} ${r.kind}`);
const reasonsOf = (rows: RowPlan[], row: number) => {
  const found = rows.find((r) => r.row === row);
  return found?.kind === "rejected" ? found.reasons.join(" | ") : `row ${row} was ${found?.kind}`;
};

describe("a valid file", () => {
  it("plans a new visit per row, matched to the plan, with the actuals in whole minutes", () => {
    const result = plan(
      csv([
        {},
        { VisitDate: "18/11/2026", ActualStartTime: "07:58", ActualDuration: "29" },
        { ServiceUserRef: "SU1002", ActualStartTime: "08:40:00", ActualDuration: "00:20:29" },
      ]),
    );
    expect(result.fileReference).toBe("SUN-0001");
    expect(result.summary).toEqual({
      read: 3,
      new: 3,
      updated: 0,
      unchanged: 0,
      additionalCarers: 0,
      rejected: 0,
    });
    expect(result.rows[0]).toEqual({
      row: 2,
      kind: "new",
      visit: {
        providerId: "Sunrise Care Ltd",
        orderId: "order-1",
        serviceUserRef: "SU1001",
        date: "2026-11-16",
        claimedStart: "08:00",
        claimedMinutes: 30,
        // Seconds are dropped from a clock time; 31:40 is 32 minutes to the nearest minute.
        actualStart: at("2026-11-16T08:04:00Z"),
        actualMinutes: 32,
        carers: 1,
        status: "completed",
        reason: null,
        plannedVisitId: "order-1:2026-11-16:08:00",
        source: { kind: "file", fileReference: "SUN-0001", row: 2 },
      },
    });
    expect(result.rows[1]).toMatchObject({
      visit: { actualStart: at("2026-11-18T07:58:00Z"), actualMinutes: 29 },
    });
    // 20:29 is 20 minutes: 29 seconds round down.
    expect(result.rows[2]).toMatchObject({ visit: { orderId: "order-2", actualMinutes: 20 } });
  });

  it("accepts ISO dates, the columns in any order and case, extra columns, blank lines and a byte order mark", () => {
    const columns = [...ACTUALS_COLUMNS].reverse().map((c) => c.toLowerCase());
    const extra = ["Description", ...columns, "PaymentClaimed"];
    const rows = [{ ...GOOD, VisitDate: "2026-11-16", WeekEnding: "2026-11-22" }];
    const body = rows.map((r) =>
      ["Week 47", ...ACTUALS_COLUMNS.toReversed().map((c) => r[c]), "12.00"].join(","),
    );
    const text = `\uFEFF${extra.join(",")}\n\n${body.join("\n")}\n\n`;
    const result = plan(text);
    expect(kinds(result.rows)).toEqual(["3 new"]);
  });

  it("records a visit the plan does not have as unplanned, for finance to decide", () => {
    const result = plan(csv([{ StartTimeClaimed: "14:00", ActualStartTime: "14:02" }]));
    expect(result.rows[0]).toMatchObject({
      kind: "new",
      visit: { plannedVisitId: null, claimedStart: "14:00" },
    });
  });

  it("records a visit that was not completed, with its status and reason", () => {
    const columns = [...ACTUALS_COLUMNS, "VisitStatus", "StatusReason"];
    const result = plan(
      csv(
        [
          {
            VisitStatus: "Missed",
            StatusReason: "No answer at the door",
            ActualStartTime: "",
            ActualDuration: "",
          },
        ],
        columns,
      ),
    );
    expect(result.rows[0]).toMatchObject({
      kind: "new",
      visit: {
        status: "missed",
        reason: "No answer at the door",
        actualMinutes: 0,
        actualStart: at("2026-11-16T08:00:00Z"),
      },
    });
  });
});

describe("rows that are rejected while good rows are planned", () => {
  const withStatus = [...ACTUALS_COLUMNS, "VisitStatus", "StatusReason"];
  it.each([
    [
      "a date that does not exist",
      { VisitDate: "31/02/2026" },
      /VisitDate "31\/02\/2026" is not a date: write it as DD\/MM\/YYYY/,
    ],
    ["a date in words", { WeekEnding: "22 Nov 2026" }, /WeekEnding "22 Nov 2026" is not a date/],
    [
      "an unknown service user",
      { ServiceUserRef: "SU9999" },
      /ServiceUserRef "SU9999" has no service order with you on contract HC-2026-001/,
    ],
    [
      "another provider's reference",
      { ProviderRef: "OAK01" },
      /ProviderRef "OAK01" is not yours: your provider reference is SUN01/,
    ],
    [
      "a contract that is not theirs",
      { ContractNumber: "HC-2026-999" },
      /ContractNumber "HC-2026-999" is not one of your contracts/,
    ],
    [
      "another service type",
      { ServiceType: "DAY CARE" },
      /ServiceType "DAY CARE" does not match contract HC-2026-001, which is HOME CARE/,
    ],
    ["a negative duration", { ActualDuration: "-00:30:00" }, /ActualDuration "-00:30:00" cannot be negative/],
    ["a negative number of minutes", { DurationClaimed: "-30" }, /DurationClaimed "-30" cannot be negative/],
    [
      "a completed visit of no minutes",
      { ActualDuration: "00:00:00" },
      /A completed visit must last at least 1 minute/,
    ],
    ["a claim of no minutes", { DurationClaimed: "0" }, /A completed visit must claim at least 1 minute/],
    [
      "a duration that is not a duration",
      { ActualDuration: "half an hour" },
      /ActualDuration "half an hour" is not a duration: write it as HH:MM:SS or whole minutes/,
    ],
    [
      "a time that is not a time",
      { StartTimeClaimed: "25:00" },
      /StartTimeClaimed "25:00" is not a time: write it as HH:MM or HH:MM:SS/,
    ],
    [
      "a week ending that is not a Sunday",
      { WeekEnding: "21/11/2026" },
      /WeekEnding 21 November 2026 is not a Sunday/,
    ],
    [
      "a visit outside its week",
      { VisitDate: "23/11/2026" },
      /VisitDate 23 November 2026 is not in the week ending 22 November 2026/,
    ],
    [
      "an order not yet accepted",
      { ServiceUserRef: "SU1003" },
      /The service order for SU1003 does not cover 16 November 2026, or you have not accepted it/,
    ],
    [
      "a visit that has not happened yet",
      { VisitDate: "24/11/2026", WeekEnding: "29/11/2026", ActualStartTime: "10:00" },
      /has not started yet/,
    ],
    [
      "a carer count of none",
      { NumberOfCarers: "0" },
      /NumberOfCarers "0" must be a whole number, 1 or more/,
    ],
    [
      "a secondary flag that is not yes or no",
      { SecondaryVisit: "maybe" },
      /SecondaryVisit "maybe" must be True or False/,
    ],
    ["a missing service user", { ServiceUserRef: "" }, /Enter the ServiceUserRef/],
  ])("%s", (_name, bad, reason) => {
    const result = plan(csv([{ VisitDate: "18/11/2026" }, bad]));
    expect(kinds(result.rows)).toEqual(["2 new", "3 rejected"]);
    expect(reasonsOf(result.rows, 3)).toMatch(reason);
    expect(result.summary).toMatchObject({ read: 2, new: 1, rejected: 1 });
  });

  it.each([
    [
      "an unknown status",
      { VisitStatus: "cancelled", StatusReason: "x" },
      /VisitStatus "cancelled" must be one of completed, aborted, missed, refused, hospital/,
    ],
    [
      "a missed visit without a reason",
      { VisitStatus: "missed", StatusReason: "" },
      /Enter why the visit was missed/,
    ],
  ])("%s", (_name, bad, reason) => {
    const result = plan(csv([{ VisitDate: "18/11/2026" }, bad], withStatus));
    expect(reasonsOf(result.rows, 3)).toMatch(reason);
  });

  it("ignores another provider's contract and orders even when they are passed in", () => {
    const oakwoodContract = {
      ...SUNRISE_CONTRACT,
      id: "contract-9",
      providerId: "Oakwood Homecare",
      number: "OAK-HC-9",
    };
    const oakwoodOrder = acceptedSunriseOrder({
      id: "order-9",
      providerId: "Oakwood Homecare",
      contractId: "contract-9",
    });
    const result = plan(csv([{ ContractNumber: "OAK-HC-9" }]), {
      ...ctx,
      contracts: [...ctx.contracts, oakwoodContract],
      orders: [...ctx.orders, oakwoodOrder],
    });
    expect(reasonsOf(result.rows, 2)).toMatch(/ContractNumber "OAK-HC-9" is not one of your contracts/);
  });

  it("gives every problem with a row at once", () => {
    const result = plan(csv([{ VisitDate: "31/02/2026", ActualDuration: "-5", ProviderRef: "OAK01" }]));
    const reasons = result.rows[0]?.kind === "rejected" ? result.rows[0].reasons : [];
    expect(reasons).toHaveLength(3);
  });
});

describe("overlaps and repeats", () => {
  it("rejects a row that overlaps an earlier row for the same person", () => {
    const result = plan(csv([{}, { StartTimeClaimed: "08:20", ActualStartTime: "08:20" }]));
    expect(kinds(result.rows)).toEqual(["2 new", "3 rejected"]);
    expect(reasonsOf(result.rows, 3)).toMatch(
      /This visit \(08:20–08:52\) overlaps the visit on row 2 \(08:04–08:36\)/,
    );
  });

  it("allows the same times for two different people", () => {
    const result = plan(csv([{}, { ServiceUserRef: "SU1002" }]));
    expect(kinds(result.rows)).toEqual(["2 new", "3 new"]);
  });

  it("rejects a row that overlaps a visit already recorded for the person", () => {
    const existing = sunriseVisit({
      id: "visit-9",
      claimedStart: "08:30",
      plannedVisitId: null,
      actualStart: at("2026-11-16T08:30:00Z"),
    });
    const result = plan(csv([{}]), { ...ctx, existingVisits: [existing] });
    expect(reasonsOf(result.rows, 2)).toMatch(
      /overlaps a visit already recorded from Monday 16 November 2026 at 8:30am/,
    );
  });

  it("rejects a row that repeats an earlier row's visit", () => {
    const result = plan(csv([{}, { ActualDuration: "00:35:00" }]));
    expect(reasonsOf(result.rows, 3)).toMatch(
      /repeats the visit on row 2 \(SU1001, 16 November 2026, 08:00\)/,
    );
  });
});

describe("uploading again", () => {
  const first = plan(csv([{}]));
  const firstRow = first.rows[0];
  if (firstRow?.kind !== "new") throw new Error("the first upload should plan a new visit");
  const stored: Visit = {
    ...firstRow.visit,
    id: "visit-1",
    recordedAt: at("2026-11-23T10:00:00Z"),
    recordedBy: "user-sunrise",
  };
  const again = { ...ctx, existingVisits: [stored], seenFileReferences: new Set(["SUN-0000", "SUN-0001"]) };

  it("refuses a file whose FileReference was seen before, whatever its case", () => {
    for (const reference of ["SUN-0001", "sun-0001 "]) {
      expect(planActualsImport(csv([{ FileReference: reference }]), again)).toEqual({
        ok: false,
        code: "duplicate-file",
        message: `File reference "${reference.trim()}" has already been uploaded. If this is a corrected file, give it a new FileReference`,
      });
    }
  });

  it("updates the visit it uploaded before instead of adding a second one", () => {
    const result = plan(csv([{ FileReference: "SUN-0002", ActualDuration: "00:40:00" }]), again);
    expect(result.rows).toEqual([
      {
        row: 2,
        kind: "updated",
        visitId: "visit-1",
        visit: {
          ...firstRow.visit,
          actualMinutes: 40,
          source: { kind: "file", fileReference: "SUN-0002", row: 2 },
        },
      },
    ]);
    expect(result.summary).toMatchObject({ new: 0, updated: 1 });
  });

  it("says a visit is unchanged when the new file says the same", () => {
    const result = plan(csv([{ FileReference: "SUN-0002" }]), again);
    expect(result.rows).toEqual([{ row: 2, kind: "unchanged", visitId: "visit-1" }]);
    expect(result.summary).toMatchObject({ unchanged: 1, updated: 0, new: 0 });
  });

  it("does not count the visit being replaced as an overlap", () => {
    const result = plan(csv([{ FileReference: "SUN-0002", ActualStartTime: "08:10" }]), again);
    expect(kinds(result.rows)).toEqual(["2 updated"]);
  });

  it("rejects rows in a week that has been invoiced", () => {
    const result = plan(csv([{ FileReference: "SUN-0002", ActualDuration: "00:40:00" }]), {
      ...again,
      lockedWeeks: new Set(["2026-11-16"]),
    });
    expect(reasonsOf(result.rows, 2)).toMatch(
      /The week ending 22 November 2026 has been invoiced, so its visits can no longer be changed/,
    );
  });
});

describe("additional carers (SecondaryVisit True)", () => {
  const saturday = {
    VisitDate: "21/11/2026",
    StartTimeClaimed: "09:00",
    DurationClaimed: "45",
    ActualStartTime: "09:00",
    ActualDuration: "45",
    NumberOfCarers: "",
  };

  it("adds the second carer's row to the main visit as a carer", () => {
    const result = plan(csv([saturday, { ...saturday, SecondaryVisit: "True" }]));
    expect(result.rows).toEqual([
      expect.objectContaining({ row: 2, kind: "new", visit: expect.objectContaining({ carers: 2 }) }),
      { row: 3, kind: "additional-carer", mainRow: 2 },
    ]);
    expect(result.summary).toMatchObject({ read: 2, new: 1, additionalCarers: 1 });
  });

  it("keeps NumberOfCarers when it says more than the rows do", () => {
    const result = plan(
      csv([
        { ...saturday, NumberOfCarers: "3" },
        { ...saturday, SecondaryVisit: "Y" },
      ]),
    );
    expect(result.rows[0]).toMatchObject({ visit: { carers: 3 } });
  });

  it("rejects a second carer's row with no main visit in the file", () => {
    const result = plan(csv([{ ...saturday, SecondaryVisit: "true" }]));
    expect(reasonsOf(result.rows, 2)).toMatch(
      /This row is for an additional carer, but the file has no main visit for SU1001 on 21 November 2026 at 09:00/,
    );
  });

  it("rejects a second carer's row when its main visit is rejected", () => {
    const result = plan(
      csv([
        { ...saturday, ActualDuration: "0" },
        { ...saturday, SecondaryVisit: "True" },
      ]),
    );
    expect(reasonsOf(result.rows, 3)).toMatch(/its main visit on row 2 was rejected/);
  });
});

describe("files refused whole", () => {
  it.each([
    ["another provider's staff", oakwoodManager],
    ["finance, who do not record actuals", financeOfficer],
  ])("refuses an upload by %s", (_name, actor) => {
    expect(planActualsImport(csv([{}]), { ...ctx, actor })).toEqual({
      ok: false,
      code: "forbidden",
      message: "You do not have permission to do this",
    });
  });

  it.each([
    ["an empty file", "", "no-rows", "The file is empty"],
    [
      "a header and no rows",
      `${ACTUALS_COLUMNS.join(",")}\r\n\r\n`,
      "no-rows",
      "The file has no visits in it",
    ],
    [
      "missing columns",
      "FileReference,ProviderRef\r\nA,B\r\n",
      "missing-columns",
      "The file is missing the columns ContractNumber, ServiceUserRef, WeekEnding, ServiceType, VisitDate, StartTimeClaimed, DurationClaimed, ActualStartTime, ActualDuration, SecondaryVisit, NumberOfCarers",
    ],
    [
      "an unclosed quote",
      `${ACTUALS_COLUMNS.join(",")}\r\n"SUN-1,`,
      "unreadable",
      "Row 2 has a quoted value that is never closed",
    ],
    [
      "two file references",
      csv([{}, { FileReference: "SUN-0002", VisitDate: "18/11/2026" }]),
      "mixed-file-references",
      "Every row must have the same FileReference: this file has SUN-0001, SUN-0002",
    ],
    [
      "no file reference",
      csv([{ FileReference: "" }]),
      "mixed-file-references",
      "Every row must have the same FileReference: this file has (blank)",
    ],
  ])("%s", (_name, text, code, message) => {
    expect(planActualsImport(text, ctx)).toEqual({ ok: false, code, message });
  });
});

describe("the summary", () => {
  it("accounts for every row read", () => {
    const saturday = {
      VisitDate: "21/11/2026",
      StartTimeClaimed: "09:00",
      DurationClaimed: "45",
      ActualStartTime: "09:00",
      ActualDuration: "45",
    };
    const result = plan(
      csv([
        {},
        { VisitDate: "18/11/2026" },
        { ServiceUserRef: "SU9999" },
        saturday,
        { ...saturday, SecondaryVisit: "True" },
      ]),
    );
    const { read, ...counts } = result.summary;
    expect(read).toBe(5);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(read);
    expect(result.summary).toEqual({
      read: 5,
      new: 3,
      updated: 0,
      unchanged: 0,
      additionalCarers: 1,
      rejected: 1,
    });
  });
});
