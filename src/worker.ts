// Cloudflare Workers entry: D1 (binding DB) by default, a remote libSQL database when LIBSQL_URL is set.
import type { D1Database, ExecutionContext, MessageBatch, Queue } from "@cloudflare/workers-types";
import { createClient } from "@libsql/client/web";
import { drizzle } from "drizzle-orm/libsql/web";
import { createAnalyzer, type Analyzer } from "./analysis/analyze";
import { jsonLogger } from "./api/logging";
import { createApp } from "./app";
import type { SessionFactory } from "./api/env";
import type { Database } from "./db/database";
import { drainOutbox } from "./services/moderation-delivery";
import { d1Database } from "./db/d1";
import { cloudflarePageQueue, consumePageJobs } from "./edge/page-queue";
import type { PageJobMessage } from "./services/page-jobs";
import { libsqlDatabase } from "./db/libsql";
import * as schema from "./db/schema";

export interface WorkerEnv {
  DB?: D1Database;
  LIBSQL_URL?: string;
  LIBSQL_AUTH_TOKEN?: string;
  MAX_BODY_BYTES?: string;
  /** Comma-separated origins allowed to call the stats API. */
  CORS_ORIGINS?: string;
  /** "off" disables D1 Sessions (read replication); on by default with a D1 binding. */
  D1_SESSIONS?: string;
  /** Asynchronous ingest (Prefer: respond-async): comment slices queued here and scored by `queue` below. */
  PAGE_QUEUE?: Queue<PageJobMessage>;
}

// Built on the first request of an isolate (never at import time) and reused while env is the same.
const apps = new WeakMap<WorkerEnv, { app: ReturnType<typeof createApp>; database: Database; analyzer: Analyzer }>();

function appFor(env: WorkerEnv) {
  let built = apps.get(env);
  if (!built) {
    const database = env.LIBSQL_URL
      ? libsqlDatabase(drizzle(createClient({ url: env.LIBSQL_URL, authToken: env.LIBSQL_AUTH_TOKEN }), { schema }))
      : env.DB
        ? d1Database(env.DB)
        : null;
    if (!database) throw new Error("Configure a D1 binding named DB or set LIBSQL_URL");
    // Only pass maxBodyBytes when configured: an explicit `undefined` would override createApp's default.
    const maxBodyBytes = env.MAX_BODY_BYTES ? Number(env.MAX_BODY_BYTES) : null;
    if (maxBodyBytes !== null && !(maxBodyBytes > 0)) throw new Error(`MAX_BODY_BYTES must be a positive number, got ${env.MAX_BODY_BYTES}`);
    // Webhook deliveries after a response run under ctx.waitUntil (createApp's default background).
    const analyzer = createAnalyzer();
    const app = createApp({
      database, analyzer, ...(maxBodyBytes === null ? {} : { maxBodyBytes }),
      pageQueue: env.PAGE_QUEUE ? cloudflarePageQueue(env.PAGE_QUEUE) : null,
      ...(env.DB && !env.LIBSQL_URL && env.D1_SESSIONS !== "off" ? { session: d1Sessions(env.DB) } : {}),
      corsOrigins: (env.CORS_ORIGINS ?? "").split(",").map((o) => o.trim()).filter(Boolean),
    });
    built = { app, database, analyzer };
    apps.set(env, built);
  }
  return built;
}

/**
 * D1 read replication through the Sessions API: reads may go to a nearby replica, a request carrying a
 * bookmark sees everything up to it, and requests that write start on the primary. See docs/edge.md.
 */
function d1Sessions(binding: D1Database): SessionFactory {
  return ({ write, bookmark }) => {
    // The primary is at or past any bookmark, so a write ignores the bookmark and reads what it checks there.
    const session = binding.withSession(write ? "first-primary" : (bookmark ?? "first-unconstrained"));
    return { database: d1Database(session, binding), bookmark: () => session.getBookmark() };
  };
}

const deliverer = (database: Database, ctx: ExecutionContext) => () =>
  ctx.waitUntil(drainOutbox(database, { fetch: (input, init) => fetch(input, init), now: () => new Date() }));

export default {
  fetch: (request: Request, env: WorkerEnv, ctx: ExecutionContext) => appFor(env).app.fetch(request, env, ctx),
  // Comment slices queued by asynchronous ingest (wrangler.toml [[queues.consumers]]).
  queue: (batch: MessageBatch<unknown>, env: WorkerEnv, ctx: ExecutionContext) => {
    const { database, analyzer } = appFor(env);
    return consumePageJobs(batch, { database, scoreComment: analyzer.scoreComment, log: jsonLogger, deliver: deliverer(database, ctx) });
  },
  // Cron trigger (wrangler.toml): retries and anything left in the webhook outbox.
  scheduled: (_event: unknown, env: WorkerEnv, ctx: ExecutionContext) => deliverer(appFor(env).database, ctx)(),
};
