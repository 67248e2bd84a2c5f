// Dev helper: a CPU profile of the Worker inside workerd (bench:edge's "Worker alone" setup, unminified
// bundle, workerd's inspector), for one kind of request; prints self time per function, per request.
//   npx tsx scripts/profile-edge.ts [sync|async|jobs] [comments=200] [--html] [--out file.cpuprofile]
// Times are inflated by the profiler (about 2-3x): read them as shares, and measure with bench:edge.
import { writeFileSync } from "node:fs";
import WebSocket from "ws";
import { syntheticHtmlPage, syntheticPage } from "../bench/edge-pages";
import { migrationStatements, startSplitWorker } from "../bench/edge-split";
import { apiKeyInsertSql, mintApiKey } from "../src/services/api-keys";
import { buildWorker } from "./worker-bundle";

const mode = process.argv[2] ?? "sync";
const n = Number(process.argv[3] ?? 200);
const format = process.argv.includes("--html") ? "html" : "text";
const out = process.argv.includes("--out") ? process.argv[process.argv.indexOf("--out") + 1] : undefined;
const ROUNDS = 40;
const INSPECTOR_PORT = 19229;

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

const built = await buildWorker({ minify: false });
const split = await startSplitWorker(built, "2026-04-20", () => 0, INSPECTOR_PORT);
try {
  for (const statement of migrationStatements()) await split.database.prepare(statement).run();
  const { row, key } = await mintApiKey("ingest", "profile");
  await split.database.prepare(apiKeyInsertSql(row)).run();
  const post = async (i: number, prefer: boolean) => {
    const headers = { authorization: `Bearer ${key.token}`, "content-type": "application/json", ...(prefer ? { prefer: "respond-async" } : {}) };
    const res = await fetch(`${split.url}/v1/pages`, { method: "POST", headers, body: JSON.stringify({ format, url: `https://p.example/${i}`, content: format === "html" ? syntheticHtmlPage(n, i) : syntheticPage(n, i) }) });
    if (res.status >= 300) throw new Error(await res.text());
    await res.text();
  };
  let units = ROUNDS;
  const work = async (from: number) => {
    if (mode === "sync") for (let i = 0; i < ROUNDS; i++) await post(from + i, false);
    else if (mode === "async") for (let i = 0; i < ROUNDS; i++) await post(from + i, true);
    else {
      const jobs = split.takeQueued();
      units = jobs.length;
      for (const job of jobs) await split.deliver([job]);
    }
  };
  if (mode === "jobs") for (let i = 0; i < ROUNDS; i++) await post(i, true);
  else await work(1000);
  if (mode !== "jobs") split.takeQueued();

  const targets = (await (await fetch(`http://127.0.0.1:${INSPECTOR_PORT}/json`)).json()) as { webSocketDebuggerUrl: string }[];
  const ws = new WebSocket(targets[0]!.webSocketDebuggerUrl);
  await new Promise((r) => ws.once("open", r));
  let id = 0;
  const pending = new Map<number, (v: unknown) => void>();
  ws.on("message", (m) => {
    const j = JSON.parse(String(m)) as { id?: number; result?: unknown };
    if (j.id !== undefined) pending.get(j.id)?.(j.result);
  });
  const call = <T>(method: string, params: object = {}) => new Promise<T>((r) => { pending.set(++id, r as (v: unknown) => void); ws.send(JSON.stringify({ id, method, params })); });
  await call("Profiler.enable");
  await call("Profiler.setSamplingInterval", { interval: 50 });
  await call("Profiler.start");
  await work(2000);
  const { profile } = await call<{ profile: Profile }>("Profiler.stop");
  ws.close();
  if (out) writeFileSync(out, JSON.stringify(profile));

  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  profile.samples.forEach((sample, k) => {
    const f = byId.get(sample)!.callFrame;
    const name = `${f.functionName || "(anonymous)"} ${f.url.split("/").pop()}:${f.lineNumber + 1}`;
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[k] ?? 0));
  });
  const unit = mode === "jobs" ? "job" : "request";
  const busy = [...self].filter(([name]) => !name.startsWith("(idle)")).reduce((sum, [, t]) => sum + t, 0);
  console.log(`${mode}, ${n} comments: ${(busy / 1000 / units).toFixed(2)} ms profiled CPU per ${unit} (inflated by the profiler)`);
  for (const [name, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${((100 * t) / busy).toFixed(1).padStart(5)}%  ${name}`);
} finally {
  await split.dispose();
}
