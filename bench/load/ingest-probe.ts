// Investigation driver for the ingest tail: starts the real server (WORKERS=1) with NODE_OPTIONS passed
// through (e.g. --cpu-prof), drives POST /v1/pages at 32 connections for --seconds, and prints the
// latency percentiles and the slowest requests' start times (to line them up with server events).
//   npx tsx bench/load/ingest-probe.ts [--seconds 8] [--connections 32] [--rate N]
import autocannon from "autocannon";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { startServer, syntheticPage } from "../../scripts/lib/server-process";

const { values } = parseArgs({ options: { seconds: { type: "string", default: "8" }, connections: { type: "string", default: "32" }, rate: { type: "string" }, env: { type: "string", multiple: true } } });
const dir = mkdtempSync(join(tmpdir(), "cs-probe-"));
const extraEnv = Object.fromEntries((values.env ?? []).map((kv) => [kv.slice(0, kv.indexOf("=")), kv.slice(kv.indexOf("=") + 1)]));
const server = await startServer({ databaseUrl: `file:${join(dir, "s.db")}`, port: 18790, env: { WORKERS: "1", ...extraEnv } });
// The server's own request log (durationMs from its first middleware to the response).
const serverSlow: number[] = [];
let buf = "";
server.child.stdout!.on("data", (d: Buffer) => {
  buf += d;
  const lines = buf.split("\n");
  buf = lines.pop()!;
  for (const l of lines) { const m = /"durationMs":([0-9.]+)/.exec(l); if (m && Number(m[1]) > 200) serverSlow.push(Number(m[1])); }
});
const bodies = Array.from({ length: 400 }, (_, i) => syntheticPage(i, 12));
let n = 0;
const headers = { authorization: `Bearer ${server.adminKey}`, "content-type": "application/json" };
const req: autocannon.Request = { method: "POST", headers, setupRequest: (r) => ({ ...r, body: JSON.stringify({ url: `https://load.example/${n}`, format: "text", content: bodies[n++ % 400] }) }) };
const run = (o: Partial<autocannon.Options>) => new Promise<autocannon.Result>((res, rej) => autocannon({ url: `${server.url}/v1/pages`, connections: Number(values.connections), requests: [req], ...o }, (e, r) => (e ? rej(e) : res(r))));
await run({ connections: 8, duration: 2 });
const slow: { at: number; ms: number }[] = [];
const t0 = Date.now();
const inst = autocannon({ url: `${server.url}/v1/pages`, connections: Number(values.connections), duration: Number(values.seconds), requests: [req], ...(values.rate ? { overallRate: Number(values.rate) } : {}) }, () => {});
inst.on("response", (_c: unknown, _s: number, _b: number, ms: number) => { if (ms > 200) slow.push({ at: Date.now() - t0 - ms, ms }); });
const r = await new Promise<autocannon.Result>((res) => inst.on("done", res));
console.log(`${r.requests.average.toFixed(0)} req/s p50 ${r.latency.p50} p90 ${r.latency.p90} p99 ${r.latency.p99} max ${r.latency.max} non2xx ${r.non2xx} errors ${r.errors} timeouts ${r.timeouts}`);
console.log(`slow (>200 ms): ${slow.length}; worst: ${slow.sort((a, b) => b.ms - a.ms).slice(0, 12).map((s) => `${s.ms.toFixed(0)}ms@${s.at.toFixed(0)}`).join(" ")}`);
console.log(`server-side >200 ms: ${serverSlow.length}; worst ${serverSlow.sort((a, b) => b - a).slice(0, 8).join(" ")}`);
server.child.kill("SIGTERM");
await server.exited;
rmSync(dir, { recursive: true, force: true });
