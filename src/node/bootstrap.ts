import { serve } from "@hono/node-server";
import { createClient } from "@libsql/client";
import cluster from "node:cluster";
import { count } from "drizzle-orm";
import { createAnalyzer } from "../analysis/analyze";
import { createApp, DEFAULT_MAX_BODY_BYTES } from "../app";
import { articles } from "../db/schema";
import { ensureBootstrapKey } from "../services/api-keys";
import { readNodeConfig, type NodeConfig } from "./config";
import { openDatabase } from "./database";
import { ingestFiles, listPageFiles, SEEDS_DIR } from "./ingest-files";
import { dataVersionReadCache } from "./read-cache";
import { BACKSTOP_PAGES, startCheckpointer } from "./checkpointer";
import { bufferedJsonLogger } from "./buffered-log";
import { serialGate } from "./serial-gate";
import { startWebhookLoop } from "./webhook-loop";

const log = (msg: string, extra: Record<string, unknown> = {}) => console.log(JSON.stringify({ level: "info", msg, ...extra }));

/**
 * Starts the service on Node: config from env, migrations, first admin key, seeds, then the HTTP server —
 * in this process (WORKERS=1), or in WORKERS processes sharing the port (node:cluster) over one WAL
 * database file: the single-threaded event loop and libSQL's synchronous local calls would otherwise
 * use one core. The primary prepares the database, runs the webhook loop and supervises the workers.
 */
export async function startNodeServer(env: NodeJS.ProcessEnv) {
  const config = readNodeConfig(env);
  if (cluster.isWorker) return serveHttp(config, { primary: false });
  const { database, close } = await openDatabase(config.databaseUrl, config.databaseAuthToken, { reuseStatements: config.statementCache });
  const key = await ensureBootstrapKey(database);
  if (key) {
    // Printed once: only the hash is stored.
    console.log(`\nFirst admin API key (store it now, it is not shown again):\n\n  ${key.token}\n`);
  }
  const [row] = await database.db.select({ n: count() }).from(articles);
  if (config.seedWhenEmpty && (row?.n ?? 0) === 0) {
    const results = await ingestFiles(database, createAnalyzer(), await listPageFiles([SEEDS_DIR]));
    log("seeded empty database", { pages: results.length, comments: results.reduce((a, r) => a + r.createdComments, 0) });
  }
  if (config.workers === 1) {
    close();
    return serveHttp(config, { primary: true });
  }
  const stopWebhooks = startWebhookLoop(database, 5_000, log);
  const stopCheckpoints = config.checkpointThread ? startCheckpointer(config.databaseUrl, log) : async () => {};
  superviseWorkers(config, async () => {
    await stopWebhooks();
    await stopCheckpoints();
    close();
  });
}

/** The HTTP server of one process; SIGTERM/SIGINT stop accepting, let in-flight requests finish, exit. */
async function serveHttp(config: NodeConfig, role: { primary: boolean }) {
  const { database, close } = await openDatabase(config.databaseUrl, config.databaseAuthToken, {
    reuseStatements: config.statementCache,
    ...(config.checkpointThread ? { checkpointPages: BACKSTOP_PAGES } : {}),
  });
  // In a cluster the primary runs the checkpoint thread, as the webhook loop.
  const stopCheckpoints = config.checkpointThread && role.primary ? startCheckpointer(config.databaseUrl, log) : async () => {};
  // The cache checks PRAGMA data_version on a connection of its own (see read-cache.ts).
  const versions = config.readCache ? createClient({ url: config.databaseUrl }) : null;
  const readCache = versions ? dataVersionReadCache(versions) : null;
  const requestLog = bufferedJsonLogger();
  const app = createApp({ database, analyzer: createAnalyzer(), maxBodyBytes: config.maxBodyBytes, corsOrigins: config.corsOrigins, readCache, log: requestLog });
  // In a cluster the primary runs the webhook loop (one pass at a time for the whole database).
  const stopWebhooks = role.primary ? startWebhookLoop(database, 5_000, log) : async () => {};
  const fetch = config.serialRequests ? serialGate(app.fetch, config.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES).fetch : app.fetch;
  const server = serve({ fetch, port: config.port }, (info) => {
    if (role.primary) log("listening", { url: `http://localhost:${info.port}`, database: config.databaseUrl, workers: 1, readCache: config.readCache });
  });
  const shutdown = (signal: string) => {
    if (role.primary) log("shutting down", { signal });
    // close() stops accepting connections and waits for in-flight requests before the callback.
    server.close(() => {
      void Promise.all([stopWebhooks(), stopCheckpoints()]).finally(() => {
        requestLog.flush();
        versions?.close();
        close();
        process.exit(0);
      });
    });
  };
  process.once("SIGTERM", () => shutdown("SIGTERM"));
  process.once("SIGINT", () => shutdown("SIGINT"));
  return server;
}

/** Forks the workers, replaces any that dies, and on SIGTERM/SIGINT lets each drain before exiting. */
function superviseWorkers(config: NodeConfig, onStopped: () => Promise<void>) {
  let stopping = false;
  let listening = 0;
  cluster.on("listening", () => {
    if (++listening === config.workers) log("listening", { url: `http://localhost:${config.port}`, database: config.databaseUrl, workers: config.workers, readCache: config.readCache });
  });
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) void onStopped().finally(() => process.exit(0));
      return;
    }
    log("worker exited, starting another", { pid: worker.process.pid, code, signal });
    cluster.fork();
  });
  for (let i = 0; i < config.workers; i++) cluster.fork();
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log("shutting down", { signal, workers: config.workers });
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
  };
  process.once("SIGTERM", () => shutdown("SIGTERM"));
  process.once("SIGINT", () => shutdown("SIGINT"));
}
