import type { D1Database, D1PreparedStatement } from "@cloudflare/workers-types";
import type { BatchItem } from "drizzle-orm/batch";
import { drizzle } from "drizzle-orm/d1";
import type { Database, SqlDb, SqlStatement } from "./database";
import * as schema from "./schema";

/** A D1 binding or one of its read-replication sessions (`binding.withSession(…)`): both prepare and batch. */
export type D1Queryable = Pick<D1Database, "prepare" | "batch">;

interface PreparedForBatch {
  stmt?: D1PreparedStatement;
  getQuery(): { sql: string; params: unknown[] };
  mapResult(result: unknown, isFromBatch: boolean): unknown;
}

/**
 * Wraps a Cloudflare D1 binding as the service's Database.
 *
 * `batch` does what drizzle-orm 0.45's D1 batch does, with one fix: drizzle binds parameters through
 * the prepared query's `stmt`, which raw `db.run(sql…)` / `db.all(sql…)` items do not have, so any raw
 * statement with parameters crashed the batch ("reading 'bind'"). Raw items are prepared here instead.
 * `origin` is the database behind a session (see Database.origin); by default the binding itself.
 */
export function d1Database(binding: D1Queryable, origin: object = binding): Database {
  // Built on first use: a handle per request (D1 Sessions) that only runs hand-written SQL (ingest with
  // a cached API key) never pays for drizzle's schema set-up.
  let db: SqlDb | null = null;
  return {
    get db() {
      return (db ??= drizzle(binding as never, { schema }) as unknown as SqlDb);
    },
    kind: "d1",
    origin,
    async batch(items: BatchItem<"sqlite">[]) {
      if (items.length === 0) return [];
      const prepared = items.map((item) => (item as unknown as { _prepare(): PreparedForBatch })._prepare());
      const statements = prepared.map((p) => {
        const { sql, params } = p.getQuery();
        return (p.stmt ?? binding.prepare(sql)).bind(...params);
      });
      const results = await binding.batch(statements);
      return results.map((r, i) => prepared[i]!.mapResult(r, true));
    },
    async query<Row>({ sql, args }: SqlStatement) {
      return (await binding.prepare(sql).bind(...args).all<Row>()).results;
    },
    async read<Row>({ sql, args }: SqlStatement) {
      return (await binding.prepare(sql).bind(...args).all<Row>()).results;
    },
    async write(statements: SqlStatement[]) {
      if (statements.length > 0) await binding.batch(statements.map(({ sql, args }) => binding.prepare(sql).bind(...args)));
    },
  };
}
