import type { Client } from "@libsql/client";
import type { BatchItem } from "drizzle-orm/batch";
import type { LibSQLDatabase } from "drizzle-orm/libsql/driver-core";
import type { Database, Schema, SqlDb, SqlStatement } from "./database";

/**
 * Wraps a drizzle libSQL database as the service's Database. The caller builds it with
 * `drizzle-orm/libsql` on Node or `drizzle-orm/libsql/web` on Workers (no Node client in the bundle).
 */
export function libsqlDatabase(db: LibSQLDatabase<Schema>): Database {
  const client = (db as unknown as { $client: Pick<Client, "execute" | "batch"> }).$client;
  return {
    db: db as unknown as SqlDb,
    kind: "libsql",
    origin: client,
    batch: (items: BatchItem<"sqlite">[]) => (items.length ? db.batch(items as [BatchItem<"sqlite">]) : Promise.resolve([])),
    async query<Row>(statement: SqlStatement) {
      return (await client.execute(statement)).rows as unknown as Row[];
    },
    async read<Row>(statement: SqlStatement) {
      return (await client.execute(statement)).rows as unknown as Row[];
    },
    async write(statements: SqlStatement[]) {
      if (statements.length > 0) await client.batch(statements, "write");
    },
  };
}
