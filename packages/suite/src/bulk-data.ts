/**
 * Synthetic intake items in bulk, for load testing the triage queue (`pnpm seed:bulk`, `pnpm bench:queue`).
 * Everything is made up: names from short lists, postcodes in the BS district, answers a few fields long.
 * Deterministic for a given database size and `now`.
 */
import { resolve } from "node:path";
import type { Db, openDatabase } from "@portal/db";
import { personKeys, queueKey } from "@portal/intake";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const YEAR = 365.25 * DAY;

export function databasePath(): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), process.env.DATABASE_PATH || "./data/portal.db");
}

export function parseCount(arg: string | undefined, fallback: number): number {
  if (arg === undefined) return fallback;
  const count = Number(arg.replace(/[_,]/g, ""));
  if (!Number.isInteger(count) || count < 0) throw new Error(`Not a number of items: ${arg}`);
  return count;
}

/** Settings for a bulk load only: a large page cache, and no fsync per batch (a crash means reseeding). */
export function bulkLoadPragmas(db: ReturnType<typeof openDatabase>): void {
  db.$client.pragma("cache_size = -3000000");
  db.$client.pragma("synchronous = OFF");
  db.$client.pragma("temp_store = MEMORY");
}

/** Crockford's base32, as references use it (no I, L, O, U). */
const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const PREFIX = { children: "CSC", "early-help": "EH", adults: "ASC" } as const;
type Service = keyof typeof PREFIX;

/** A small, fast, seeded PRNG (mulberry32): `next()` is uniform in [0, 1). */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  /** Picks from [value, weight] pairs. */
  const weighted = <T>(list: readonly (readonly [T, number])[]): T => {
    const total = list.reduce((sum, [, w]) => sum + w, 0);
    let r = next() * total;
    for (const [value, w] of list) {
      r -= w;
      if (r < 0) return value;
    }
    return list[list.length - 1]![0];
  };
  const chance = (p: number) => next() < p;
  return { next, int, pick, weighted, chance };
}
type Random = ReturnType<typeof prng>;

