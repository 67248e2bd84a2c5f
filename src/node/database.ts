import { createClient } from "@libsql/client";
import { drizzle } from "drizzle-orm/libsql";
import { migrate } from "drizzle-orm/libsql/migrator";
import { fileURLToPath } from "node:url";
import type { Database } from "../db/database";
import { libsqlDatabase } from "../db/libsql";
import * as schema from "../db/schema";
import { ensureDatabaseDir } from "./config";
import { localFilePath, localReader } from "./local-reads";
import { reusePreparedStatements } from "./statement-cache";

export const MIGRATIONS_DIR = fileURLToPath(new URL("../../drizzle", import.meta.url));

/**
 * Per-connection settings for a local file: WAL (readers never block the writer, and several processes
 * share the file), a busy timeout instead of immediate SQLITE_BUSY, synchronous=NORMAL (durable at each
 * checkpoint and safe against corruption in WAL mode), foreign keys enforced, and room for the working
 * set: a 64 MiB page cache (SQLite's default is 2 MiB, so at 1M comments every queue page re-read its
 * index pages from the OS) and reads through a memory map of up to 1 GiB (no read syscall and no copy
 * per page; the mapped pages are the OS page cache, shared by all processes).
 */
export const FILE_PRAGMAS = [
  // First: the others (journal_mode above all) may need a lock another process holds, e.g. at start-up.
  "PRAGMA busy_timeout = 5000",
  "PRAGMA journal_mode = WAL",
  "PRAGMA synchronous = NORMAL",
  "PRAGMA foreign_keys = ON",
  "PRAGMA cache_size = -65536",
  "PRAGMA mmap_size = 1073741824",
];

/**
 * Opens a libSQL database and applies the drizzle migrations (FILE_PRAGMAS first on a local file).
 * `checkpointPages`: the connection's wal_autocheckpoint, raised while a checkpoint thread runs (checkpointer.ts).
 * `reuseStatements: false` leaves libsql preparing every statement anew (statement-cache.ts; on by default).
 * `fastReads: false` sends Database.read through the client too (local-reads.ts; on by default for a file).
 */
export async function openDatabase(url: string, authToken?: string, opts: { checkpointPages?: number; reuseStatements?: boolean; fastReads?: boolean } = {}): Promise<{ database: Database; close(): void }> {
  ensureDatabaseDir(url);
  const local = url.startsWith("file:") || url === ":memory:";
  if (local && opts.reuseStatements !== false) reusePreparedStatements();
  // One connection per client for a local file: @libsql/client (0.18) opens another pooled connection
  // whenever a call starts while one is borrowed (two queries under Promise.all), and such a connection
  // has none of the pragmas below (no busy_timeout: an immediate SQLITE_BUSY; no foreign keys). Every
  // local call is synchronous, so waiting for the one connection costs a microtask.
  const client = createClient({ url, authToken, ...(local ? { concurrency: 1 } : {}) });
  if (url.startsWith("file:") || url === ":memory:") {
    for (const pragma of FILE_PRAGMAS) if (!(url.includes(":memory:") && /journal_mode|mmap/.test(pragma))) await client.execute(pragma);
    if (opts.checkpointPages !== undefined) await client.execute(`PRAGMA wal_autocheckpoint = ${Math.floor(opts.checkpointPages)}`);
  }
  const database = libsqlDatabase(drizzle(client, { schema }));
  await migrate(database.db as never, { migrationsFolder: MIGRATIONS_DIR });
  // Hand-written reads that need not see the writer's cache (the queue page) skip the client's row building (local-reads.ts).
  const path = localFilePath(url);
  const reader = path !== null && opts.fastReads !== false ? localReader(path, FILE_PRAGMAS.filter((p) => !p.includes("journal_mode"))) : null;
  return {
    database: reader ? { ...database, read: reader.query } : database,
    close: () => {
      reader?.close();
      client.close();
    },
  };
}
