// Database.read on a local file, straight through libsql's Database (the driver @libsql/client uses
// underneath) on a read-only connection of its own.
//
// @libsql/client builds every result row with Object.defineProperty per column, twice (by index and by
// name), after reading each integer as a BigInt: for a moderation-queue page (51 rows × 35 columns)
// that was 1.3 ms of a 1.7 ms execute, four times the SQL itself (bench/load/profile-reads.ts,
// docs/load.md). Here rows come from the driver as plain objects keyed by column name, which is all
// Database.read promises. Integers are read as JS numbers: every integer we store (times in ms,
// counts, versions, flags) is far below 2^53.
//
// A second connection is safe for reads in WAL mode: each statement runs in its own read transaction
// and sees every transaction committed before it, whichever connection committed it. `query_only`
// makes a write sent here an error instead of a write outside the service's batches.
import Database from "libsql";
import type { SqlStatement } from "../db/database";

export interface LocalReader {
  query<Row>(statement: SqlStatement): Promise<Row[]>;
  close(): void;
}

/**
 * The file path of a plain `file:` URL as @libsql/client reads it (an empty or `localhost` authority
 * dropped, percent-escapes decoded), or null: memory, remote, or URL parameters stay with the client.
 */
export function localFilePath(url: string): string | null {
  const m = /^file:(?:\/\/(?:localhost)?(?=\/))?([^?#]+)$/i.exec(url);
  if (!m || m[1]!.startsWith(":memory:")) return null;
  try {
    return decodeURIComponent(m[1]!);
  } catch {
    return null;
  }
}

export function localReader(path: string, pragmas: readonly string[]): LocalReader {
  const db = new Database(path);
  for (const pragma of pragmas) db.exec(pragma);
  db.exec("PRAGMA query_only = 1");
  return {
    query<Row>({ sql, args }: SqlStatement) {
      try {
        return Promise.resolve(db.prepare(sql).all(args) as Row[]);
      } catch (err) {
        return Promise.reject(err);
      }
    },
    close: () => db.close(),
  };
}
