import {
  ACTUALS_COLUMNS,
  ACTUALS_STATUS_COLUMNS,
  type Contract,
  type DecisionOutcome,
  formatPounds,
  type InvoicePeriod,
  lastCompletedPeriod,
  type OrderTerms,
  type PlannedCall,
  type PlannedVisit,
  type Provider,
  periodContaining,
  plannedVisits,
  type RateCard,
  type ServiceOrder,
  type Visit,
  type VisitStatus,
} from "@portal/commissioning";
import { openCommissioning } from "@portal/commissioning/open";
import type { Result } from "@portal/commissioning/service";
import type { Env } from "@portal/config";
import { createSqliteCommissioningStore, type Db, schema } from "@portal/db";
import {
  addDays,
  daysFrom,
  formatClock,
  isoWeekday,
  type LondonDate,
  londonDateOf,
  londonInstant,
  londonMinutesOf,
  parseClock,
  weekStarting,
} from "@portal/intake/london-clock";
import { formatDate } from "@portal/intake/london-time";
import { demoActors } from "./demo-actors.ts";

/**
 * Demo data for the providers portal (issue 7): two providers, about 30 orders and eight weeks of
 * actuals with some exceptions, worked through the real commissioning service so every order,
 * decision, visit, invoice, payment and query has its audit trail. Seeded only into empty
 * commissioning tables, with every date relative to `now` and no randomness: the variation comes from
 * each order's and week's position.
 *
 * Sunrise's invoice for the last completed period is left for the end-to-end test to make, from the
 * visits it records on order SU1030 (new, not accepted, starting on that period's first day).
 */

export { lastCompletedPeriod } from "@portal/commissioning";

export const SUNRISE: Provider = {
  id: "Sunrise Care Ltd",
  name: "Sunrise Care Ltd",
  ref: "SUN01",
  supplierRef: "100234",
};
export const OAKWOOD: Provider = {
  id: "Oakwood Homecare",
  name: "Oakwood Homecare",
  ref: "OAK01",
  supplierRef: "100871",
};

/** The person on the order the end-to-end test accepts, records and invoices. */
export const E2E_SERVICE_USER = "SU1030";

const SUNRISE_RATES: RateCard = {
  bandStarts: { day: 7 * 60, evening: 19 * 60, night: 22 * 60 },
  pencePerHour: {
    weekday: { day: 2400, evening: 2640, night: 2880 },
    weekend: { day: 2700, evening: 2940, night: 3180 },
    "bank-holiday": { day: 3600, evening: 3960, night: 4320 },
  },
};

const OAKWOOD_RATES: RateCard = {
  bandStarts: { day: 7 * 60, evening: 20 * 60, night: 22 * 60 },
  pencePerHour: {
    weekday: { day: 2460, evening: 2700, night: 2950 },
    weekend: { day: 2760, evening: 3000, night: 3240 },
    "bank-holiday": { day: 3690, evening: 4050, night: 4400 },
  },
};

const TOLERANCE = { minutes: 5, percent: 10 };

export const SUNRISE_CONTRACT: Contract = {
  id: "sunrise-home-care",
  providerId: SUNRISE.id,
  number: "HC-2026-001",
  serviceType: "HOME CARE",
  costCentre: "ASC-HC-01",
  rates: SUNRISE_RATES,
  tolerance: TOLERANCE,
};
export const OAKWOOD_CONTRACT: Contract = {
  id: "oakwood-home-care",
  providerId: OAKWOOD.id,
  number: "HC-2026-002",
  serviceType: "HOME CARE",
  costCentre: "ASC-HC-02",
  rates: OAKWOOD_RATES,
  tolerance: TOLERANCE,
};

const FINANCE = "finance@council.example.org";
const SUNRISE_MANAGER = "manager@sunrise-care.example.org";
const OAKWOOD_MANAGER = "manager@oakwood-homecare.example.org";

// Weekly plans. Calls are at least two hours apart, so a visit a few minutes early or late, an
// overrun or an unplanned visit at 15:30 never meets another.
const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];
const WEEKDAYS = [1, 2, 3, 4, 5];
const calls = (days: readonly number[], start: string, minutes: number, carers = 1): PlannedCall[] =>
  days.map((weekday) => ({ weekday, start, minutes, carers }));

