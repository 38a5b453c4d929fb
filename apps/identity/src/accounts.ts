import { type Db, eq, schema } from "@portal/db";
import type { Account } from "oidc-provider";
import { verifyAgainstDecoy, verifyPassword } from "./passwords.ts";

const { users } = schema;

type User = typeof users.$inferSelect;

/** Emails are compared case-insensitively; they are stored in this form. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * The user whose email and password match, or undefined. An unknown email costs the same scrypt
 * work as a wrong password, so neither the answer nor its timing says which one was wrong.
 */
export async function authenticate(db: Db, email: string, password: string): Promise<User | undefined> {
  const user = db
    .select()
    .from(users)
    .where(eq(users.email, normaliseEmail(email)))
    .get();
  if (!user) return verifyAgainstDecoy(password).then(() => undefined);
  return (await verifyPassword(password, user.passwordHash)) ? user : undefined;
}

/**
 * oidc-provider's account lookup. The claims returned here are filtered by oidc-provider to the
 * scopes granted (claims configuration in provider.ts), for both the ID token and userinfo.
 */
export function findAccount(db: Db, accountId: string): Account | undefined {
  const user = db.select().from(users).where(eq(users.id, accountId)).get();
  if (!user) return undefined;
  return {
    accountId: user.id,
    claims: () => ({
      sub: user.id,
      email: user.email,
      // Addresses are issued by the council's own processes (demo: seeded), not self-registered.
      email_verified: true,
      name: user.name,
      organisation: user.organisation,
      organisation_type: user.organisationType,
      roles: user.roles,
    }),
  };
}
