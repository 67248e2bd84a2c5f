// A/B driver for read service time: fills a database once (--comments), then for each --variant (env
// assignments, comma-separated, "-" for none) starts the server and runs the queue and stats mixes at
// --connections for --seconds, uncached. Figures of one run are comparable with each other only.
//   npx tsx bench/load/read-probe.ts --comments 200000 --variant - --variant STATEMENT_CACHE=0
import autocannon from "autocannon";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { startServer } from "../../scripts/lib/server-process";
import { fillMillion } from "./million";
import { queueRequests, statsRequests, type MixCounters } from "./read-mix";

const { values } = parseArgs({ options: { comments: { type: "string", default: "200000" }, seconds: { type: "string", default: "4" }, connections: { type: "string", default: "1" }, workers: { type: "string", default: "1" }, variant: { type: "string", multiple: true } } });
const dir = mkdtempSync(join(tmpdir(), "cs-readprobe-"));
const url = `file:${join(dir, "r.db")}`;
try {
  let server = await startServer({ databaseUrl: url, port: 18795, env: { WORKERS: "1" } });
  const headers = { authorization: `Bearer ${server.adminKey}` };
  server.child.kill("SIGTERM");
  await server.exited;
  const data = await fillMillion(url, Number(values.comments));
  for (const variant of values.variant ?? ["-"]) {
    const env = Object.fromEntries(variant === "-" ? [] : variant.split(",").map((kv) => [kv.slice(0, kv.indexOf("=")), kv.slice(kv.indexOf("=") + 1)]));
    server = await startServer({ databaseUrl: url, port: 18795, env: { WORKERS: values.workers!, READ_CACHE: "0", ...env } });
    const line: string[] = [];
    for (const [label, mix] of [["queue", (c: MixCounters) => queueRequests(headers, c)], ["stats", (c: MixCounters) => statsRequests(headers, c, data)]] as const) {
      const run = (connections: number, duration: number) => new Promise<autocannon.Result>((res, rej) => autocannon({ url: server.url, connections, duration, requests: mix({ requests: 0, hits: 0, non200: 0 }) }, (e, r) => (e ? rej(e) : res(r))));
      await run(4, 1);
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
