import { randomUUID } from "node:crypto";
import { type Db, durably, eq, inArray, schema } from "@portal/db";
import { normaliseEmail } from "./accounts.ts";
import { hashPassword } from "./passwords.ts";

const { users } = schema;

/** The one password of every demo persona (CONTRACTS.md). Demo mode only. */
export const DEMO_PASSWORD = "demo-password-1";

export interface Persona {
  email: string;
  name: string;
  organisation: string;
  organisationType: string;
  /** Suite roles (packages/auth/src/roles.ts). */
  roles: string[];
}

const council = (organisation: string, name: string, email: string, roles: string[]): Persona => ({
  email,
  name,
  organisation,
  organisationType: "council",
  roles,
});

/** The personas of CONTRACTS.md, with the roles the portals check. */
export const demoPersonas: readonly Persona[] = [
  {
    email: "parent@example.org",
    name: "Alex Morgan",
    organisation: "Member of the public",
    organisationType: "public",
    roles: ["citizen"],
  },
  {
    email: "dsl@school.example.org",
    name: "Sam Taylor",
    organisation: "Greenfield Primary School",
    organisationType: "school",
    roles: ["professional", "safeguarding:lead"],
  },
  {
    email: "gp@health.example.org",
    name: "Dr Priya Shah",
    organisation: "Riverside Surgery",
    organisationType: "gp",
    roles: ["professional"],
  },
  {
    email: "officer@police.example.org",
    name: "PC Jordan Lee",
    organisation: "County Police",
    organisationType: "police",
    roles: ["professional"],
  },
  council("Council children's services", "Chris Walker", "mash.sw@council.example.org", [
    "mash:practitioner",
  ]),
  council("Council children's services", "Morgan Hughes", "mash.manager@council.example.org", [
    "mash:manager",
    "mash:practitioner",
  ]),
  {
    email: "mash.police@police.example.org",
    name: "DC Ria Patel",
    organisation: "County Police MASH desk",
    organisationType: "police",
    roles: ["mash:partner"],
  },
  {
    email: "mash.health@health.example.org",
    name: "Jo Bennett",
    organisation: "Health MASH desk",
    organisationType: "health",
    roles: ["mash:partner"],
  },
  council("Council early help", "Kim Evans", "earlyhelp@council.example.org", ["earlyhelp:triage"]),
  council("Council adult social care", "Lee Roberts", "adults@council.example.org", ["adults:triage"]),
  council("Council LADO team", "Dana Clarke", "lado@council.example.org", ["lado:officer"]),
  {
    email: "manager@sunrise-care.example.org",
    name: "Ruth Green",
    organisation: "Sunrise Care Ltd",
    organisationType: "provider",
    roles: ["provider:user"],
  },
  {
    email: "manager@oakwood-homecare.example.org",
    name: "Tom Wood",
    organisation: "Oakwood Homecare",
    organisationType: "provider",
    roles: ["provider:user"],
  },
  council("Council finance", "Fran Ali", "finance@council.example.org", ["finance:officer"]),
  council("Council information governance", "Rob Khan", "records@council.example.org", ["records:officer"]),
];

/**
 * Creates or updates the demo personas (by email). Existing rows keep their id and password hash,
 * so re-seeding neither changes anyone's `sub` nor spends scrypt work on every start.
 */
export async function seedDemoPersonas(db: Db): Promise<void> {
  const emails = demoPersonas.map((persona) => normaliseEmail(persona.email));
  const existing = new Set(
    db
      .select({ email: users.email })
      .from(users)
      .where(inArray(users.email, emails))
      .all()
      .map((row) => row.email),
  );
  const hashes = new Map(
    await Promise.all(
      emails
        .filter((email) => !existing.has(email))
        .map(async (email) => [email, await hashPassword(DEMO_PASSWORD)] as const),
    ),
  );
  durably(db, () => {
    for (const persona of demoPersonas) {
      const email = normaliseEmail(persona.email);
      const profile = {
        name: persona.name,
        organisation: persona.organisation,
        organisationType: persona.organisationType,
        roles: persona.roles,
      };
      const passwordHash = hashes.get(email);
      if (passwordHash) {
        db.insert(users)
          .values({ id: randomUUID(), email, passwordHash, ...profile })
          .onConflictDoUpdate({ target: users.email, set: profile })
          .run();
      } else {
        db.update(users).set(profile).where(eq(users.email, email)).run();
      }
    }
  });
}
