// The floor for the load benchmark: a bare Hono + libSQL endpoint that inserts rows it is given (one
// article and its comments, in one batch) with no parsing, analysis, auth or validation. Same SQLite
// settings as the service (src/node/database.ts) and, like the service, WORKERS processes sharing the
// port; the service's own triggers (read models) are dropped so the floor does not pay for them.
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
  for (const { name } of (await setup.execute("SELECT name FROM sqlite_schema WHERE type = 'trigger'")).rows) await setup.execute(`DROP TRIGGER "${String(name)}"`);
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
  });
  serve({ fetch: app.fetch, port: Number(process.env.PORT) }, () => cluster.isPrimary && console.log('{"msg":"listening"}'));
}
