// In-process driver for the ingest write path: posts synthetic pages through createApp's app.request on
// an in-memory (or file) libSQL database and prints CPU per request and the SQL statements per page.
// Profile with: PROFILE=/tmp/ingest.cpuprofile npx tsx bench/writepath/profile-ingest.ts 200 40
import { createClient, type Client } from "@libsql/client";
import { drizzle } from "drizzle-orm/libsql";
import { migrate } from "drizzle-orm/libsql/migrator";
import { createAnalyzer } from "../../src/analysis/analyze";
import { createApp } from "../../src/app";
import { libsqlDatabase } from "../../src/db/libsql";
import * as schema from "../../src/db/schema";
import { MIGRATIONS_DIR } from "../../src/node/database";
import { createApiKey } from "../../src/services/api-keys";
import { syntheticPage } from "../edge-pages";
import { profiled } from "../lib-cpu-profile";

const n = Number(process.argv[2] ?? 200);
const count = Number(process.argv[3] ?? 40);
const path = process.argv[4] ?? "/v1/pages";

/** Counts statements sent to the database (a batch counts each of its statements). */
function counting(client: Client) {
  const counts = { queries: 0, batched: 0, batches: 0 };
  const execute = client.execute.bind(client);
  const batch = client.batch.bind(client);
  client.execute = ((...args: Parameters<Client["execute"]>) => {
    counts.queries++;
    return execute(...args);
  }) as Client["execute"];
  client.batch = ((stmts: Parameters<Client["batch"]>[0], mode?: Parameters<Client["batch"]>[1]) => {
    counts.batches++;
    counts.batched += stmts.length;
    return batch(stmts, mode);
  }) as Client["batch"];
  return counts;
}

const client = createClient({ url: ":memory:" });
await client.execute("PRAGMA foreign_keys = ON");
const database = libsqlDatabase(drizzle(client, { schema }));
await migrate(database.db as never, { migrationsFolder: MIGRATIONS_DIR });
const app = createApp({ database, analyzer: createAnalyzer(), log: () => {} });
const key = await createApiKey(database, "ingest", "bench");
const headers = { authorization: `Bearer ${key.token}`, "content-type": "application/json" };
// DISTINCT=1: every article is about something else (no story candidates); by default all pages are
// near-duplicates of one article, as in bench:edge, so each ingest compares against 50 candidates.
const distinct = (i: number) => (process.env.DISTINCT ? `Dispatch ${i}: ${Array.from({ length: 40 }, (_, k) => `w${(i * 7919 + k * 104729) % 100003}`).join(" ")}.\n\n` : "");
const bodies = Array.from({ length: count + 10 }, (_, i) => JSON.stringify({ format: "text", url: `https://bench.example/n${n}/v${i}`, content: distinct(i) + syntheticPage(n, i) }));

async function post(b: string) {
  const res = await app.request(path, { method: "POST", headers, body: b });
  if (res.status !== 200) throw new Error(`${res.status} ${await res.text()}`);
  await res.arrayBuffer();
}
for (let i = 0; i < 10; i++) await post(bodies[i]!);
const counts = counting(client);
const t = await profiled(async () => {
  const t0 = process.cpuUsage();
  for (let i = 10; i < count + 10; i++) await post(bodies[i]!);
  return process.cpuUsage(t0);
});
// A re-post of an already stored page (idempotent path).
const again = { ...counts };
await post(bodies[10]!);
console.log(
  `${path} ${n}c: ${((t.user + t.system) / 1000 / count).toFixed(2)} ms CPU/request over ${count}; ` +
    `statements per new page: ${(counts.queries / count).toFixed(1)} reads + ${(again.batched / count).toFixed(1)} in ${(again.batches / count).toFixed(1)} batch; ` +
    `re-post: ${counts.queries - again.queries} reads + ${counts.batched - again.batched} batched`,
);
client.close();
