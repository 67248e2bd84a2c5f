import { createClient } from "@libsql/client";
import { drizzle } from "drizzle-orm/libsql";
import { migrate } from "drizzle-orm/libsql/migrator";
import { fileURLToPath } from "node:url";
import type { Database } from "../db/database";
import { libsqlDatabase } from "../db/libsql";
import * as schema from "../db/schema";
import { ensureDatabaseDir } from "./config";

export const MIGRATIONS_DIR = fileURLToPath(new URL("../../drizzle", import.meta.url));

/**
 * Opens a libSQL database and applies the drizzle migrations. On a local file: WAL (readers never block
 * the writer), a busy timeout instead of immediate SQLITE_BUSY, synchronous=NORMAL (durable at each
 * checkpoint and safe against corruption in WAL mode), and foreign keys enforced.
 */
export async function openDatabase(url: string, authToken?: string): Promise<{ database: Database; close(): void }> {
  ensureDatabaseDir(url);
  const client = createClient({ url, authToken });
  if (url.startsWith("file:") || url === ":memory:") {
    if (!url.includes(":memory:")) await client.execute("PRAGMA journal_mode = WAL");
    await client.execute("PRAGMA busy_timeout = 5000");
    await client.execute("PRAGMA synchronous = NORMAL");
    await client.execute("PRAGMA foreign_keys = ON");
  }
  const database = libsqlDatabase(drizzle(client, { schema }));
  await migrate(database.db as never, { migrationsFolder: MIGRATIONS_DIR });
  return { database, close: () => client.close() };
}
