import type { D1Database } from "@cloudflare/workers-types";
import type { BatchItem } from "drizzle-orm/batch";
import { drizzle } from "drizzle-orm/d1";
import type { Database, SqlDb } from "./database";
import * as schema from "./schema";

/** Wraps a Cloudflare D1 binding as the service's Database. */
export function d1Database(binding: D1Database): Database {
  const db = drizzle(binding as never, { schema });
  return {
    db: db as unknown as SqlDb,
    kind: "d1",
    batch: (items: BatchItem<"sqlite">[]) => (items.length ? db.batch(items as [BatchItem<"sqlite">]) : Promise.resolve([])),
  };
}
