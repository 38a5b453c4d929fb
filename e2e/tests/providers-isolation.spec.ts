import type { APIResponse, Page } from "@playwright/test";
import { ACTUALS_COLUMNS, ACTUALS_STATUS_COLUMNS } from "@portal/commissioning";
import { signInAs } from "../support/case-page.ts";
import {
  actualsImportsOf,
  commissioningFingerprint,
  invoicesForPeriod,
  latestInvoicedPeriod,
  OAKWOOD_ID,
  oakwoodRecords,
  peopleOf,
  providerFingerprint,
  SUNRISE_ID,
  sunriseRecords,
} from "../support/commissioning-db.ts";
import { expect, test } from "../support/fixtures.ts";
import { url } from "../support/suite.ts";

/**
 * Issue 7's isolation rule: a provider's staff never see or change another provider's orders,
 * visits, invoices or remittances, whatever id they put in an address or a form. Oakwood's manager
 * names Sunrise's records in every page and every form of the portal that takes an id; each is a
 * 404 with none of Sunrise's data, and no commissioning table changes. Roles are separate too: a
 * provider has no finance pages, finance records no visits. Sunrise's manager opening the same
 * addresses (and posting the same forms, refused for reasons of their own) is the control.
 */

const SUNRISE = "manager@sunrise-care.example.org";
const OAKWOOD = "manager@oakwood-homecare.example.org";
const FINANCE = "finance@council.example.org";

const ORIGIN = new URL(url("providers")).origin;
const SAME_ORIGIN_REFUSAL = "did not come from this service";

const at = (path: string) => url("providers", path);
const enc = encodeURIComponent;

/** The calendar form's intent for one visit slot, as apps/providers/app/components/actuals/fields.ts names it. */
const slotIntent = (date: string, start: string) => `record-${date}-${start.replace(/[^0-9]/g, "")}`;

/** Every trace of Sunrise a page could leak: its people, its invoice numbers and references, its name. */
function sunriseTraces() {
  const oakwoodPeople = new Set(peopleOf(OAKWOOD_ID));
  const people = peopleOf(SUNRISE_ID).filter((p) => !oakwoodPeople.has(p));
  expect(people).toContain("SU1030");
  return [...people, "SUN01", "HC-2026-001", "Sunrise"];
}

function expectNoTraces(body: string, traces: readonly string[], what: string) {
  const found = traces.filter((trace) => body.includes(trace));
  expect(found, `${what} shows Sunrise's data`).toEqual([]);
}

async function get(page: Page, path: string) {
  const response = await page.request.get(at(path), { maxRedirects: 0 });
  return { response, body: await response.text() };
}

async function post(page: Page, path: string, form: Record<string, string>) {
  const response = await page.request.post(at(path), {
    form,
    headers: { Origin: ORIGIN },
    maxRedirects: 0,
  });
  return { response, body: await response.text() };
}

function expectStatus(response: APIResponse, body: string, statuses: number[], what: string) {
  expect(statuses, `${what}: got ${response.status()}`).toContain(response.status());
  // A request the same-origin check turned away proves nothing about isolation.
  expect(body, what).not.toContain(SAME_ORIGIN_REFUSAL);
}

/** A call monitoring file as a provider's system writes one (REFERENCE.md §8, with status columns). */
function callMonitoringFile(fileReference: string, rows: string[][]) {
  const columns = [...ACTUALS_COLUMNS, ...ACTUALS_STATUS_COLUMNS];
  return [columns, ...rows.map((row) => [fileReference, ...row])].map((r) => r.join(",")).join("\r\n");
}

const dmy = (date: string) => date.split("-").reverse().join("/");
/** The Sunday ending the week of a London date. */
function sundayOf(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + ((7 - d.getUTCDay()) % 7));
  return d.toISOString().slice(0, 10);
}

