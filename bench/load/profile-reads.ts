// In-process driver for the read path: the queue and stats request mixes of bench:load (read-mix.ts),
// one request at a time through createApp's app.request on a file database with N generated comments
// (kept at DB=<path> between runs), printing the service time per request kind. No HTTP, no read cache.
//   npx tsx bench/load/profile-reads.ts [comments=1000000] [requests=2000]
//   PROFILE=/tmp/reads.cpuprofile … : a CPU profile of the measured requests only (bench/lib-cpu-profile.ts).
import type autocannon from "autocannon";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createAnalyzer } from "../../src/analysis/analyze";
import { createApp } from "../../src/app";
import { openDatabase } from "../../src/node/database";
import { createApiKey } from "../../src/services/api-keys";
import { profiled } from "../lib-cpu-profile";
import { fillMillion } from "./million";
import { queueRequests, statsRequests, type MixCounters } from "./read-mix";

const n = Number(process.argv[2] ?? 1_000_000);
const count = Number(process.argv[3] ?? 2000);
const path = process.env.DB ?? join(tmpdir(), `cs-reads-${n}.db`);
const url = `file:${path}`;
const fresh = !existsSync(path);
const { database, close } = await openDatabase(url);
const newest = Math.floor(Date.now() / 1000) * 1000;
const data = fresh ? await fillMillion(url, n) : { articles: Math.max(1, Math.floor(n / 100)), newest, oldest: newest - (n - 1) * 1000 };
const app = createApp({ database, analyzer: createAnalyzer(), log: () => {} });
const key = await createApiKey(database, "admin", "reads");
const headers = { authorization: `Bearer ${key.token}` };

/** Drives an autocannon request mix by hand: setupRequest for the path, onResponse for the cursor. */
type MixRequest = {
  setupRequest: (req: autocannon.Request, context: object) => autocannon.Request;
  onResponse?: (status: number, body: string, context: object, headers: Record<string, string>) => void;
};
async function drive(label: string, mix: autocannon.Request, times: number) {
  const request = mix as unknown as MixRequest;
  const context = {};
  const durations: number[] = [];
  const byKind = new Map<string, number[]>();
  for (let i = 0; i < times; i++) {
    const req = request.setupRequest({ method: "GET", headers }, context) as { path: string };
    const t = performance.now();
    const res = await app.request(req.path, { headers });
    const body = await res.text();
    const d = performance.now() - t;
    if (res.status !== 200) throw new Error(`${res.status} ${req.path} ${body}`);
    request.onResponse?.(res.status, body, context, {});
    durations.push(d);
    const kind = new URL(req.path, "http://x").searchParams;
    const k = [...kind.keys()].filter((x) => x !== "limit").sort().join("+") || "(none)";
    byKind.set(k, [...(byKind.get(k) ?? []), d]);
  }
  const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
  const f = (xs: number[]) => `mean ${(xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(2)} p50 ${q(xs, 0.5).toFixed(2)} p99 ${q(xs, 0.99).toFixed(2)} ms`;
  console.log(`${label}: ${times} requests, ${f(durations)}`);
  for (const [k, xs] of [...byKind].sort((a, b) => b[1].length - a[1].length)) console.log(`  ${k.padEnd(28)} ${String(xs.length).padStart(5)}  ${f(xs)}`);
}

const counters: MixCounters = { requests: 0, hits: 0, non200: 0 };
const queue = queueRequests(headers, counters)[0]!;
const stats = statsRequests(headers, counters, data)[0]!;
await drive("warm-up queue", queue, 300);
await drive("warm-up stats", stats, 300);
await profiled(async () => {
  await drive("queue", queue, count);
  await drive("stats", stats, count);
});
close();
