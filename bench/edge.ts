// `npm run bench:edge`: CPU time per request inside workerd for POST /v1/pages with 1, 20 and 200
// comments, and the Worker's gzipped bundle size; beside it the same requests through the Node app.
//
// How CPU is measured. Inside an isolate, performance.now()/Date.now() are frozen between I/O events
// (a Spectre mitigation), so the Worker cannot time its own compute. Instead the bench runs the exact
// bundle `wrangler deploy` would upload in workerd (no nodejs_compat) and reads a workerd process's CPU
// time from the kernel: the sum over its threads of /proc/PID/task/*/schedstat (nanoseconds on CPU),
// before and after R sequential requests, divided by R. Requests are sent from this Node process, so the
// client's cost is not counted. Two setups, measured on the same requests one after the other:
//   - "Worker alone" (the figure the 5 ms budget is about): the Worker in its own workerd, D1 in a second
//     workerd (bench/edge-split.ts). The Worker's D1 binding is workerd's own D1 client, exactly as in
//     Miniflare and production, whose requests go to an external HTTP service holding Miniflare's local D1
//     (the real D1 Durable Object and SQLite: every query runs). So the Worker's process pays for HTTP, our
//     JS, the D1 client's request building and result parsing, but not for SQLite, which production runs
//     outside the Worker too. It still pays for plain HTTP/TCP to D1 (an upper bound of production).
//     The D1 process's CPU is printed beside it.
//   - "one process": Miniflare as `wrangler dev` runs it, Worker + local D1 (and Miniflare's routing
//     Worker) in one workerd: everything the request costs on one machine.
// POST /v1/analyze (nothing stored) isolates the JS work, and GET /healthz shows the fixed per-request floor.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Miniflare } from "miniflare";
import { createAnalyzer } from "../src/analysis/analyze";
import { createApp } from "../src/app";
import { openDatabase } from "../src/node/database";
import { apiKeyInsertSql, createApiKey, mintApiKey } from "../src/services/api-keys";
import { buildWorker, GZIP_BUDGET_BYTES, kib, ROOT, sizeByPackage } from "../scripts/worker-bundle";
import { syntheticHtmlPage, syntheticPage } from "./edge-pages";
import { asyncIngestTable, type AsyncRow } from "./edge-async";
import { migrationStatements, startSplitWorker } from "./edge-split";

const SIZES = [1, 20, 200];
const CPU_BUDGET_MS = 5;
const requestsFor = (n: number) => (n >= 200 ? 25 : n >= 20 ? 60 : 150);
// Enough warm-up requests for V8 to have optimised the hot paths (TurboFan compiles on background threads
// of the same process, which /proc counts): with 4-8, the first HTML rows still paid for compilation
// (200-comment HTML /v1/analyze: 14.6 ms after 5 warm-ups, 6.6 ms after 60). Production isolates serve many requests.
const WARMUP = 30;

function workerdCpuNs(pid: number): number {
  let total = 0;
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      total += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, "utf8").split(" ")[0]);
    } catch {
      /* thread exited between readdir and read */
    }
  }
  return total;
}

/** A workerd child of this process other than those in `exclude`. */
function findWorkerdPid(exclude: number[] = []): number {
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const comm = /\(([^)]*)\)/.exec(stat)?.[1];
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (comm === "workerd" && ppid === process.pid && !exclude.includes(Number(entry))) return Number(entry);
    } catch {
      /* process exited */
    }
  }
  throw new Error("workerd child process not found (this bench needs Linux /proc)");
}

const body = (n: number, variant: number, format: "text" | "html" = "text") =>
  JSON.stringify({ format, url: `https://bench.example/${format}/n${n}/v${variant}`, content: format === "html" ? syntheticHtmlPage(n, variant) : syntheticPage(n, variant) });

type Send = (method: string, path: string, body?: string) => Promise<Response>;

/** Sequential requests; every POST /v1/pages is a new article, so each one does the full insert path. */
async function run(send: Send, count: number, path: string, n: number, offset: number) {
  for (let i = 0; i < count; i++) {
    const res = await send(path === "/healthz" ? "GET" : "POST", path, path === "/healthz" ? undefined : body(n, offset + i));
    if (res.status !== 200) throw new Error(`${path} (${n} comments): ${res.status} ${await res.text()}`);
    await res.arrayBuffer();
  }
}

async function measure(send: Send, cpuNs: () => number, path: string, n: number, offset: number): Promise<number> {
  return (await measureEach(send, [cpuNs], path, n, offset))[0]!;
}

/** Mean CPU ms per request of each process in `cpuNs`, sampled around the same requests. */
async function measureEach(send: Send, cpuNs: (() => number)[], path: string, n: number, offset: number): Promise<number[]> {
  await run(send, WARMUP, path, n, offset);
  const count = requestsFor(n);
  const before = cpuNs.map((read) => read());
  await run(send, count, path, n, offset + WARMUP);
  return cpuNs.map((read, i) => (read() - before[i]!) / 1e6 / count);
}

