// Investigation driver for latency at a fixed offered rate: starts the real server (WORKERS=1, extra env
// with --env K=V), sends evenly spaced POST /v1/pages (bench/load/open-loop.ts) at --rate for --seconds,
// and prints the percentiles. SERVER_NODE_ARGS passes node flags to the server (e.g. --cpu-prof).
//   npx tsx bench/load/open-probe.ts [--rate 80] [--seconds 8] [--env CHECKPOINT_THREAD=0]
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { startServer, syntheticPage } from "../../scripts/lib/server-process";
import { openLoop } from "./open-loop";

const { values } = parseArgs({ options: { seconds: { type: "string", default: "8" }, rate: { type: "string", default: "80" }, env: { type: "string", multiple: true } } });
const dir = mkdtempSync(join(tmpdir(), "cs-open-"));
const extraEnv = Object.fromEntries((values.env ?? []).map((kv) => [kv.slice(0, kv.indexOf("=")), kv.slice(kv.indexOf("=") + 1)]));
const server = await startServer({ databaseUrl: `file:${join(dir, "s.db")}`, port: 18791, env: { WORKERS: "1", ...extraEnv } });
const bodies = Array.from({ length: 400 }, (_, i) => syntheticPage(i, 12));
let n = 0;
const body = () => JSON.stringify({ url: `https://probe.example/${n}`, format: "text", content: bodies[n++ % bodies.length] });
const headers = { authorization: `Bearer ${server.adminKey}`, "content-type": "application/json" };
try {
  await openLoop({ url: `${server.url}/v1/pages`, rate: 20, seconds: 2, connections: 32, headers, body }); // warm-up
  for (const rate of [Number(values.rate)]) {
    const r = await openLoop({ url: `${server.url}/v1/pages`, rate, seconds: Number(values.seconds), connections: 32, headers, body });
    console.log(`${rate}/s: achieved ${r.achieved.toFixed(0)}/s p50 ${r.p50.toFixed(1)} p90 ${r.p90.toFixed(1)} p99 ${r.p99.toFixed(1)} max ${r.max.toFixed(1)} ms, non-2xx ${r.non2xx}, errors ${r.errors}`);
  }
} finally {
  server.child.kill("SIGTERM");
  await server.exited;
  rmSync(dir, { recursive: true, force: true });
}