// Given names with spelling variants side by side, weighted roughly by how common they are.
const GIVEN_CHILD: readonly (readonly [string, number])[] = [
  ["Oliver", 9],
  ["Olly", 1],
  ["Harry", 7],
  ["Harri", 1],
  ["George", 7],
  ["Noah", 7],
  ["Jack", 6],
  ["Leo", 6],
  ["Muhammad", 6],
  ["Mohammed", 4],
  ["Mohammad", 2],
  ["Jacob", 4],
  ["Jakob", 1],
  ["Alfie", 5],
  ["Freddie", 5],
  ["Freddy", 1],
  ["Charlie", 5],
  ["Oscar", 4],
  ["Archie", 4],
  ["Thomas", 4],
  ["Tomas", 1],
  ["Riley", 3],
  ["Rylee", 1],
  ["Jayden", 3],
  ["Jaiden", 1],
  ["Kai", 3],
  ["Tyler", 3],
  ["Callum", 2],
  ["Kallum", 1],
  ["Amelia", 9],
  ["Olivia", 8],
  ["Isla", 7],
  ["Ava", 6],
  ["Mia", 6],
  ["Ivy", 5],
  ["Lily", 5],
  ["Lilly", 2],
  ["Lillie", 1],
  ["Sophia", 4],
  ["Sofia", 3],
  ["Grace", 4],
  ["Freya", 4],
  ["Evie", 4],
  ["Evey", 1],
  ["Ella", 4],
  ["Poppy", 3],
  ["Chloe", 3],
  ["Chloë", 1],
  ["Zoe", 3],
  ["Zoë", 1],
  ["Aisha", 2],
  ["Ayesha", 1],
  ["Layla", 3],
  ["Leila", 1],
  ["Jessica", 2],
  ["Jessika", 1],
  ["Caitlin", 2],
  ["Katelyn", 1],
  ["Kaitlyn", 1],
];
const GIVEN_ADULT: readonly (readonly [string, number])[] = [
  ["David", 8],
  ["Dave", 1],
  ["John", 8],
  ["Jon", 2],
  ["Michael", 7],
  ["Micheal", 1],
  ["Paul", 6],
  ["Andrew", 5],
  ["Peter", 5],
  ["Stephen", 4],
  ["Steven", 4],
  ["Mark", 4],
  ["Marc", 1],
  ["Robert", 4],
  ["Philip", 3],
  ["Phillip", 2],
  ["Geoffrey", 2],
  ["Jeffrey", 2],
  ["Alan", 3],
  ["Allan", 1],
  ["Allen", 1],
  ["Margaret", 6],
  ["Susan", 6],
  ["Suzanne", 1],
  ["Sarah", 6],
  ["Sara", 2],
  ["Elizabeth", 5],
  ["Patricia", 4],
  ["Catherine", 3],
  ["Katherine", 3],
  ["Kathryn", 2],
  ["Ann", 3],
  ["Anne", 3],
  ["Deborah", 2],
  ["Debra", 2],
  ["Joan", 3],
  ["Jean", 3],
  ["Doreen", 1],
  ["Rebecca", 3],
  ["Rebekah", 1],
  ["Claire", 3],
  ["Clare", 2],
];
const FAMILY: readonly (readonly [string, number])[] = [
  ["Smith", 30],
  ["Smyth", 2],
  ["Jones", 20],
  ["Williams", 14],
  ["Taylor", 12],
  ["Brown", 12],
  ["Davies", 10],
  ["Davis", 4],
  ["Evans", 9],
  ["Wilson", 8],
  ["Thomas", 8],
  ["Johnson", 7],
  ["Johnston", 2],
  ["Roberts", 7],
  ["Robinson", 6],
  ["Thompson", 6],
  ["Thomson", 2],
  ["Wright", 6],
  ["Walker", 6],
  ["White", 5],
  ["Whyte", 1],
  ["Edwards", 5],
  ["Hughes", 5],
  ["Green", 5],
  ["Greene", 1],
  ["Hall", 5],
  ["Lewis", 5],
  ["Harris", 5],
  ["Harries", 1],
  ["Clarke", 5],
  ["Clark", 4],
  ["Patel", 5],
  ["Jackson", 4],
  ["Wood", 4],
  ["Turner", 4],
  ["Martin", 4],
  ["Cooper", 4],
  ["Hill", 4],
  ["Ward", 4],
  ["Morris", 4],
  ["Moore", 4],
  ["Moor", 1],
  ["Khan", 4],
  ["Khann", 1],
  ["Begum", 3],
  ["Ali", 3],
  ["Hussain", 3],
  ["Hussein", 2],
  ["Macdonald", 2],
  ["McDonald", 2],
  ["O'Brien", 2],
  ["OBrien", 1],
  ["Reid", 2],
  ["Reed", 2],
  ["Read", 1],
  ["Phillips", 3],
  ["Philips", 1],
  ["Kowalski", 1],
  ["Nowak", 1],
  ["Smith-Jones", 1],
  ["Okafor", 1],
  ["Mensah", 1],
  ["Nguyen", 1],
  ["Campbell", 3],
  ["Kelly", 3],
  ["Kelley", 1],
];

/** A long tail of less common family names, so the listed ones are about as common as in England. */
const TAIL_FAMILY = [
  "Ash",
  "Brad",
  "Cal",
  "Dun",
  "Elling",
  "Fair",
  "Gold",
  "Hart",
  "Ing",
  "Kings",
  "Lang",
  "Mar",
  "New",
  "Oak",
  "Pen",
  "Rad",
  "Shel",
  "Thorn",
  "Wal",
  "Whit",
  "Black",
  "Brom",
  "Car",
  "Craw",
  "Dray",
  "Faw",
  "Gar",
  "Hal",
  "Holl",
  "Kent",
  "Lock",
  "Mid",
  "Nor",
  "Ox",
  "Pem",
  "Ring",
  "Stan",
  "Tat",
  "Wen",
  "York",
].flatMap((start) =>
  [
    "ley",
    "ton",
    "worth",
    "field",
    "ford",
    "by",
    "well",
    "wood",
    "ham",
    "cott",
    "den",
    "more",
    "stone",
    "bridge",
    "land",
    "shaw",
    "hurst",
    "wick",
    "combe",
    "thorpe",
  ].map((end) => start + end),
);