const PLANS: PlannedCall[][] = [
  // Four calls a day.
  [
    ...calls(EVERY_DAY, "08:00", 45),
    ...calls(EVERY_DAY, "12:30", 30),
    ...calls(EVERY_DAY, "17:00", 30),
    ...calls(EVERY_DAY, "20:30", 30),
  ],
  // Morning and evening, double-handed (a hoist).
  [...calls(EVERY_DAY, "08:30", 60, 2), ...calls(EVERY_DAY, "19:00", 45, 2)],
  // A morning call every day.
  calls(EVERY_DAY, "09:00", 30),
  // Lunch on weekdays.
  calls(WEEKDAYS, "12:00", 30),
  // Morning and teatime.
  [...calls(EVERY_DAY, "07:45", 45), ...calls(EVERY_DAY, "16:30", 30)],
  // Three calls a day.
  [...calls(EVERY_DAY, "08:00", 30), ...calls(EVERY_DAY, "13:00", 30), ...calls(EVERY_DAY, "18:00", 30)],
  // A bath twice a week.
  calls([2, 5], "10:00", 60),
  // A bedtime call.
  calls(EVERY_DAY, "21:00", 30),
  // Weekday mornings; weekend mornings double-handed.
  [...calls(WEEKDAYS, "08:00", 45), ...calls([6, 7], "09:00", 60, 2)],
  // Shopping and a check-in, twice a week; a short medication prompt every evening.
  [...calls([1, 4], "14:00", 60), ...calls(EVERY_DAY, "18:30", 15)],
  // Monday, Wednesday and Friday mornings.
  calls([1, 3, 5], "10:30", 45),
  // Weekday mornings and evenings.
  [...calls(WEEKDAYS, "07:30", 30), ...calls(WEEKDAYS, "19:30", 30)],
];

type Ending =
  /** Issued ten weeks ago and accepted soon after. */
  | "accepted"
  /** Accepted, then changed a few days ago: version 2 waits for the provider. */
  | "changed"
  | "rejected"
  | "new"
  /** The end-to-end test's order: new, issued yesterday, starting on the last completed period's first day. */
  | "e2e";

interface DemoOrder {
  provider: Provider;
  contract: Contract;
  serviceUserRef: string;
  calls: PlannedCall[];
  /** Weeks after the first of the eight weeks that the order starts (0: on that Monday). */
  startWeek: number;
  ending: Ending;
}

/** Each order's plan (an index into PLANS): a few heavy packages, mostly one or two calls a day. */
const PLAN_OF = [0, 2, 6, 1, 7, 10, 3, 8, 9, 10, 3, 6, 10, 3, 4, 6, 10, 5, 1, 10, 2, 8, 3, 6, 6, 7, 1, 10, 3];

/** SU1001–SU1017 with Sunrise, SU1018–SU1029 with Oakwood, SU1030 Sunrise's order for the e2e. */
function demoOrders(): DemoOrder[] {
  const orders: DemoOrder[] = [];
  for (let i = 0; i < 29; i++) {
    const sunrise = i < 17;
    const ending: Ending = i === 4 ? "changed" : i === 26 ? "rejected" : i === 28 ? "new" : "accepted";
    orders.push({
      provider: sunrise ? SUNRISE : OAKWOOD,
      contract: sunrise ? SUNRISE_CONTRACT : OAKWOOD_CONTRACT,
      serviceUserRef: `SU${1001 + i}`,
      calls: PLANS[PLAN_OF[i]!]!,
      // Most start with the eight weeks; a few later, so their earlier weeks have no visits.
      startWeek: i % 9 === 5 ? 3 : i % 11 === 7 ? 5 : 0,
      ending,
    });
  }
  orders.push({
    provider: SUNRISE,
    contract: SUNRISE_CONTRACT,
    serviceUserRef: E2E_SERVICE_USER,
    calls: calls([1, 3, 5], "09:00", 45),
    startWeek: 0,
    ending: "e2e",
  });
  return orders;
}

