import type { Role } from "@portal/auth";
import { type Db, inArray, schema } from "@portal/db";
import { demoPersonas } from "@portal/identity";
import type { Actor } from "@portal/intake";

/**
 * The demo personas as the services see someone acting, with their real `sub` (the users table id),
 * so what the demo seeds belongs to the accounts people sign in as.
 */
export function demoActors(db: Db): (email: string) => Actor {
  const rows = db
    .select({ id: schema.users.id, email: schema.users.email })
    .from(schema.users)
    .where(
      inArray(
        schema.users.email,
        demoPersonas.map((p) => p.email),
      ),
    )
    .all();
  const subjects = new Map(rows.map((row) => [row.email, row.id]));
  return (email) => {
    const persona = demoPersonas.find((p) => p.email === email);
    if (!persona) throw new Error(`No demo persona ${email}`);
    return {
      subject: subjects.get(email) ?? email,
      name: persona.name,
      roles: persona.roles as Role[],
      organisation: persona.organisation,
      organisationType: persona.organisationType,
    };
  };
}
