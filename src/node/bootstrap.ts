import { serve } from "@hono/node-server";
import { count } from "drizzle-orm";
import { createAnalyzer } from "../analysis/analyze";
import { createApp } from "../app";
import { articles } from "../db/schema";
import { ensureBootstrapKey } from "../services/api-keys";
import { readNodeConfig } from "./config";
import { openDatabase } from "./database";
import { ingestFiles, listPageFiles, SEEDS_DIR } from "./ingest-files";
import { startWebhookLoop } from "./webhook-loop";

const log = (msg: string, extra: Record<string, unknown> = {}) => console.log(JSON.stringify({ level: "info", msg, ...extra }));

/** Starts the HTTP service on Node: config from env, migrations, first admin key, seeds, server. */
export async function startNodeServer(env: NodeJS.ProcessEnv) {
  const config = readNodeConfig(env);
  const { database, close } = await openDatabase(config.databaseUrl, config.databaseAuthToken);
  const key = await ensureBootstrapKey(database);
  if (key) {
    // Printed once: only the hash is stored.
    console.log(`\nFirst admin API key (store it now, it is not shown again):\n\n  ${key.token}\n`);
  }
  const analyzer = createAnalyzer();
  const [row] = await database.db.select({ n: count() }).from(articles);
  if (config.seedWhenEmpty && (row?.n ?? 0) === 0) {
    const results = await ingestFiles(database, analyzer, await listPageFiles([SEEDS_DIR]));
    log("seeded empty database", { pages: results.length, comments: results.reduce((a, r) => a + r.createdComments, 0) });
  }
  const app = createApp({ database, analyzer, maxBodyBytes: config.maxBodyBytes, corsOrigins: config.corsOrigins });
  const stopWebhooks = startWebhookLoop(database, 5_000, log);
  const server = serve({ fetch: app.fetch, port: config.port }, (info) =>
    log("listening", { url: `http://localhost:${info.port}`, database: config.databaseUrl }),
  );
  const shutdown = (signal: string) => {
    log("shutting down", { signal });
    // close() stops accepting connections and waits for in-flight requests before the callback.
    server.close(() => {
      void stopWebhooks().finally(() => {
        close();
        process.exit(0);
      });
    });
  };
  process.once("SIGTERM", () => shutdown("SIGTERM"));
  process.once("SIGINT", () => shutdown("SIGINT"));
  return server;
}
