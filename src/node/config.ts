import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";

export interface NodeConfig {
  port: number;
  /** A libSQL URL: file:…, :memory:, libsql://…, http(s)://… */
  databaseUrl: string;
  databaseAuthToken: string | undefined;
  /** Ingest seeds/ when the database holds no article yet. */
  seedWhenEmpty: boolean;
  maxBodyBytes: number | undefined;
  /** CORS_ORIGINS: comma-separated origins allowed to call the stats API (none by default). */
  corsOrigins: string[];
  /**
   * WORKERS: HTTP processes sharing the port (node:cluster) over one WAL file; default 1. Reads scale with
   * it, but concurrent writes from several processes wait for SQLite's write lock inside its busy handler,
   * which sleeps on the (blocked) event loop, and a wait that outlasts busy_timeout leaves the connection
   * unable to commit (see docs/load.md): use more than one for read-heavy deployments.
   */
  workers: number;
  /** READ_CACHE=0 turns off the read cache (src/node/read-cache.ts); on by default for a local file. */
  readCache: boolean;
  /**
   * SERIAL_REQUESTS=0 turns off the serial gate (src/node/serial-gate.ts): on by default for a local
   * file, whose synchronous calls never overlap anyway; off for a remote database, where requests wait
   * on the network and must overlap.
   */
  serialRequests: boolean;
  /**
   * CHECKPOINT_THREAD=0 turns off the WAL checkpoint thread (src/node/checkpointer.ts): on by default for
   * a local file; off, SQLite checkpoints inside the commit that fills the WAL past 1,000 pages.
   */
  checkpointThread: boolean;
  /** STATEMENT_CACHE=0: prepare every statement anew (src/node/statement-cache.ts; on by default). */
  statementCache: boolean;
}

/** Reads configuration from an environment object; called by the entry, never at import time. */
export function readNodeConfig(env: NodeJS.ProcessEnv): NodeConfig {
  const port = Number(env.PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got ${env.PORT}`);
  const maxBody = env.MAX_BODY_BYTES ? Number(env.MAX_BODY_BYTES) : undefined;
  if (maxBody !== undefined && !(maxBody > 0)) throw new Error(`MAX_BODY_BYTES must be a positive number, got ${env.MAX_BODY_BYTES}`);
  const databaseUrl = env.DATABASE_URL ?? "file:./data/comments.db";
  const localFile = databaseUrl.startsWith("file:") && !databaseUrl.includes(":memory:");
  const workers = env.WORKERS ? Number(env.WORKERS) : 1;
  if (!Number.isInteger(workers) || workers < 1 || workers > 64) throw new Error(`WORKERS must be a number of processes (1-64), got ${env.WORKERS}`);
  if (workers > 1 && databaseUrl.includes(":memory:")) throw new Error("WORKERS > 1 needs a database file: processes cannot share an in-memory database");
  return {
    port,
    databaseUrl,
    databaseAuthToken: env.DATABASE_AUTH_TOKEN || undefined,
    seedWhenEmpty: env.SEED_WHEN_EMPTY !== "0",
    maxBodyBytes: maxBody,
    corsOrigins: parseOrigins(env.CORS_ORIGINS),
    workers,
    readCache: localFile && env.READ_CACHE !== "0",
    checkpointThread: localFile && env.CHECKPOINT_THREAD !== "0",
    statementCache: env.STATEMENT_CACHE !== "0",
    serialRequests: (localFile || databaseUrl.includes(":memory:")) && env.SERIAL_REQUESTS !== "0",
  };
}

/** For file: URLs, makes sure the folder exists (libSQL does not create it). */
export function ensureDatabaseDir(url: string): void {
  if (!url.startsWith("file:")) return;
  const path = url.slice("file:".length);
  if (path && path !== ":memory:") mkdirSync(dirname(resolve(path)), { recursive: true });
}

/** "https://a.example, https://b.example" → origins; each must be an http(s) origin or "*". */
export function parseOrigins(raw: string | undefined): string[] {
  const out: string[] = [];
  for (const part of (raw ?? "").split(",")) {
    const o = part.trim();
    if (!o) continue;
    if (o !== "*" && !/^https?:\/\/[^/\s]+$/.test(o)) throw new Error(`CORS_ORIGINS entries must look like https://host[:port], got ${o}`);
    out.push(o);
  }
  return out;
}