const WORKERS = Array.from({ length: 40 }, (_, i) => ({
  subject: `worker-${String(i + 1).padStart(2, "0")}`,
  name: `Practitioner ${String(i + 1).padStart(2, "0")}`,
}));

const FORMS: Record<Service, readonly (readonly [{ formId: string; portal: string }, number])[]> = {
  children: [
    [{ formId: "child-safeguarding-referral", portal: "professionals" }, 60],
    [{ formId: "report-a-concern", portal: "public" }, 20],
    [{ formId: "police-notification", portal: "professionals" }, 17],
    [{ formId: "information-request", portal: "professionals" }, 2],
    [{ formId: "fostering-enquiry", portal: "public" }, 1],
  ],
  "early-help": [
    [{ formId: "early-help-professional", portal: "professionals" }, 70],
    [{ formId: "early-help-family", portal: "public" }, 30],
  ],
  adults: [
    [{ formId: "adult-safeguarding-concern", portal: "professionals" }, 45],
    [{ formId: "adult-care-needs-referral", portal: "professionals" }, 30],
    [{ formId: "adult-care-needs-request", portal: "public" }, 18],
    [{ formId: "carer-support", portal: "public" }, 7],
  ],
};

const REFERRERS = [
  { organisation: "Harbourside Police", organisationType: "police" },
  { organisation: "Harbourside Academy", organisationType: "education" },
  { organisation: "St Mary's Primary School", organisationType: "education" },
  { organisation: "Riverside Medical Practice", organisationType: "health" },
  { organisation: "Harbourside General Hospital", organisationType: "health" },
  { organisation: "Harbourside Health Visiting", organisationType: "health" },
  { organisation: "Harbourside Housing", organisationType: "housing" },
  { organisation: "Harbourside Probation", organisationType: "probation" },
  { organisation: "Youth Justice Service", organisationType: "youth-justice" },
  { organisation: "Harbourside Care Homes", organisationType: "care-provider" },
] as const;

const CONCERNS = [
  "Child arrived at school hungry and with unexplained bruising.",
  "Neighbour reports shouting and a young child left alone at night.",
  "Domestic abuse incident attended by police; children present.",
  "Parent struggling to cope and asking for support with routines.",
  "Older adult appears to be financially exploited by a relative.",
  "Carer reports pressure sores and missed visits.",
  "Young person missing from home overnight twice this month.",
];

/** A family name: a third from the common list, the rest from the long tail. */
function familyName(random: Random): string {
  return random.chance(0.35) ? random.weighted(FAMILY) : random.pick(TAIL_FAMILY);
}

/** Crockford characters for a reference suffix. */
function suffix(random: Random, length: number): string {
  let s = "";
  for (let i = 0; i < length; i++) s += CROCKFORD[random.int(32)];
  return s;
}

const londonMonth = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  year: "2-digit",
  month: "2-digit",
});
const monthByHour = new Map<number, string>();
/** YYMM in England, cached by hour (the only boundary that differs from UTC is an hour wide). */
function yearMonth(ms: number): string {
  const hour = Math.floor(ms / HOUR);
  let value = monthByHour.get(hour);
  if (value === undefined) {
    const parts = londonMonth.formatToParts(new Date(hour * HOUR + 1));
    value = `${parts.find((p) => p.type === "year")?.value}${parts.find((p) => p.type === "month")?.value}`;
    monthByHour.set(hour, value);
  }
  return value;
}

