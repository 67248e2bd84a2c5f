// A/B driver for read service time: fills a database once (--comments), then for each --variant (env
// assignments, comma-separated, "-" for none) starts the server and runs the queue and stats mixes at
// --connections for --seconds, uncached. Figures of one run are comparable with each other only.
//   npx tsx bench/load/read-probe.ts --comments 200000 --variant - --variant STATEMENT_CACHE=0 [--rate N: open loop]
import autocannon from "autocannon";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { startServer } from "../../scripts/lib/server-process";
import { openDatabase } from "../../src/node/database";
import { createApiKey } from "../../src/services/api-keys";
import { fillMillion } from "./million";
import { openLoop } from "./open-loop";
import { mixAsGet, queueRequests, statsRequests, type MixCounters } from "./read-mix";

const { values } = parseArgs({ options: { comments: { type: "string", default: "200000" }, seconds: { type: "string", default: "4" }, connections: { type: "string", default: "1" }, workers: { type: "string", default: "1" }, variant: { type: "string", multiple: true }, rate: { type: "string" } } });
const dir = mkdtempSync(join(tmpdir(), "cs-readprobe-"));
// DB=<path>: keep the generated database there and reuse it on later runs (same --comments).
const url = `file:${process.env.DB ?? join(dir, "r.db")}`;
try {
  let server = await startServer({ databaseUrl: url, port: 18795, env: { WORKERS: "1" } });
  const reused = server.adminKey === undefined;
  const headers = { authorization: `Bearer ${server.adminKey ?? (await readProbeKey(url))}` };
  server.child.kill("SIGTERM");
  await server.exited;
  const n = Number(values.comments);
  const newest = Math.floor(Date.now() / 1000) * 1000;
  const data = reused ? { articles: Math.max(1, Math.floor(n / 100)), newest, oldest: newest - (n - 1) * 1000 } : await fillMillion(url, n);
  for (const variant of values.variant ?? ["-"]) {
    const env = Object.fromEntries(variant === "-" ? [] : variant.split(",").map((kv) => [kv.slice(0, kv.indexOf("=")), kv.slice(kv.indexOf("=") + 1)]));
    server = await startServer({ databaseUrl: url, port: 18795, env: { WORKERS: values.workers!, READ_CACHE: "0", ...env } });
    const line: string[] = [];
    for (const [label, mix] of [["queue", (c: MixCounters) => queueRequests(headers, c)], ["stats", (c: MixCounters) => statsRequests(headers, c, data)]] as const) {
      const run = (connections: number, duration: number) => new Promise<autocannon.Result>((res, rej) => autocannon({ url: server.url, connections, duration, requests: mix({ requests: 0, hits: 0, non200: 0 }) }, (e, r) => (e ? rej(e) : res(r))));
      await run(4, 1);
      if (values.rate) {
        // --rate N: an evenly spaced open loop (open-loop.ts) instead of the closed one.
        const counters = { requests: 0, hits: 0, non200: 0 };
        const r = await openLoop({ url: server.url, rate: Number(values.rate), seconds: Number(values.seconds), connections: 32, headers, get: mixAsGet(mix(counters)) });
        line.push(`${label} ${r.achieved.toFixed(0)} req/s p50 ${r.p50.toFixed(1)} p90 ${r.p90.toFixed(1)} p99 ${r.p99.toFixed(1)} non-2xx ${r.non2xx}`);
        continue;
      }
      const r = await run(Number(values.connections), Number(values.seconds));
      line.push(`${label} ${r.requests.average.toFixed(0)} req/s p50 ${r.latency.p50} p99 ${r.latency.p99}`);
    }
    console.log(`${variant.padEnd(24)} ${line.join("   ")}`);
    server.child.kill("SIGTERM");
    await server.exited;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

async function readProbeKey(databaseUrl: string): Promise<string> {
  const { database, close } = await openDatabase(databaseUrl);
  const key = await createApiKey(database, "admin", "read-probe");
  close();
  return key.token;
}