const wranglerToml = readFileSync(join(ROOT, "wrangler.toml"), "utf8");
const compatibilityDate = /^compatibility_date\s*=\s*"([^"]+)"/m.exec(wranglerToml)?.[1] ?? "2026-04-20";

console.log("Building the Worker as `wrangler deploy --dry-run --outdir` does …");
const built = await buildWorker();
console.log(`Bundle: ${kib(built.rawBytes)} minified, ${kib(built.gzipBytes)} gzipped (gzip -9 of the uploaded module, source map excluded); budget ${kib(GZIP_BUDGET_BYTES)}`);
console.log("  largest parts: " + sizeByPackage(built).slice(0, 6).map(([p, b]) => `${p} ${kib(b)}`).join(", "));

const mf = new Miniflare({
  modules: true,
  scriptPath: built.scriptPath,
  modulesRoot: built.outdir,
  compatibilityDate,
  d1Databases: ["DB"],
  bindings: { LIBSQL_URL: "" },
  // The Worker logs one JSON line per request (as in production); drain it so the table stays readable.
  handleRuntimeStdio: (stdout: NodeJS.ReadableStream, stderr: NodeJS.ReadableStream) => {
    stdout.resume();
    stderr.pipe(process.stderr); // errors stay visible
  },
});
try {
  await mf.ready;
  const d1 = await mf.getD1Database("DB");
  for (const statement of migrationStatements()) await d1.prepare(statement).run();
  const { row, key } = await mintApiKey("ingest", "bench");
  await d1.prepare(apiKeyInsertSql(row)).run();
  const pid = findWorkerdPid();
  let summary: { combined: number; floor: number; alone: number; splitFloor: number; d1: number } | undefined;
  const asyncRows: AsyncRow[] = [];
  const auth = { authorization: `Bearer ${key.token}`, "content-type": "application/json" };
  const sendWorker: Send = (method, path, b) => mf.dispatchFetch(`http://bench.test${path}`, { method, headers: auth, body: b }) as unknown as Promise<Response>;

  const node = await openDatabase(":memory:");
  const app = createApp({ database: node.database, analyzer: createAnalyzer(), log: () => {} });
  const nodeKey = await createApiKey(node.database, "ingest", "bench");
  const sendNode: Send = async (method, path, b) =>
    app.request(path, { method, headers: { authorization: `Bearer ${nodeKey.token}`, "content-type": "application/json" }, body: b });
  const nodeCpuNs = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) * 1000;
  };

  // The production-shaped pair: the Worker alone in workerd, D1 in a second workerd (bench/edge-split.ts).
  const split = await startSplitWorker(built, compatibilityDate, () => findWorkerdPid([pid]));
  // Exited children may linger as zombies named workerd: never mistake them for the next one.
  const analysisPidsToSkip = [pid, split.d1Pid, split.workerPid];
  try {
    for (const statement of migrationStatements()) await split.database.prepare(statement).run();
    await split.database.prepare(apiKeyInsertSql(row)).run();
    const sendSplit: Send = (method, path, b) => fetch(`${split.url}${path}`, { method, headers: auth, body: b });
    const splitCpu = [() => workerdCpuNs(split.workerPid), () => workerdCpuNs(split.d1Pid)];

    console.log(`\nCPU ms per request (mean over R sequential requests after ${WARMUP} warm-up; workerd = whole process via /proc schedstat, Node = process.cpuUsage in-process).`);
    console.log("One process: Miniflare, Worker + local D1 in one workerd. Worker alone: the Worker's workerd, D1 in a second workerd (its CPU beside it).");
    console.log("request                     R  one process  minus floor  Worker alone  minus floor  D1 process  Node+libSQL  budget (Worker alone)");
    const row1 = (label: string, cells: number[], budget = "") =>
      console.log(`${label} ${cells.map((c, i) => (Number.isNaN(c) ? "" : c.toFixed(3)).padStart([11, 12, 13, 12, 11, 12][i]!)).join(" ")}  ${budget}`);
    const floor = await measure(sendWorker, () => workerdCpuNs(pid), "/healthz", 0, 0);
    const [splitFloor] = await measureEach(sendSplit, splitCpu, "/healthz", 0, 0);
    const nodeFloor = await measure(sendNode, nodeCpuNs, "/healthz", 0, 0);
    row1(`GET /healthz (floor)      ${String(requestsFor(0)).padStart(3)}`, [floor, NaN, splitFloor!, NaN, NaN, nodeFloor]);
    for (const path of ["/v1/analyze", "/v1/pages"]) {
      for (const n of SIZES) {
        const offset = n * 10_000;
        const w = await measure(sendWorker, () => workerdCpuNs(pid), path, n, offset);
        const [alone, d1] = await measureEach(sendSplit, splitCpu, path, n, offset);
        const b = await measure(sendNode, nodeCpuNs, path, n, offset);
        const budget = path === "/v1/pages" && n === 200 ? (alone! < CPU_BUDGET_MS ? `< ${CPU_BUDGET_MS} ✓` : `≥ ${CPU_BUDGET_MS} ✗ (synchronous; see the asynchronous rows)`) : "";
        if (path === "/v1/pages" && n === 200) summary = { combined: w, floor, alone: alone!, splitFloor: splitFloor!, d1: d1! };
        row1(`POST ${path.padEnd(12)} ${String(n).padStart(3)}c ${String(requestsFor(n)).padStart(3)}`, [w, w - floor, alone!, alone! - splitFloor!, d1!, b], budget);
      }
    }
    const postAsync = (format: "text" | "html", n: number, variant: number) =>
      fetch(`${split.url}/v1/pages`, { method: "POST", headers: { ...auth, prefer: "respond-async" }, body: body(n, variant, format) });
    asyncRows.push(...(await asyncIngestTable(split, { worker: splitCpu[0]!, d1: splitCpu[1]! }, postAsync, SIZES, requestsFor, CPU_BUDGET_MS)));
  } finally {
    await split.dispose();
  }
  node.close();

  // The analysis alone inside the isolate, amortised: one request runs it `repeat` times.
  const analysisWorker = await buildWorker({ entry: "bench/edge-worker.ts" });
  const mfAnalysis = new Miniflare({ modules: true, scriptPath: analysisWorker.scriptPath, modulesRoot: analysisWorker.outdir, compatibilityDate });
  try {
    await mfAnalysis.ready;
    const analysisPid = findWorkerdPid(analysisPidsToSkip);
    console.log("\nAnalysis only (segment + score), inside workerd, amortised over `repeat` runs per request:");
    for (const n of SIZES) {
      const repeat = Math.max(4, Math.round(800 / n));
      const send = () => mfAnalysis.dispatchFetch("http://bench.test/", { method: "POST", body: JSON.stringify({ content: syntheticPage(n, 1), repeat }) });
      for (let i = 0; i < 3; i++) await (await send()).text();
      const before = workerdCpuNs(analysisPid);
      const rounds = 10;
      for (let i = 0; i < rounds; i++) await (await send()).text();
      const workerdMs = (workerdCpuNs(analysisPid) - before) / 1e6 / (rounds * repeat);
      const analyzer = createAnalyzer();
      const page = syntheticPage(n, 1);
      for (let i = 0; i < 3; i++) analyzer.analyzePage(page, "text");
      const t1 = nodeCpuNs();
      for (let i = 0; i < rounds * repeat; i++) analyzer.analyzePage(page, "text");
      const nodeMs = (nodeCpuNs() - t1) / 1e6 / (rounds * repeat);
      console.log(`  ${String(n).padStart(3)} comments: ${workerdMs.toFixed(3)} ms in workerd, ${nodeMs.toFixed(3)} ms in Node (${((workerdMs * 1000) / n).toFixed(1)} µs/comment in workerd)`);
    }
  } finally {
    await mfAnalysis.dispose();
  }
  if (summary) {
    const { combined, floor, alone, splitFloor, d1 } = summary;
    console.log(`\n200-comment POST /v1/pages: Worker alone ${alone.toFixed(2)} ms CPU (${(alone - splitFloor).toFixed(2)} ms above its /healthz floor; budget ${CPU_BUDGET_MS} ms), D1's process ${d1.toFixed(2)} ms;`);
    console.log(`  one process (Worker + local D1, Miniflare): ${combined.toFixed(2)} ms, ${(combined - floor).toFixed(2)} ms above its floor`);
  }
  for (const a200 of asyncRows.filter((r) => r.comments === 200)) {
    const worst = Math.max(a200.request, a200.articleJob, a200.job);
    console.log(`200-comment ${a200.format} page with Prefer: respond-async: request ${a200.request.toFixed(2)} ms, article job ${a200.articleJob.toFixed(2)} ms, each of its ${a200.jobsPerPage.toFixed(0)} comment jobs ` +
      `${a200.job.toFixed(2)} ms (budget ${CPU_BUDGET_MS} ms per invocation ${worst < CPU_BUDGET_MS ? "✓" : "✗"}); the whole page ${(a200.request + a200.articleJob + a200.job * a200.jobsPerPage).toFixed(2)} ms of CPU`);
  }
  console.log(`machine load average while measuring: ${readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")}`);
  console.log(`bundle: ${kib(built.gzipBytes)} gzipped (budget ${kib(GZIP_BUDGET_BYTES)}) ${built.gzipBytes < GZIP_BUDGET_BYTES ? "✓" : "✗"}`);
} finally {
  await mf.dispose();
}