const NOT_DELIVERED: { status: Exclude<VisitStatus, "completed">; reason: string; minutes: number }[] = [
  { status: "missed", reason: "Carer delayed by a road closure; family covered the call", minutes: 0 },
  { status: "refused", reason: "Declined personal care today; carer checked they were well", minutes: 10 },
  { status: "missed", reason: "Carer off sick and no cover found in time", minutes: 0 },
  {
    status: "aborted",
    reason: "No answer at the door; next of kin said they were out with family",
    minutes: 5,
  },
];

const DECISIONS: Record<"overrun" | "extra-carer" | "unplanned", [DecisionOutcome, string][]> = {
  overrun: [
    ["cap", "Overrun not agreed with brokerage: paid at the planned length"],
    ["approve", "Carer stayed after a fall until the paramedics arrived: agreed with the social worker"],
  ],
  "extra-carer": [
    ["approve", "A second carer was needed for a hoist transfer: agreed by the occupational therapist"],
    ["reject", "A second carer was not agreed: the plan is for one carer"],
  ],
  unplanned: [
    ["approve", "Urgent visit asked for by the duty social worker"],
    ["reject", "Not asked for by the council: raise a change to the order if more care is needed"],
  ],
};

type ExceptionKind = keyof typeof DECISIONS;

/** A deterministic spread of small numbers from positions (no randomness in demo data). */
function spread(...parts: number[]): number {
  let h = 2166136261;
  for (const part of parts) h = Math.imul(h ^ (part + 0x9e37), 16777619) >>> 0;
  return h;
}

const plusMinutes = (at: Date, minutes: number) => new Date(at.getTime() + minutes * 60_000);
const atClock = (date: LondonDate, clock: string) => londonInstant(date, parseClock(clock) ?? 0);
const earlier = (a: Date, b: Date) => (a.getTime() <= b.getTime() ? a : b);

function value<T>(result: Result<T>, what: string): T {
  if (!result.ok) throw new Error(`Demo commissioning: ${what} refused (${result.code}): ${result.message}`);
  return result.value;
}

/** Whether the commissioning tables already hold anything: the seed never touches them then. */
function seeded(db: Db): boolean {
  return [schema.providers, schema.serviceOrders, schema.visits, schema.invoices].some(
    (table) => db.select().from(table).limit(1).get() !== undefined,
  );
}

export interface DemoCommissioningSummary {
  orders: number;
  visits: number;
  decisions: number;
  invoices: number;
}

/**
 * Seeds the providers portal's demo records into empty commissioning tables; returns null (and
 * changes nothing) when they already hold something, so restarting never duplicates them, or when
 * no invoice period has ended yet. Each service call is its own durable transaction (they cannot
 * nest), so the visits go in as one call-monitoring file per provider per week rather than as
 * thousands of calendar entries.
 */
