import type Database from "better-sqlite3";

export type Param = string | number | null;

/**
 * Hand-written SQL with its prepared statements kept for reuse. IN lists make a statement per list
 * length, so the cache is bounded: odd shapes cannot pile up.
 */
export function statementCache(client: Database.Database, limit = 500) {
  const statements = new Map<string, Database.Statement>();
  const prepared = (text: string): Database.Statement => {
    let statement = statements.get(text);
    if (!statement) {
      if (statements.size >= limit) statements.clear();
      statement = client.prepare(text);
      statements.set(text, statement);
    }
    return statement;
  };
  return {
    prepared,
    all: <T>(text: string, params: readonly Param[]): T[] => prepared(text).all(...params) as T[],
    get: <T>(text: string, params: readonly Param[]): T | undefined =>
      prepared(text).get(...params) as T | undefined,
  };
}
