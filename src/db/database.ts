import type { BatchItem } from "drizzle-orm/batch";
import type { BaseSQLiteDatabase } from "drizzle-orm/sqlite-core";
import type * as schema from "./schema";

export type Schema = typeof schema;
export type SqlDb = BaseSQLiteDatabase<"async", unknown, Schema>;

/**
 * The one database handle services take. Writes that must be atomic go through `batch`, which both
 * libSQL and D1 run as a single transaction; D1 has no interactive transactions, so no service reads
 * inside a write transaction: conflicts are settled by primary keys and unique indexes instead.
 */
export interface Database {
  db: SqlDb;
  batch(items: BatchItem<"sqlite">[]): Promise<unknown[]>;
  /** "libsql" or "d1": only for diagnostics (healthz) — behaviour must not depend on it. */
  kind: "libsql" | "d1";
  /**
   * The database this handle reaches: one object for all handles (e.g. per-request D1 sessions) on the
   * same database, so per-database caches (API keys) survive across requests.
   */
  origin: object;
  /**
   * Hand-written SQL straight to the driver, for hot paths where drizzle's query building and row
   * mapping cost more than the query (the ingest snapshot): one statement's rows as plain objects keyed
   * by column name.
   */
  query<Row = Record<string, unknown>>(statement: SqlStatement): Promise<Row[]>;
  /**
   * As `query`, for a read-only statement that need not run on the connection that writes: on a local
   * file a read-only connection of its own whose rows cost a third of the client's (src/node/local-reads.ts;
   * the queue page). Not for reads right before this process's own writes: that connection's page cache
   * is emptied by every commit, the writer's is not (ingest's snapshot stays on `query`).
   */
  read<Row = Record<string, unknown>>(statement: SqlStatement): Promise<Row[]>;
  /** Hand-written statements as one atomic batch (one transaction on libSQL and D1, as `batch`). */
  write(statements: SqlStatement[]): Promise<void>;
}

/** Strings, numbers (integers stay integers in SQLite) and null: what both drivers bind alike. */
export type SqlArg = string | number | null;

export interface SqlStatement {
  sql: string;
  args: SqlArg[];
}

/** D1 allows at most 100 bound parameters per statement; inserts are chunked to stay under it. */
export const MAX_BOUND_PARAMS = 100;

export function chunkRows<T>(rows: T[], columns: number): T[][] {
  const size = Math.max(1, Math.floor(MAX_BOUND_PARAMS / columns));
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