export function seedDemoCommissioning(db: Db, env: Env, now: Date): DemoCommissioningSummary | null {
  // Nothing to show before an invoice period has ended (a council's anchor set in the last month).
  if (seeded(db) || londonDateOf(now) < addDays(env.INVOICE_PERIOD_ANCHOR, 28)) return null;
  const store = createSqliteCommissioningStore(db);
  const service = openCommissioning(db, env);
  const actorFor = demoActors(db);
  const finance = actorFor(FINANCE);
  const staff = (provider: Provider) => actorFor(provider === SUNRISE ? SUNRISE_MANAGER : OAKWOOD_MANAGER);

  const today = londonDateOf(now);
  const thisWeek = weekStarting(today);
  /** The Monday of the first of the eight complete weeks before this one. */
  const firstWeek = addDays(thisWeek, -56);
  const anchor = env.INVOICE_PERIOD_ANCHOR;
  const lastPeriod = lastCompletedPeriod(anchor, today);

  for (const provider of [SUNRISE, OAKWOOD]) store.providers.save(provider);
  for (const contract of [SUNRISE_CONTRACT, OAKWOOD_CONTRACT]) store.contracts.save(contract);

  // Orders: issued ten weeks ago, accepted a day or three later; the undecided ones recently.
  const demo = demoOrders();
  const accepted: { order: ServiceOrder; index: number }[] = [];
  demo.forEach((spec, index) => {
    const startDate = addDays(firstWeek, spec.startWeek * 7);
    const terms = (start: LondonDate, more: PlannedCall[] = []): OrderTerms => ({
      startDate: start,
      endDate: null,
      calls: [...spec.calls, ...more],
    });
    const issue = (start: LondonDate, at: Date) =>
      value(
        service.issueOrder(
          finance,
          { contractId: spec.contract.id, serviceUserRef: spec.serviceUserRef, terms: terms(start) },
          at,
        ),
        `issuing ${spec.serviceUserRef}`,
      );
    const provider = staff(spec.provider);
    switch (spec.ending) {
      case "accepted":
      case "changed": {
        const issuedAt = atClock(addDays(firstWeek, -14 + (index % 4)), "10:00");
        const order = issue(startDate, issuedAt);
        const acceptedAt = plusMinutes(issuedAt, (1 + (index % 3)) * 24 * 60 + 75);
        const running = value(
          service.runOrder(provider, order.id, { type: "accept" }, acceptedAt),
          `accepting ${spec.serviceUserRef}`,
        );
        accepted.push({ order: running, index });
        if (spec.ending === "changed") {
          // A lunchtime call from next Monday, waiting for Sunrise to accept it.
          value(
            service.runOrder(
              finance,
              order.id,
              {
                type: "change",
                terms: terms(startDate, calls(EVERY_DAY, "13:15", 30)),
                effectiveFrom: addDays(thisWeek, 7),
              },
              atClock(addDays(today, -3), "14:00"),
            ),
            `changing ${spec.serviceUserRef}`,
          );
        }
        break;
      }
      case "rejected": {
        const issuedAt = atClock(addDays(today, -12), "10:00");
        const order = issue(addDays(thisWeek, 7), issuedAt);
        const rejectedAt = atClock(addDays(today, -11), "09:30");
        value(
          service.runOrder(
            provider,
            order.id,
            {
              type: "reject",
              reason:
                "We cannot staff double-handed calls in this area from that date. We could start two weeks later.",
              authenticatedAt: rejectedAt,
            },
            rejectedAt,
          ),
          `rejecting ${spec.serviceUserRef}`,
        );
        break;
      }
      case "new":
        issue(addDays(thisWeek, 7), atClock(addDays(today, -2), "10:00"));
        break;
      case "e2e":
        issue(lastPeriod.start, atClock(addDays(today, -1), "10:00"));
        break;
    }
  });

  // Invoices made here: every period before the last completed one that overlaps the eight weeks,
  // for both providers, and the last completed period for Oakwood only.
  const paidPeriods: InvoicePeriod[] = [];
  for (
    let period = periodContaining(addDays(anchor, Math.max(0, daysFrom(anchor, firstWeek))), anchor);
    period.end < lastPeriod.start;
    period = periodContaining(addDays(period.end, 1), anchor)
  )
    paidPeriods.push(period);
  const paidTimes = (period: InvoicePeriod) => ({
    drafted: atClock(addDays(period.end, 3), "10:00"),
    submitted: atClock(addDays(period.end, 3), "10:20"),
    approved: atClock(addDays(period.end, 8), "11:00"),
    paid: atClock(addDays(period.end, 10), "14:00"),
  });
  const oakwoodSubmitted = earlier(atClock(addDays(lastPeriod.end, 1), "10:00"), now);
  /** When an invoice made here takes a provider's visits on `date`, or null if none does. */
  const invoicedAt = (provider: Provider, date: LondonDate): Date | null => {
    const period = paidPeriods.find((p) => p.start <= date && date <= p.end);
    if (period) return paidTimes(period).drafted;
    if (provider === OAKWOOD && lastPeriod.start <= date && date <= lastPeriod.end) return oakwoodSubmitted;
    return null;
  };

  // Visits: every planned call of the eight weeks, mostly on plan; some not delivered, two short
  // stays in hospital, and an exception for about one order-week in eight. Each provider uploads
  // its call-monitoring file for a week on the Monday after it; visits nobody planned are entered
  // on the calendar the next morning.
  let visitCount = 0;
  const exceptions: { visit: Visit; kind: ExceptionKind; week: number; provider: Provider }[] = [];
  for (let week = 0; week < 8; week++) {
    const monday = addDays(firstWeek, week * 7);
    const sunday = addDays(monday, 6);
    for (const provider of [SUNRISE, OAKWOOD]) {
      const rows: string[][] = [];
      const flagged: { orderId: string; date: LondonDate; claimedStart: string; kind: ExceptionKind }[] = [];
      const unplanned: { order: ServiceOrder; call: PlannedVisit }[] = [];
      for (const { order, index } of accepted) {
        if (order.providerId !== provider.id) continue;
        const spec = demo[index]!;
        const planned = plannedVisits(order, monday);
        if (planned.length === 0) continue;
        const exceptionAt = (index * 5 + week * 3) % 8 === 1 ? (index + week * 2) % planned.length : -1;
        const kind = (["overrun", "extra-carer", "unplanned"] as const)[(index + week) % 3]!;
        planned.forEach((call, n) => {
          const exception = n === exceptionAt && kind !== "unplanned" ? kind : false;
          const details = visitFor(
            call,
            spread(index, week, n),
            inHospital(index, week, call.date),
            exception,
          );
          rows.push(...csvRows(spec, call, details));
          visitCount++;
          if (exception && details.status === "completed")
            flagged.push({ orderId: order.id, date: call.date, claimedStart: call.start, kind: exception });
        });
        if (exceptionAt >= 0 && kind === "unplanned") unplanned.push({ order, call: planned[exceptionAt]! });
      }
      if (rows.length === 0) continue;
      const fileReference = `${provider.ref}-WE${sunday.replaceAll("-", "")}`;
      const uploadedAt = earlier(atClock(addDays(monday, 7), provider === SUNRISE ? "09:00" : "09:10"), now);
      const imported = value(
        service.importActuals(staff(provider), csv(fileReference, rows), uploadedAt),
        `importing ${fileReference}`,
      );
      if (imported.summary.rejected > 0) {
        const reasons = imported.rows.flatMap((row) =>
          row.kind === "rejected" ? [row.row, ...row.reasons] : [],
        );
        throw new Error(`Demo commissioning: ${fileReference} had rejected rows: ${reasons.join("; ")}`);
      }
      for (const { orderId, date, claimedStart, kind } of flagged) {
        const visit = store.visits.findByKey(orderId, date, claimedStart);
        if (!visit) throw new Error(`Demo commissioning: no visit ${orderId} ${date} ${claimedStart}`);
        exceptions.push({ visit, kind, week, provider });
      }
      for (const { order, call } of unplanned) {
        const visit = value(
          service.recordVisit(
            staff(provider),
            {
              orderId: order.id,
              date: call.date,
              claimedStart: "15:30",
              claimedMinutes: 30,
              actualStart: atClock(call.date, "15:30"),
              actualMinutes: 30,
              carers: 1,
              status: "completed",
              reason: null,
              plannedVisitId: null,
            },
            earlier(atClock(addDays(call.date, 1), "09:30"), now),
          ),
          `recording an unplanned visit for ${order.serviceUserRef} on ${call.date}`,
        );
        visitCount++;
        exceptions.push({ visit, kind: "unplanned", week, provider });
      }
    }
  }

  // Finance decides an exception the day after it is recorded, unless an invoice made here took
  // that provider's visits before then; the last two weeks' exceptions are still waiting.
  let decisionCount = 0;
  exceptions.forEach(({ visit, kind, week, provider }, n) => {
    const decidedAt = plusMinutes(visit.recordedAt, 30 * 60);
    const invoiced = invoicedAt(provider, visit.date);
    if (week >= 6 || decidedAt > now || (invoiced && decidedAt >= invoiced)) return;
    const [outcome, reason] = DECISIONS[kind][n % 2]!;
    value(
      service.decideException(finance, visit.id, { outcome, reason }, decidedAt),
      "deciding an exception",
    );
    decisionCount++;
  });

  // Invoices: the earlier periods paid, one payment run each; Oakwood's last period waiting for finance.
  let invoiceCount = 0;
  const paid: { provider: Provider; id: string; number: string; at: Date }[] = [];
  for (const period of paidPeriods) {
    const times = paidTimes(period);
    for (const provider of [SUNRISE, OAKWOOD]) {
      const invoice = value(
        service.draftInvoice(staff(provider), provider.id, period.start, times.drafted),
        `drafting ${provider.ref}'s invoice for ${period.start}`,
      );
      invoiceCount++;
      value(
        service.runInvoice(staff(provider), invoice.id, { type: "submit" }, times.submitted),
        "submitting",
      );
      value(service.runInvoice(finance, invoice.id, { type: "approve" }, times.approved), "approving");
      paid.push({ provider, id: invoice.id, number: invoice.number, at: times.paid });
    }
    const run = `PAY-${londonDateOf(times.paid).replaceAll("-", "")}`;
    value(service.exportPayments(finance, run, times.paid), `payment run ${run}`);
  }
  const oakwoodInvoice = value(
    service.draftInvoice(staff(OAKWOOD), OAKWOOD.id, lastPeriod.start, plusMinutes(oakwoodSubmitted, -15)),
    "drafting Oakwood's invoice for the last period",
  );
  invoiceCount++;
  value(
    service.runInvoice(staff(OAKWOOD), oakwoodInvoice.id, { type: "submit" }, oakwoodSubmitted),
    "submitting Oakwood's invoice for the last period",
  );

  // Queries: Sunrise asks about a paid invoice and finance answers; Oakwood's question about an order is open.
  const teams = env.PROVIDER_QUERY_TEAMS;
  const team = (name: string) => (teams.includes(name) ? name : teams[0]!);
  const sunrisePaid = paid.filter((p) => p.provider === SUNRISE).at(-1);
  // The query is about a visit on that invoice that was paid less than claimed, as the remittance shows.
  const shortPaid = sunrisePaid
    ? value(service.viewInvoice(finance, sunrisePaid.id), "reading Sunrise's invoice")
        .lines.flatMap((line) => line.visits)
        .find((visit) => visit.paidPence < visit.claimedPence)
    : undefined;
  if (sunrisePaid && shortPaid) {
    const raisedAt = plusMinutes(sunrisePaid.at, 2 * 24 * 60 - 240);
    const query = value(
      service.raiseQuery(
        staff(SUNRISE),
        {
          about: { kind: "invoice", id: sunrisePaid.id },
          team: team("Provider payments"),
          title: `A visit paid less than claimed on ${sunrisePaid.number}`,
          text: `We claimed ${formatPounds(shortPaid.claimedPence)} for the visit to ${shortPaid.serviceUserRef} on ${formatDate(shortPaid.date)} but were paid ${formatPounds(shortPaid.paidPence)}. Can you tell us why, and how to claim the difference if it is owed?`,
        },
        raisedAt,
      ),
      "raising Sunrise's query",
    );
    value(
      service.runQuery(
        finance,
        query.id,
        {
          type: "reply",
          text: `The remittance advice gives the reason: "${shortPaid.explanation}". We pay the care delivered and agreed, never more than the claim. If you think this is wrong, send us the call-monitoring record for the visit and we will look again.`,
        },
        plusMinutes(raisedAt, 24 * 60 + 90),
      ),
      "answering Sunrise's query",
    );
  }
  const oakwoodOrder = accepted.find(({ order }) => order.providerId === OAKWOOD.id);
  if (oakwoodOrder) {
    value(
      service.raiseQuery(
        staff(OAKWOOD),
        {
          about: { kind: "order", id: oakwoodOrder.order.id },
          team: team("Brokerage"),
          title: `Moving the morning call for ${oakwoodOrder.order.serviceUserRef}`,
          text: "The family have asked for the morning call to start half an hour later so they can be there. Can the order be changed?",
        },
        atClock(addDays(today, -3), "11:15"),
      ),
      "raising Oakwood's query",
    );
  }

  return { orders: demo.length, visits: visitCount, decisions: decisionCount, invoices: invoiceCount };
}

