// The floors for the load benchmark: a bare Hono + libSQL endpoint with no parsing, analysis, auth or
// validation. Same SQLite settings as the service (src/node/database.ts) and, like the service, WORKERS
// processes sharing the port. Two endpoints:
//   POST /statements  the service's own write batch for the page (the same rows, ids and statements:
//                     bench/load/same-rows.ts), with the service's triggers kept (KEEP_TRIGGERS=1): the
//                     floor the issue names, "a bare endpoint inserting the same rows";
//   POST /ingest      only the article and its comment rows (sequential ids, triggers dropped): a
//                     stricter floor that leaves out the audit events, rollups and story rows.
import { serve } from "@hono/node-server";
import { createClient } from "@libsql/client";
import { drizzle } from "drizzle-orm/libsql";
import { Hono } from "hono";
import cluster from "node:cluster";
import { chunkRows } from "../../src/db/database";
import { articles, comments } from "../../src/db/schema";
import * as schema from "../../src/db/schema";
import { FILE_PRAGMAS, openDatabase } from "../../src/node/database";

const url = process.env.DATABASE_URL!;
const workers = Number(process.env.WORKERS ?? 1);

if (cluster.isPrimary) {
  const { close } = await openDatabase(url); // schema via the real migrations
  const setup = createClient({ url });
  // The "same rows" floor keeps the triggers: the rows they write (author activity, sentiment totals) are
  // rows the service stores for every page too.
  if (process.env.KEEP_TRIGGERS !== "1") {
    for (const { name } of (await setup.execute("SELECT name FROM sqlite_schema WHERE type = 'trigger'")).rows) await setup.execute(`DROP TRIGGER "${String(name)}"`);
  }
  setup.close();
  close();
}
if (cluster.isPrimary && workers > 1) {
  let listening = 0;
  cluster.on("listening", () => ++listening === workers && console.log('{"msg":"listening"}'));
  for (let i = 0; i < workers; i++) cluster.fork();
  process.once("SIGTERM", () => {
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill("SIGTERM");
    process.exit(0);
  });
} else {
  const client = createClient({ url });
  for (const p of FILE_PRAGMAS) await client.execute(p);
  const db = drizzle(client, { schema });
  const revive = <T extends Record<string, unknown>>(r: T) => ({ ...r, createdAt: new Date(), updatedAt: new Date(), ingestedAt: new Date() });
  const app = new Hono().post("/ingest", async (c) => {
    const { article, rows } = await c.req.json<{ article: typeof articles.$inferInsert; rows: (typeof comments.$inferInsert)[] }>();
    const stmts = [db.insert(articles).values(revive(article)).onConflictDoNothing(), ...chunkRows(rows.map(revive), 19).map((ch) => db.insert(comments).values(ch).onConflictDoNothing())];
    await db.batch(stmts as [(typeof stmts)[0]]);
    return c.json({ ok: true });
  }).post("/statements", async (c) => {
    // The service's own write batch for the page (bench/load/same-rows.ts), run as one transaction.
    const { statements } = await c.req.json<{ statements: { sql: string; args: (string | number | null)[] }[] }>();
    await client.batch(statements, "write");
    return c.json({ ok: true });
  });
  serve({ fetch: app.fetch, port: Number(process.env.PORT) }, () => cluster.isPrimary && console.log('{"msg":"listening"}'));
}
