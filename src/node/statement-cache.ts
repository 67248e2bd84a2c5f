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
// cached statement behaves as a fresh one (schema changes re-prepare it inside SQLite: prepare_v2).
import Database from "libsql";

/** Per connection; past this the oldest statement is dropped (its memory is freed when collected). */
export const MAX_CACHED_STATEMENTS = 256;

type Prepare = (this: Database.Database, sql: string) => Database.Statement;

const caches = new WeakMap<object, Map<string, Database.Statement>>();
let installed = false;

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
    if (cache.size >= MAX_CACHED_STATEMENTS) cache.delete(cache.keys().next().value!);
    cache.set(sql, statement);
    return statement;
  };
}