/** A received time in the last `years`, mostly on weekdays in office hours (UK, close enough in UTC). */
function receivedTime(random: Random, now: number, years: number): number {
  for (;;) {
    const day = Math.floor((now - random.next() * years * YEAR) / DAY) * DAY;
    const weekday = new Date(day).getUTCDay();
    if ((weekday === 0 || weekday === 6) && !random.chance(0.25)) continue;
    const hour = random.chance(0.85) ? 8 + random.next() * 9 : random.next() * 24;
    const at = day + Math.floor(hour * HOUR);
    if (at < now) return at;
  }
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export interface BulkSeedOptions {
  now?: Date;
  years?: number;
  batchSize?: number;
  /** Drop and rebuild the secondary indexes around the load (default: for big loads into small databases). */
  rebuildIndexes?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export interface BulkSeedResult {
  items: number;
  subjects: number;
  checks: number;
  open: number;
  ms: number;
}

/**
 * Inserts `count` synthetic intake items (with subjects and checks): in batched transactions, or, for a
 * big load, in one transaction around dropped and rebuilt secondary indexes.
 */
export function seedBulk(db: Db, count: number, options: BulkSeedOptions = {}): BulkSeedResult {
  const started = performance.now();
  const client = db.$client;
  const now = (options.now ?? new Date()).getTime();
  const years = options.years ?? 3;
  const batchSize = options.batchSize ?? 10_000;
  const existing = client.prepare("SELECT count(*) FROM intake_items").pluck().get() as number;
  const random = prng(0x5eed + existing * 7919);

  // References already taken, so a second seed never clashes with the first (or with real items).
  const taken = new Set<string>(
    client.prepare("SELECT reference FROM intake_items").pluck().all() as string[],
  );
  const reference = (service: Service, at: number): string => {
    const stem = `${PREFIX[service]}-${yearMonth(at)}-`;
    // Four characters give 1,048,576 per service and month; fall back to five (the pattern allows it)
    // only if a month ever fills up.
    for (let attempt = 0; ; attempt++) {
      const candidate = stem + suffix(random, attempt < 50 ? 4 : 5);
      if (!taken.has(candidate)) {
        taken.add(candidate);
        return candidate;
      }
    }
  };
  const id = (): string => {
    const bytes = Buffer.alloc(16);
    for (let i = 0; i < 16; i += 4) bytes.writeUInt32LE(Math.floor(random.next() * 4294967296), i);
    return bytes.toString("base64url");
  };

  // Postcodes: a few thousand in the BS district, so families and neighbours share them.
  const postcodes = Array.from(
    { length: 6000 },
    () =>
      `BS${1 + random.int(16)} ${random.int(10)}${"ABDEFGHJLNPQRSTUWXYZ"[random.int(20)]}${"ABDEFGHJLNPQRSTUWXYZ"[random.int(20)]}`,
  );

  const insertItem = client.prepare(`INSERT INTO intake_items (
      id, reference, draft_id, service, portal, form_id, form_version, answers, subjects,
      subject_name, subject_date_of_birth, subject_postcode, referrer, referrer_subject,
      referrer_organisation, referrer_organisation_type, referrer_anonymous, received_at, status, consent,
      entered_service_at, acknowledged_at, assignee_subject, assignee_name, rag, rag_reason, screened_at,
      decision, outcome, feedback, closed_at, closure, due_at, queue_key)
    VALUES (?, ?, NULL, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertSubject = client.prepare(`INSERT INTO item_subjects
      (item_id, position, name, role, normal_name, given_key, family_key, date_of_birth, postcode)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertCheck = client.prepare(`INSERT INTO item_checks
      (id, item_id, agency, question, requested_at, requested_by, due_at, status, response, responded_at,
       responded_by, withdrawn_reason)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)`);

  // Received times in order, so the time-ordered indexes grow at one end.
  const times = new Float64Array(count);
  for (let i = 0; i < count; i++) times[i] = receivedTime(random, now, years);
  times.sort();

  let subjects = 0;
  let checks = 0;
  let open = 0;

  const one = (receivedAt: number) => {
    const service = random.weighted<Service>([
      ["children", 55],
      ["early-help", 15],
      ["adults", 30],
    ]);
    const { formId, portal } = random.weighted(FORMS[service]);
    const itemId = id();
    const age = now - receivedAt;
    const openChance = age < 14 * DAY ? 0.9 : age < 60 * DAY ? 0.35 : age < YEAR ? 0.02 : 0.001;
    const stage = random.chance(openChance)
      ? random.weighted<"received" | "screening" | "decided">([
          ["received", 45],
          ["screening", 35],
          ["decided", 20],
        ])
      : "closed";
    if (stage !== "closed") open++;

    // The people: children (and sometimes a parent) for children's and early help, one adult otherwise.
    const family = familyName(random);
    const postcode = random.chance(0.92) ? random.pick(postcodes) : null;
    const people: { name: string; dateOfBirth: string | null; postcode: string | null; role: string }[] = [];
    if (service === "adults") {
      people.push({
        name: `${random.weighted(GIVEN_ADULT)} ${family}`,
        dateOfBirth: random.chance(0.9) ? isoDate(receivedAt - (18 + random.next() * 77) * YEAR) : null,
        postcode,
        role: "adult at risk",
      });
    } else {
      const children = random.weighted([
        [1, 60],
        [2, 28],
        [3, 12],
      ] as const);
      for (let c = 0; c < children; c++) {
        people.push({
          name: random.chance(0.01) ? "Not known" : `${random.weighted(GIVEN_CHILD)} ${family}`,
          dateOfBirth: random.chance(0.93) ? isoDate(receivedAt - random.next() * 17.9 * YEAR) : null,
          postcode,
          role: "child",
        });
      }
      if (random.chance(0.2)) {
        people.push({
          name: `${random.weighted(GIVEN_ADULT)} ${random.chance(0.8) ? family : familyName(random)}`,
          dateOfBirth: random.chance(0.6) ? isoDate(receivedAt - (20 + random.next() * 30) * YEAR) : null,
          postcode,
          role: "parent or carer",
        });
      }
    }

    const anonymous = portal === "public" && random.chance(0.15);
    const professional = portal === "professionals" ? random.pick(REFERRERS) : null;
    const referrer = anonymous
      ? { anonymous: true }
      : {
          anonymous: false,
          name: "A Referrer",
          email: "referrer@example.org",
          ...(professional ?? {}),
        };
    const consentAnswer = random.weighted([
      ["yes-agreed", 70],
      ["yes-refused", 8],
      ["no", 22],
    ] as const);
    const consent = { "yes-agreed": "given", "yes-refused": "refused", no: "not-sought" }[consentAnswer];
    const answers = { concern: random.pick(CONCERNS), "consent-sought": consentAnswer };

    // Triage state consistent with the stage.
    // Screening sets the RAG rating and moves the item on, so only items past "received" have one.
    const screened = stage !== "received";
    const rag = screened
      ? random.weighted([
          ["red", 10],
          ["amber", 45],
          ["green", 40],
          ["blue", 5],
        ] as const)
      : null;
    const screenedAt = screened ? receivedAt + random.int(8) * HOUR + 30 * 60_000 : null;
    const acknowledgedAt = anonymous || random.chance(0.3) ? null : receivedAt + random.int(20) * HOUR;
    const assignee =
      stage === "closed" || random.chance(stage === "received" ? 0.15 : 0.7) ? random.pick(WORKERS) : null;
    const decidedAt =
      stage === "decided" || stage === "closed" ? (screenedAt ?? receivedAt) + random.int(72) * HOUR : null;
    const outcome =
      decidedAt === null
        ? null
        : random.weighted(
            service === "early-help"
              ? ([
                  ["allocated", 60],
                  ["signposted", 30],
                  ["stepped-up", 10],
                ] as const)
              : ([
                  ["nfa", 40],
                  ["advice-and-information", 25],
                  ["assessment", 25],
                  ["strategy-discussion", 10],
                ] as const),
          );
    const decider = assignee ?? random.pick(WORKERS);
    const decision =
      decidedAt === null
        ? null
        : JSON.stringify({
            outcome,
            reason: "Decided on the information held.",
            decidedAt,
            decidedBy: decider,
          });
    const closedAt = stage === "closed" ? (decidedAt ?? receivedAt) + random.int(96) * HOUR : null;
    const feedback =
      stage === "closed" && !anonymous
        ? JSON.stringify({
            message: "Thank you; we have acted on this.",
            recordedAt: closedAt,
            recordedBy: decider,
          })
        : null;

    // The next deadline while open, roughly as the workflow sets it (acknowledge, decide, feed back).
    let dueAt: number | null = null;
    if (stage === "received") dueAt = receivedAt + (acknowledgedAt === null && !anonymous ? 1 : 2) * DAY;
    else if (stage === "screening")
      dueAt = (screenedAt ?? receivedAt) + (rag === "red" ? 1 : rag === "amber" ? 2 : 3) * DAY;
    else if (stage === "decided") dueAt = (decidedAt ?? receivedAt) + 3 * DAY;

    const first = people[0]!;
    const firstKeys = personKeys(first);
    insertItem.run(
      itemId,
      reference(service, receivedAt),
      service,
      portal,
      formId,
      JSON.stringify(answers),
      JSON.stringify(people),
      firstKeys.normalName,
      first.dateOfBirth,
      first.postcode,
      JSON.stringify(referrer),
      professional?.organisation ?? null,
      professional?.organisationType ?? null,
      anonymous ? 1 : 0,
      receivedAt,
      stage,
      consent,
      receivedAt,
      acknowledgedAt,
      assignee?.subject ?? null,
      assignee?.name ?? null,
      rag,
      rag ? "Screened against the threshold document." : null,
      screenedAt,
      decision,
      outcome,
      feedback,
      closedAt,
      stage === "closed" ? (random.chance(0.02) ? "duplicate" : "completed") : null,
      dueAt,
      queueKey(dueAt === null ? null : new Date(dueAt), new Date(receivedAt)),
    );
    people.forEach((person, position) => {
      const keys = personKeys(person);
      insertSubject.run(
        itemId,
        position,
        person.name,
        person.role,
        keys.normalName,
        keys.givenKey,
        keys.familyKey,
        keys.dateOfBirth,
        keys.postcode,
      );
      subjects++;
    });

    // Partner checks: open ones on a quarter of the open items, answered ones on a few closed ones.
    const checkCount =
      stage === "closed" ? (random.chance(0.05) ? 1 : 0) : random.chance(0.25) ? 1 + random.int(2) : 0;
    for (let c = 0; c < checkCount; c++) {
      const requestedAt = (screenedAt ?? receivedAt) + random.int(6) * HOUR;
      const answered = stage === "closed" || random.chance(0.2);
      const agency = random.weighted([
        ["police", 45],
        ["health", 40],
        ["education", 15],
      ] as const);
      const respondedAt = answered ? requestedAt + random.int(48) * HOUR : null;
      insertCheck.run(
        `${itemId}.${c}`,
        itemId,
        agency,
        "Please share anything known about the family in the last two years.",
        requestedAt,
        JSON.stringify(assignee ?? random.pick(WORKERS)),
        requestedAt + (rag === "red" ? 1 : 3) * DAY,
        answered ? "answered" : "open",
        answered ? "Nothing further known." : null,
        respondedAt,
        answered
          ? JSON.stringify({ subject: `${agency}-desk`, name: `${agency} desk`, organisation: agency })
          : null,
      );
      checks++;
    }
  };

  const insertAll = () => {
    for (let from = 0; from < count; from += batchSize) {
      const to = Math.min(count, from + batchSize);
      for (let i = from; i < to; i++) one(times[i]!);
      options.onProgress?.(to, count);
    }
  };
  if (options.rebuildIndexes ?? (count >= 50_000 && count >= existing)) {
    // A big load into a smaller database: drop the secondary indexes and build them again afterwards
    // (sorting once is far cheaper than a million random inserts into each), all in one transaction so
    // that a crash leaves the database as it was, indexes included.
    const secondary = client
      .prepare(
        `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL
         AND tbl_name IN ('intake_items', 'item_subjects', 'item_checks') AND sql NOT LIKE 'CREATE UNIQUE%'`,
      )
      .all() as { name: string; sql: string }[];
    // A rollback journal writes new pages once, where WAL writes them twice (log, then checkpoint). It
    // can only be switched to while no other connection is open; otherwise the load stays in WAL.
    const journal = String(client.pragma("journal_mode", { simple: true }));
    let switched = false;
    try {
      switched = client.pragma("journal_mode = DELETE", { simple: true }) === "delete";
    } catch {
      // another connection holds the database: keep its mode
    }
    try {
      client
        .transaction(() => {
          for (const index of secondary) client.exec(`DROP INDEX "${index.name}"`);
          insertAll();
          for (const index of secondary) client.exec(index.sql);
        })
        .immediate();
    } finally {
      if (switched) client.pragma(`journal_mode = ${journal}`);
    }
  } else {
    // Otherwise batches of `batchSize` items per transaction.
    const batch = client.transaction((from: number, to: number) => {
      for (let i = from; i < to; i++) one(times[i]!);
    });
    for (let from = 0; from < count; from += batchSize) {
      const to = Math.min(count, from + batchSize);
      batch(from, to);
      options.onProgress?.(to, count);
    }
  }
  return { items: count, subjects, checks, open, ms: performance.now() - started };
}
