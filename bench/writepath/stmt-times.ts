// Where an ingest's database time goes, statement by statement: ingests N seed-like 12-comment pages
// (the load bench's) into a file database with the service's pragmas, running each batch statement on
// its own inside one transaction, and prints the mean time per page of each (second half only) and of
// the COMMIT, plus WAL pages written per commit.
//   npx tsx bench/writepath/stmt-times.ts [N]     env: NOCKPT=1 (no automatic checkpoints),
//   NOBANDS=1 (skip the story band rows), NOCACHE=1 (prepare every statement anew), MEM=1 (in memory)
import { createClient } from "@libsql/client";
import { drizzle } from "drizzle-orm/libsql";
import { migrate } from "drizzle-orm/libsql/migrator";
import { createAnalyzer } from "../../src/analysis/analyze";
import { libsqlDatabase } from "../../src/db/libsql";
import * as schema from "../../src/db/schema";
import { FILE_PRAGMAS, MIGRATIONS_DIR } from "../../src/node/database";
import { ingestPage } from "../../src/services/ingest";
import { syntheticPage } from "../../scripts/lib/server-process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { reusePreparedStatements } from "../../src/node/statement-cache";
if (!process.env.NOCACHE) reusePreparedStatements();
const url = process.env.MEM ? ":memory:" : `file:${join(mkdtempSync(join(tmpdir(), "st-")), "x.db")}`;
const client = createClient({ url });
if (!process.env.MEM) for (const p of FILE_PRAGMAS) await client.execute(p);
const database = libsqlDatabase(drizzle(client, { schema }));
if (process.env.NOCKPT) await client.execute("PRAGMA wal_autocheckpoint = 0");
await migrate(database.db as never, { migrationsFolder: MIGRATIONS_DIR });
const analyzer = createAnalyzer();
const times = new Map<string, number>();
let timing = false;
database.query = (async (st: { sql: string; args: unknown[] }) => {
  const t = performance.now();
  const r = (await client.execute(st as never)).rows;
  if (timing) times.set("SNAPSHOT", (times.get("SNAPSHOT") ?? 0) + performance.now() - t);
  return r;
}) as never;
database.write = async (stmts) => {
  const tx = await client.transaction("write");
  for (const st of stmts) {
    if (process.env.NOBANDS && st.sql.includes("story_bands")) continue;
    const t = performance.now();
    await tx.execute(st);
    if (timing) { const k = st.sql.replace(/\s+/g, " ").slice(0, 60); times.set(k, (times.get(k) ?? 0) + performance.now() - t); }
  }
  const t = performance.now();
  await tx.commit();
  if (timing) times.set("COMMIT", (times.get("COMMIT") ?? 0) + performance.now() - t);
};
const N = Number(process.argv[2] ?? 300);
const pages = Array.from({ length: 400 }, (_, i) => analyzer.analyzePage(syntheticPage(i, 12), "text"));
for (let i = 0; i < N; i++) { timing = i >= N / 2; await ingestPage(database, { url: `https://load.example/${i}` }, pages[i % 400]!); }
if (!process.env.MEM) { const f = (await client.execute("PRAGMA wal_checkpoint(PASSIVE)")).rows[0]!; console.log(`WAL frames ${f[1]} over ${N} commits: ${(Number(f[1]) / N).toFixed(1)} pages per commit (NOCKPT only)`); }
for (const [k, v] of [...times].sort((a, b) => b[1] - a[1])) console.log(`${(v / (N / 2)).toFixed(3)} ms  ${k}`);
