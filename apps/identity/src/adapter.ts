import { and, type Db, eq, gt, isNull, lt, or, schema } from "@portal/db";
import type { Adapter, AdapterPayload } from "oidc-provider";

const { oidcPayloads } = schema;

export type Clock = () => number;

/**
 * oidc-provider's storage (sessions, grants, codes, tokens, interactions) in the suite's SQLite
 * file, so a restart signs nobody out and every process sees the same state.
 */
export class SqliteAdapter implements Adapter {
  constructor(
    private readonly db: Db,
    private readonly model: string,
    private readonly now: Clock = Date.now,
  ) {}

  async upsert(id: string, payload: AdapterPayload, expiresIn: number | undefined): Promise<void> {
    const row = {
      payload,
      grantId: payload.grantId ?? null,
      userCode: payload.userCode ?? null,
      uid: payload.uid ?? null,
      expiresAt: expiresIn === undefined ? null : new Date(this.now() + expiresIn * 1000),
      consumedAt: null,
    };
    this.db
      .insert(oidcPayloads)
      .values({ id, model: this.model, ...row })
      .onConflictDoUpdate({ target: [oidcPayloads.model, oidcPayloads.id], set: row })
      .run();
  }

  async find(id: string): Promise<AdapterPayload | undefined> {
    return this.findWhere(eq(oidcPayloads.id, id));
  }

  async findByUid(uid: string): Promise<AdapterPayload | undefined> {
    return this.findWhere(eq(oidcPayloads.uid, uid));
  }

  async findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
    return this.findWhere(eq(oidcPayloads.userCode, userCode));
  }

  async consume(id: string): Promise<void> {
    this.db
      .update(oidcPayloads)
      .set({ consumedAt: new Date(this.now()) })
      .where(and(eq(oidcPayloads.model, this.model), eq(oidcPayloads.id, id)))
      .run();
  }

  async destroy(id: string): Promise<void> {
    this.db
      .delete(oidcPayloads)
      .where(and(eq(oidcPayloads.model, this.model), eq(oidcPayloads.id, id)))
      .run();
  }

  async revokeByGrantId(grantId: string): Promise<void> {
    this.db
      .delete(oidcPayloads)
      .where(and(eq(oidcPayloads.model, this.model), eq(oidcPayloads.grantId, grantId)))
      .run();
  }

  private findWhere(condition: ReturnType<typeof eq>): AdapterPayload | undefined {
    const row = this.db
      .select()
      .from(oidcPayloads)
      .where(
        and(
          eq(oidcPayloads.model, this.model),
          condition,
          or(isNull(oidcPayloads.expiresAt), gt(oidcPayloads.expiresAt, new Date(this.now()))),
        ),
      )
      .get();
    if (!row) return undefined;
    // oidc-provider reads `consumed` (epoch seconds) to refuse a second use of a code.
    return row.consumedAt
      ? { ...row.payload, consumed: Math.floor(row.consumedAt.getTime() / 1000) }
      : row.payload;
  }
}

/** Deletes expired rows; expired rows are already invisible to `find`, this only reclaims space. */
export function deleteExpiredPayloads(db: Db, now: Clock = Date.now): number {
  return db
    .delete(oidcPayloads)
    .where(lt(oidcPayloads.expiresAt, new Date(now())))
    .run().changes;
}
