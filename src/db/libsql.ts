import type { BatchItem } from "drizzle-orm/batch";
import type { LibSQLDatabase } from "drizzle-orm/libsql/driver-core";
import type { Database, Schema, SqlDb } from "./database";

/**
 * Wraps a drizzle libSQL database as the service's Database. The caller builds it with
 * `drizzle-orm/libsql` on Node or `drizzle-orm/libsql/web` on Workers (no Node client in the bundle).
 */
export function libsqlDatabase(db: LibSQLDatabase<Schema>): Database {
  return {
    db: db as unknown as SqlDb,
    kind: "libsql",
    batch: (items: BatchItem<"sqlite">[]) => (items.length ? db.batch(items as [BatchItem<"sqlite">]) : Promise.resolve([])),
  };
}