const CSV_COLUMNS = [...ACTUALS_COLUMNS, ...ACTUALS_STATUS_COLUMNS];

const dmy = (date: LondonDate) => date.split("-").reverse().join("/");
const hms = (minutes: number) => `${formatClock(minutes)}:00`;
const quoted = (field: string) => (/[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field);

/** A call-monitoring file as a provider's system writes one (REFERENCE.md §8, with status columns). */
function csv(fileReference: string, rows: string[][]): string {
  return [CSV_COLUMNS, ...rows.map((row) => [fileReference, ...row])]
    .map((fields) => fields.map(quoted).join(","))
    .join("\r\n");
}

/**
 * A visit's rows (without the file reference): the first carer's, and one more marked SecondaryVisit
 * for each further carer, as call monitoring logs every carer's phone.
 */
function csvRows(spec: DemoOrder, call: PlannedVisit, details: VisitFields): string[][] {
  const delivered = details.status === "completed" || details.actualMinutes > 0;
  const row = (secondary: boolean) => [
    spec.provider.ref,
    spec.contract.number,
    spec.serviceUserRef,
    dmy(addDays(weekStarting(call.date), 6)),
    spec.contract.serviceType,
    dmy(call.date),
    call.start,
    hms(details.claimedMinutes),
    delivered ? formatClock(londonMinutesOf(details.actualStart)) : "",
    delivered ? hms(details.actualMinutes) : "",
    secondary ? "True" : "False",
    secondary ? "" : "1",
    details.status === "completed" ? "" : details.status,
    details.reason ?? "",
  ];
  return [row(false), ...Array.from({ length: details.carers - 1 }, () => row(true))];
}

/** Two short stays in hospital, Tuesday to Thursday: one Sunrise person's, one Oakwood person's. */
function inHospital(index: number, week: number, date: LondonDate): boolean {
  const weekday = isoWeekday(date);
  return ((index === 7 && week === 3) || (index === 20 && week === 5)) && weekday >= 2 && weekday <= 4;
}

type VisitFields = Omit<Parameters<ReturnType<typeof openCommissioning>["recordVisit"]>[1], "orderId">;

/**
 * One planned call as delivered: mostly on plan, a few minutes early or late and sometimes a few
 * minutes short or (within tolerance) over; now and then not delivered; in hospital when `inHospital`;
 * an overrun beyond tolerance or a second carer when `exception` says so.
 */
function visitFor(
  call: PlannedVisit,
  h: number,
  inHospital: boolean,
  exception: ExceptionKind | false,
): VisitFields {
  const base = {
    date: call.date,
    claimedStart: call.start,
    plannedVisitId: call.id,
    carers: call.carers,
  };
  if (inHospital) {
    return {
      ...base,
      claimedMinutes: 0,
      actualStart: call.startsAt,
      actualMinutes: 0,
      status: "hospital",
      reason: "Admitted to hospital after a fall; the family told us in the morning",
    };
  }
  if (!exception && h % 37 === 0) {
    const { status, reason, minutes } = NOT_DELIVERED[(h >>> 8) % NOT_DELIVERED.length]!;
    return {
      ...base,
      claimedMinutes: 0,
      actualStart: call.startsAt,
      actualMinutes: minutes,
      status,
      reason,
    };
  }
  const late = [0, -3, 2, 5, -1, 0, 4, -5, 1, 8][(h >>> 4) % 10]!;
  const actualStart = plusMinutes(call.startsAt, late);
  if (exception === "overrun") {
    return {
      ...base,
      claimedMinutes: call.minutes + 15,
      actualStart,
      actualMinutes: call.minutes + 15,
      status: "completed",
      reason: null,
    };
  }
  if (exception === "extra-carer") {
    return {
      ...base,
      carers: call.carers + 1,
      claimedMinutes: call.minutes,
      actualStart,
      actualMinutes: call.minutes,
      status: "completed",
      reason: null,
    };
  }
  const delta = [0, 0, -2, -5, 0, 3, -3, 0, 2, -1][(h >>> 12) % 10]!;
  const actualMinutes = Math.max(1, call.minutes + delta);
  // Over within tolerance is claimed; short is sometimes claimed in full (paid as delivered).
  const claimedMinutes =
    delta > 0 || (h >>> 16) % 3 === 0 ? Math.max(call.minutes, actualMinutes) : actualMinutes;
  return { ...base, claimedMinutes, actualStart, actualMinutes, status: "completed", reason: null };
}
