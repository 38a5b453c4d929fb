import type Database from "better-sqlite3";
import type { Db } from "./connection.ts";

/** A statement a repository ran, with the values bound to it. */
export interface RecordedQuery {
  sql: string;
  params: unknown[];
}

type Runner = (...params: unknown[]) => unknown;

/**
 * Records the statements prepared on `db` from now until `stop()`, with the values of each run until then: for
 * tests and benchmarks that check query plans. Statements a repository prepared (and cached) before the
 * call are not seen, so create the repository after starting to record.
 */
export function recordQueries(db: Db): { queries: RecordedQuery[]; stop(): void } {
  const client = db.$client;
  const queries: RecordedQuery[] = [];
  const prepare = client.prepare;
  let recording = true;
  client.prepare = ((sql: string) => {
    const statement = prepare.call(client, sql) as Database.Statement;
    const methods = statement as unknown as Record<string, Runner>;
    for (const method of ["all", "get", "run", "iterate"]) {
      const original = methods[method]!;
      methods[method] = (...params: unknown[]) => {
        if (recording) queries.push({ sql, params });
        return original.apply(statement, params);
      };
    }
    return statement;
  }) as typeof client.prepare;
  return {
    queries,
    stop() {
      recording = false;
      client.prepare = prepare;
    },
  };
}

/** EXPLAIN QUERY PLAN of a statement, one line per step, indented by depth as the sqlite3 shell does. */
export function explainQueryPlan(db: Db, sql: string, params: readonly unknown[] = []): string[] {
  const rows = db.$client.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as {
    id: number;
    parent: number;
    detail: string;
  }[];
  const depth = new Map<number, number>([[0, -1]]);
  return rows.map((row) => {
    const level = (depth.get(row.parent) ?? -1) + 1;
    depth.set(row.id, level);
    return `${"  ".repeat(level)}${row.detail}`;
  });
}
