// Prepared-statement reuse for @libsql/client's local (file:) connections.
//
// The client prepares every statement again on every `execute` and for every statement of a `batch`.
// Preparing is not cheap here: a statement that fires triggers compiles the trigger programs too (an
// ingest insert into `comments` compiles the author_activity triggers; the rollup upsert compiles the
// sentiment_totals triggers), and the snapshot read is a dozen sub-selects. In a CPU profile of the
// server under ingest load, `prepare` was 15% of all samples. The client uses `libsql`'s Database
// (better-sqlite3's API) underneath, so this keeps each connection's statements by SQL text and hands
// the same Statement back: the client always runs a statement to completion (`all` or `run`) before
// the next call on that connection, and a finished statement is reset by SQLite on its next use, so a
// cached statement behaves as a fresh one: after a schema change SQLite re-prepares it at its next step
// (prepare_v2). One thing it cannot redo: the client reads a statement's column names *before* that
// step, so a statement whose columns follow the schema (`SELECT *`, `RETURNING *`) would report the
// old columns once; those are never cached (drizzle always names its columns).
import Database from "libsql";

/** Per connection; past this the oldest statement is dropped (its memory is freed when collected). */
export const MAX_CACHED_STATEMENTS = 256;

type Prepare = (this: Database.Database, sql: string) => Database.Statement;

const caches = new WeakMap<object, Map<string, Database.Statement>>();
let installed = false;

const WILDCARD_BEFORE = /(?:^|[^A-Za-z0-9_$])(?:select|distinct|all|returning)\s*$|[,.]\s*$/i;

/**
 * False for SQL whose result columns could change with the schema: a column wildcard (`*` after
 * SELECT, DISTINCT, ALL, RETURNING, a comma or a dot). `count(*)` and multiplication are not wildcards.
 */
export function cacheable(sql: string): boolean {
  for (let i = sql.indexOf("*"); i !== -1; i = sql.indexOf("*", i + 1)) if (WILDCARD_BEFORE.test(sql.slice(Math.max(0, i - 12), i))) return false;
  return true;
}

/** Makes every libsql connection of this process reuse its prepared statements (idempotent). */
export function reusePreparedStatements(): void {
  if (installed) return;
  installed = true;
  const proto = (Database as unknown as { prototype: { prepare: Prepare } }).prototype;
  const prepare = proto.prepare;
  proto.prepare = function cachedPrepare(this: Database.Database, sql: string) {
    let cache = caches.get(this);
    if (cache === undefined) caches.set(this, (cache = new Map()));
    const hit = cache.get(sql);
    if (hit !== undefined) return hit;
    const statement = prepare.call(this, sql);
    if (!cacheable(sql)) return statement;
    if (cache.size >= MAX_CACHED_STATEMENTS) cache.delete(cache.keys().next().value!);
    cache.set(sql, statement);
    return statement;
  };
}