test.describe("providers portal isolation", () => {
  test("Sunrise's manager opens Sunrise's records (the control)", async ({ page }) => {
    const s = sunriseRecords();
    await signInAs(page, SUNRISE, "providers");
    const pages: [string, string][] = [
      [`/orders/${enc(s.acceptedOrder.id)}`, "SU1001"],
      [`/orders/${enc(s.newOrder.id)}`, "SU1030"],
      [`/orders/${enc(s.newOrder.id)}/reject`, "SU1030"],
      [`/actuals/${enc(s.acceptedOrder.id)}?week=${s.visit.date}`, "SU1001"],
      [`/invoices/${enc(s.invoice.id)}`, s.invoice.number],
      [`/queries/${enc(s.query.id)}`, s.query.title],
      [`/queries/new?about=${enc(`order:${s.newOrder.id}`)}`, "SU1030"],
      [`/queries/new?about=${enc(`invoice:${s.invoice.id}`)}`, s.invoice.number],
      ["/orders", "SU1030"],
      [`/actuals?week=${s.visit.date}`, "SU1001"],
      ["/invoices", s.invoice.number],
      ["/queries", s.query.title],
    ];
    for (const [path, shows] of pages) {
      const { response, body } = await get(page, path);
      expect(response.status(), path).toBe(200);
      expect(body, path).toContain(shows.replaceAll("'", "&#x27;"));
    }

    // The same forms Oakwood posts below reach Sunrise's records: refused here only for what they
    // say (already accepted, already paid, an empty box), so nothing changes.
    const before = commissioningFingerprint();
    const forms: [string, Record<string, string>][] = [
      [`/orders/${enc(s.acceptedOrder.id)}`, { intent: "accept" }],
      [`/orders/${enc(s.newOrder.id)}/reject`, { intent: "reject", "reject-reason": "" }],
      [
        `/actuals/${enc(s.acceptedOrder.id)}?week=${s.visit.date}`,
        {
          intent: slotIntent(s.visit.date, s.visit.claimedStart),
          [`${slotIntent(s.visit.date, s.visit.claimedStart)}-start`]: "",
          [`${slotIntent(s.visit.date, s.visit.claimedStart)}-minutes`]: "30",
          [`${slotIntent(s.visit.date, s.visit.claimedStart)}-carers`]: "1",
          [`${slotIntent(s.visit.date, s.visit.claimedStart)}-status`]: "completed",
        },
      ],
      [`/invoices/${enc(s.invoice.id)}`, { intent: "submit" }],
      [`/queries/${enc(s.query.id)}`, { intent: "reply", "reply-text": "" }],
      [
        `/queries/new?about=${enc(`order:${s.newOrder.id}`)}`,
        { intent: "raise", "raise-team": "Brokerage", "raise-title": "", "raise-text": "" },
      ],
    ];
    for (const [path, form] of forms) {
      const { response, body } = await post(page, path, form);
      expectStatus(response, body, [400], `Sunrise posting ${form.intent} to ${path}`);
    }
    expect(commissioningFingerprint()).toEqual(before);
  });

  test("Oakwood's manager gets a 404 for every Sunrise record, and lists without them", async ({ page }) => {
    const s = sunriseRecords();
    const o = oakwoodRecords();
    const traces = sunriseTraces();
    await signInAs(page, OAKWOOD, "providers");

    // Every route of apps/providers/app/routes.ts that takes an id, in its path or its query string.
    const notFound = [
      `/orders/${enc(s.acceptedOrder.id)}`,
      `/orders/${enc(s.newOrder.id)}`,
      `/orders/${enc(s.newOrder.id)}?done=accepted`,
      `/orders/${enc(s.acceptedOrder.id)}/reject`,
      `/orders/${enc(s.newOrder.id)}/reject`,
      `/actuals/${enc(s.acceptedOrder.id)}`,
      `/actuals/${enc(s.acceptedOrder.id)}?week=${s.visit.date}`,
      `/actuals/${enc(s.newOrder.id)}?week=${s.visit.date}`,
      `/invoices/${enc(s.invoice.id)}`,
      `/invoices/${enc(s.invoice.id)}?done=approve`,
      `/queries/${enc(s.query.id)}`,
      `/queries/new?about=${enc(`order:${s.acceptedOrder.id}`)}`,
      `/queries/new?about=${enc(`order:${s.newOrder.id}`)}`,
      `/queries/new?about=${enc(`invoice:${s.invoice.id}`)}`,
    ];
    for (const path of notFound) {
      const { response, body } = await get(page, path);
      expect(response.status(), `Oakwood GET ${path}`).toBe(404);
      expectNoTraces(body, traces, `Oakwood GET ${path}`);
    }

    // Finance's pages are not a provider's, whatever they name.
    for (const path of ["/exceptions", "/payments", `/payments/${enc(s.invoice.paymentRun ?? "PAY")}/file`]) {
      const { response, body } = await get(page, path);
      expect(response.status(), `Oakwood GET ${path}`).toBe(403);
      expectNoTraces(body, traces, `Oakwood GET ${path}`);
    }

    // Lists and the home page show Oakwood's own records and nothing of Sunrise's.
    const lists: [string, string][] = [
      ["/", "Oakwood"],
      ["/orders", o.acceptedOrder.person],
      [`/actuals?week=${s.visit.date}`, o.acceptedOrder.person],
      ["/invoices", o.invoice.number],
      ["/queries", o.query.title],
    ];
    for (const [path, own] of lists) {
      const { response, body } = await get(page, path);
      expect(response.status(), `Oakwood GET ${path}`).toBe(200);
      expect(body, `Oakwood GET ${path}`).toContain(own);
      expectNoTraces(body, traces, `Oakwood GET ${path}`);
    }
    // Oakwood's own records open (so the 404s above are about whose they are).
    for (const path of [
      `/orders/${enc(o.acceptedOrder.id)}`,
      `/actuals/${enc(o.acceptedOrder.id)}?week=${o.visit.date}`,
      `/invoices/${enc(o.invoice.id)}`,
      `/queries/${enc(o.query.id)}`,
    ]) {
      const { response } = await get(page, path);
      expect(response.status(), `Oakwood GET ${path}`).toBe(200);
    }
  });

  test("Oakwood's manager changes nothing of Sunrise's through any form", async ({ page }) => {
    const s = sunriseRecords();
    const traces = sunriseTraces();
    await signInAs(page, OAKWOOD, "providers");
    const slot = slotIntent(s.visit.date, s.visit.claimedStart);
    const week = `/actuals/${enc(s.acceptedOrder.id)}?week=${s.visit.date}`;
    const exceptionVisit = s.exceptionVisitId ?? s.visit.id;
    const lastPeriod = latestInvoicedPeriod(OAKWOOD_ID);
    const sunriseInvoicesBefore = invoicesForPeriod(SUNRISE_ID, lastPeriod);

    // Every intent of every action (the route modules and their parsers in app/.server/*-commands.ts),
    // well formed, naming Sunrise's records: [path, form, the statuses that are right].
    const attempts: [string, Record<string, string>, number[]][] = [
      // order.tsx: accept (orderCommands); the new order would be accepted if isolation failed.
      [`/orders/${enc(s.newOrder.id)}`, { intent: "accept" }, [404]],
      [`/orders/${enc(s.acceptedOrder.id)}`, { intent: "accept" }, [404]],
      // order-reject.tsx: reject, with a reason.
      [
        `/orders/${enc(s.newOrder.id)}/reject`,
        { intent: "reject", "reject-reason": "We cannot staff these calls." },
        [404],
      ],
      // actuals-week.tsx: a planned or recorded slot's form, and the form for a visit not planned.
      [
        week,
        {
          intent: slot,
          [`${slot}-start`]: s.visit.claimedStart,
          [`${slot}-minutes`]: "45",
          [`${slot}-carers`]: "2",
          [`${slot}-status`]: "completed",
          [`${slot}-reason`]: "",
        },
        [404],
      ],
      [
        week,
        {
          intent: "record-new",
          "record-new-date": s.visit.date,
          "record-new-start": "15:30",
          "record-new-minutes": "30",
          "record-new-carers": "1",
          "record-new-status": "completed",
          "record-new-reason": "",
        },
        [404],
      ],
      [
        `/actuals/${enc(s.newOrder.id)}?week=${s.visit.date}`,
        {
          intent: "record-new",
          "record-new-date": s.visit.date,
          "record-new-start": "09:00",
          "record-new-minutes": "45",
          "record-new-carers": "1",
          "record-new-status": "completed",
        },
        [404],
      ],
      // invoice.tsx: refresh, submit (provider), approve, reject (finance's, but the invoice comes first).
      [`/invoices/${enc(s.invoice.id)}`, { intent: "refresh" }, [404]],
      [`/invoices/${enc(s.invoice.id)}`, { intent: "submit" }, [404]],
      [`/invoices/${enc(s.invoice.id)}`, { intent: "approve" }, [403, 404]],
      [`/invoices/${enc(s.invoice.id)}`, { intent: "reject", "reject-reason": "Wrong rates." }, [403, 404]],
      // invoices.tsx: prepare takes a period, never a provider: Sunrise's uninvoiced period is not Oakwood's to draft.
      [
        "/invoices",
        { intent: "prepare", "prepare-period": lastPeriod, providerId: SUNRISE_ID },
        [400, 403, 404],
      ],
      // query.tsx: reply and close.
      [`/queries/${enc(s.query.id)}`, { intent: "reply", "reply-text": "Any news on this?" }, [404]],
      [`/queries/${enc(s.query.id)}`, { intent: "close" }, [404]],
      // query-new.tsx: raise, about Sunrise's order or invoice.
      ...(["order", "invoice"] as const).map((kind): [string, Record<string, string>, number[]] => [
        `/queries/new?about=${enc(`${kind}:${kind === "order" ? s.newOrder.id : s.invoice.id}`)}`,
        {
          intent: "raise",
          "raise-team": "Brokerage",
          "raise-title": "About this",
          "raise-text": "Please tell us more.",
        },
        [404],
      ]),
      // exceptions.tsx: a decision on Sunrise's visit (finance's form).
      [
        "/exceptions",
        {
          intent: `decide-${exceptionVisit}`,
          [`decide-${exceptionVisit}-outcome`]: "approve",
          [`decide-${exceptionVisit}-reason`]: "Agreed.",
        },
        [403, 404],
      ],
      // payments.tsx: export (finance's form), which would mark Sunrise's approved invoices paid.
      ["/payments", { intent: "export", "export-run": "PAY-ISOLATION-OAK" }, [403]],
    ];

    const before = commissioningFingerprint();
    for (const [path, form, statuses] of attempts) {
      const { response, body } = await post(page, path, form);
      const what = `Oakwood POST ${path} intent=${form.intent}`;
      expectStatus(response, body, statuses, what);
      expectNoTraces(body, traces, what);
    }
    expect(commissioningFingerprint(), "a refused post changed the commissioning tables").toEqual(before);
    expect(invoicesForPeriod(SUNRISE_ID, lastPeriod)).toBe(sunriseInvoicesBefore);
  });

  test("a call monitoring file naming Sunrise's provider, contract or people imports nothing of Sunrise's", async ({
    page,
  }) => {
    const s = sunriseRecords();
    await signInAs(page, OAKWOOD, "providers");
    const sunday = sundayOf(s.visit.date);
    const row = (providerRef: string, contract: string, person: string) => [
      providerRef,
      contract,
      person,
      dmy(sunday),
      "HOME CARE",
      dmy(s.visit.date),
      s.visit.claimedStart,
      "00:45:00",
      s.visit.claimedStart,
      "00:45:00",
      "False",
      "1",
      "",
      "",
    ];
    const fileReference = `OAK01-ISOLATION-${Date.now()}`;
    const file = callMonitoringFile(fileReference, [
      row("SUN01", "HC-2026-001", "SU1001"),
      row("OAK01", "HC-2026-001", "SU1001"),
      row("OAK01", "HC-2026-002", "SU1001"),
      row("OAK01", "HC-2026-002", "SU1030"),
      row("SUN01", "HC-2026-002", "SU1030"),
    ]);

    const sunriseBefore = providerFingerprint(SUNRISE_ID);
    const visitsBefore = commissioningFingerprint().visits;
    const response = await page.request.post(at("/actuals/upload"), {
      multipart: {
        "actuals-file": { name: "isolation.csv", mimeType: "text/csv", buffer: Buffer.from(file) },
      },
      headers: { Origin: ORIGIN },
      maxRedirects: 0,
    });
    const body = await response.text();
    // Read and answered row by row (a file refused whole would prove nothing about the rows).
    expect(response.status(), "upload").toBe(200);
    expect(body).not.toContain(SAME_ORIGIN_REFUSAL);
    // Nothing says the person is Sunrise's, or shows a Sunrise order.
    expect(body).not.toContain("Sunrise");

    expect(providerFingerprint(SUNRISE_ID), "the upload changed Sunrise's records").toEqual(sunriseBefore);
    expect(commissioningFingerprint().visits, "the upload recorded visits").toEqual(visitsBefore);
    // Oakwood's file is kept with its every row rejected: it imported nothing.
    const imported = actualsImportsOf(OAKWOOD_ID).find((i) => i.fileReference === fileReference);
    expect(imported, "the upload's import record").toBeDefined();
    expect(JSON.parse(imported?.summary ?? "{}")).toMatchObject({ read: 5, new: 0, updated: 0, rejected: 5 });
  });

  test("roles are separate: a provider has no finance pages and finance records no visits", async ({
    page,
  }) => {
    const s = sunriseRecords();
    const leaks = [/SU10\d\d/, /SUN01-\d/, /OAK01-\d/, /£/];
    const expectNoLeak = (body: string, what: string) => {
      for (const leak of leaks) expect(body, `${what} leaks ${leak}`).not.toMatch(leak);
    };
    const exceptionVisit = s.exceptionVisitId ?? s.visit.id;
    const run = s.invoice.paymentRun;
    expect(run, "Sunrise's paid invoice has a payment run").not.toBeNull();
    const before = commissioningFingerprint();

    await signInAs(page, SUNRISE, "providers");
    for (const path of ["/exceptions", "/payments", `/payments/${enc(run ?? "")}/file`]) {
      const { response, body } = await get(page, path);
      expect(response.status(), `Sunrise GET ${path}`).toBe(403);
      expectNoLeak(body, `Sunrise GET ${path}`);
    }
    for (const [path, form] of [
      [
        "/exceptions",
        {
          intent: `decide-${exceptionVisit}`,
          [`decide-${exceptionVisit}-outcome`]: "approve",
          [`decide-${exceptionVisit}-reason`]: "We agree with ourselves.",
        },
      ],
      ["/payments", { intent: "export", "export-run": "PAY-ISOLATION-SUN" }],
      [`/invoices/${enc(s.invoice.id)}`, { intent: "approve" }],
    ] as [string, Record<string, string>][]) {
      const { response, body } = await post(page, path, form);
      const what = `Sunrise POST ${path} intent=${form.intent}`;
      // Approving: the paid invoice is refused as paid (400) or as finance's command (403), never done.
      expectStatus(response, body, path.startsWith("/invoices/") ? [400, 403] : [403], what);
      if (response.status() === 403) expectNoLeak(body, what);
    }

    await signInAs(page, FINANCE, "providers");
    for (const path of ["/actuals/upload", `/queries/new?about=${enc(`order:${s.newOrder.id}`)}`]) {
      const { response, body } = await get(page, path);
      expect(response.status(), `finance GET ${path}`).toBe(403);
      expectNoLeak(body, `finance GET ${path}`);
    }
    const upload = await page.request.post(at("/actuals/upload"), {
      multipart: {
        "actuals-file": {
          name: "finance.csv",
          mimeType: "text/csv",
          buffer: Buffer.from(callMonitoringFile("FIN-ISOLATION", [])),
        },
      },
      headers: { Origin: ORIGIN },
      maxRedirects: 0,
    });
    const uploadBody = await upload.text();
    expectStatus(upload, uploadBody, [403], "finance POST /actuals/upload");
    expectNoLeak(uploadBody, "finance POST /actuals/upload");

    const slot = slotIntent(s.visit.date, s.visit.claimedStart);
    const week = `/actuals/${enc(s.acceptedOrder.id)}?week=${s.visit.date}`;
    for (const form of [
      {
        intent: slot,
        [`${slot}-start`]: s.visit.claimedStart,
        [`${slot}-minutes`]: "45",
        [`${slot}-carers`]: "1",
        [`${slot}-status`]: "completed",
      },
      {
        intent: "record-new",
        "record-new-date": s.visit.date,
        "record-new-start": "15:30",
        "record-new-minutes": "30",
        "record-new-carers": "1",
        "record-new-status": "completed",
      },
    ]) {
      const { response, body } = await post(page, week, form);
      const what = `finance POST ${week} intent=${form.intent}`;
      expectStatus(response, body, [403], what);
      expectNoLeak(body, what);
    }
    expect(commissioningFingerprint(), "a refused post changed the commissioning tables").toEqual(before);
  });
});
