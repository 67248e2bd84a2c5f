// The floor for the load benchmark: a bare Hono + libSQL endpoint that inserts rows it is given (one
// article and its comments, in one batch) with no parsing, analysis, auth or validation.
import { serve } from "@hono/node-server";
import { createClient } from "@libsql/client";
import { drizzle } from "drizzle-orm/libsql";
import { Hono } from "hono";
import { chunkRows } from "../../src/db/database";
import { articles, comments } from "../../src/db/schema";
import * as schema from "../../src/db/schema";
import { openDatabase } from "../../src/node/database";

const url = process.env.DATABASE_URL!;
await (await openDatabase(url)).close(); // schema via the real migrations
const client = createClient({ url });
for (const p of ["PRAGMA journal_mode = WAL", "PRAGMA busy_timeout = 5000", "PRAGMA synchronous = NORMAL"]) await client.execute(p);
const db = drizzle(client, { schema });
const revive = <T extends Record<string, unknown>>(r: T) => ({ ...r, createdAt: new Date(), updatedAt: new Date(), ingestedAt: new Date() });

const app = new Hono().post("/ingest", async (c) => {
  const { article, rows } = await c.req.json<{ article: typeof articles.$inferInsert; rows: (typeof comments.$inferInsert)[] }>();
  const stmts = [db.insert(articles).values(revive(article)).onConflictDoNothing(), ...chunkRows(rows.map(revive), 19).map((ch) => db.insert(comments).values(ch).onConflictDoNothing())];
  await db.batch(stmts as [typeof stmts[0]]);
  return c.json({ ok: true });
});
serve({ fetch: app.fetch, port: Number(process.env.PORT) }, () => console.log('{"msg":"listening"}'));
