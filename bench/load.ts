// `npm run bench:load`: drives the Node server on loopback with autocannon and prints, side by side:
// ingest throughput and latency at 32 connections vs a bare Hono + libSQL endpoint inserting the same
// rows (the floor on this machine); queue and stats read latency with 1,000,000 stored comments; peak RSS.
//   npm run bench:load -- [--seconds 10] [--comments 1000000]
import autocannon from "autocannon";
import { readFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createAnalyzer } from "../src/analysis/analyze";
import { startServer, syntheticPage, type ServerProcess } from "../scripts/lib/server-process";
import { spawn } from "node:child_process";
import { fillMillion } from "./load/million";

const { values } = parseArgs({ options: { seconds: { type: "string", default: "10" }, comments: { type: "string", default: "1000000" } } });
const SECONDS = Number(values.seconds);
const N = Number(values.comments);
const dir = mkdtempSync(join(tmpdir(), "cs-load-"));
const PAGES = 400;
const COMMENTS_PER_PAGE = 12;

const peakRssMb = (pid: number) => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;
const fmt = (r: autocannon.Result, per: number) =>
  `${(r.requests.average).toFixed(0).padStart(6)} req/s ${(r.requests.average * per).toFixed(0).padStart(7)} comments/s  p50 ${String(r.latency.p50).padStart(4)} ms  p99 ${String(r.latency.p99).padStart(4)} ms  non-2xx ${r.non2xx}`;

function cannon(url: string, opts: Partial<autocannon.Options>): Promise<autocannon.Result> {
  return new Promise((resolve, reject) =>
    autocannon({ url, connections: 32, duration: SECONDS, ...opts }, (err, res) => (err ? reject(err) : resolve(res))),
  );
}

function startBare(port: number, databaseUrl: string): Promise<{ pid: number; stop: () => void }> {
  const child = spawn(process.execPath, ["--import", "tsx", "bench/load/bare-server.ts"], { env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl }, stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve) => child.stdout.on("data", (d) => String(d).includes("listening") && resolve({ pid: child.pid!, stop: () => child.kill("SIGTERM") })));
}

// Pages with distinct URLs, so every request really inserts (a repeat would be an idempotent no-op).
let counter = 0;
const pageBodies = Array.from({ length: PAGES }, (_, i) => syntheticPage(i, COMMENTS_PER_PAGE));
const nextPage = () => {
  const i = counter++;
  return JSON.stringify({ url: `https://load.example/${i}`, format: "text", content: pageBodies[i % PAGES] });
};

// The floor: the same rows, already analysed, inserted by a bare endpoint.
const analyzer = createAnalyzer();
const analysed = pageBodies.map((p) => analyzer.analyzePage(p, "text"));
let bareCounter = 0;
const nextRows = () => {
  const i = bareCounter++;
  const a = analysed[i % PAGES]!;
  const articleId = `a_${String(i).padStart(24, "0")}`;
  return JSON.stringify({
    article: { id: articleId, url: `https://load.example/${i}`, site: "load.example", title: a.title, body: a.body.join("\n\n"), contentHash: String(i) },
    rows: a.comments.map((c, k) => ({
      id: `c_${i}_${k}`, articleId, parentId: null, position: k, author: c.author, text: c.text, textHash: String(k), postedAt: null,
      sentimentScore: c.sentiment.score, sentimentLabel: c.sentiment.label, abuseScore: c.abuse.score, flagged: c.abuse.flagged,
      categories: c.abuse.categories, categoryScores: c.abuse.categoryScores, matches: c.abuse.matches, status: "published", version: 1,
    })),
  });
};

let server: ServerProcess | undefined;
try {
  console.log(`ingest, 32 connections, ${SECONDS} s each, pages of ${COMMENTS_PER_PAGE} comments`);
  const bare = await startBare(18701, `file:${join(dir, "bare.db")}`);
  const floor = await cannon("http://127.0.0.1:18701/ingest", { requests: [{ method: "POST", headers: { "content-type": "application/json" }, setupRequest: (r) => ({ ...r, body: nextRows() }) }] });
  bare.stop();
  server = await startServer({ databaseUrl: `file:${join(dir, "service.db")}`, port: 18702 });
  const auth = { authorization: `Bearer ${server.adminKey}`, "content-type": "application/json" };
  const ingest = await cannon(`${server.url}/v1/pages`, { requests: [{ method: "POST", headers: auth, setupRequest: (r) => ({ ...r, body: nextPage() }) }] });
  console.log(`  floor (bare Hono + libSQL insert): ${fmt(floor, COMMENTS_PER_PAGE)}`);
  console.log(`  service POST /v1/pages:            ${fmt(ingest, COMMENTS_PER_PAGE)}`);
  console.log(`  service / floor: ${((ingest.requests.average / floor.requests.average) * 100).toFixed(0)}% (goal >= 50%, p99 < 50 ms)`);
  const ingestRss = peakRssMb(server.child.pid!);
  server.child.kill("SIGTERM");
  await server.exited;

  console.log(`\nreads with ${N.toLocaleString("en-US")} stored comments`);
  const bigUrl = `file:${join(dir, "big.db")}`;
  server = await startServer({ databaseUrl: bigUrl, port: 18703 }); // applies migrations, makes a key
  const key = server.adminKey;
  server.child.kill("SIGTERM");
  await server.exited;
  const t0 = performance.now();
  await fillMillion(bigUrl, N);
  console.log(`  generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  server = await startServer({ databaseUrl: bigUrl, port: 18704 });
  const headers = { authorization: `Bearer ${key}` };
  const queue = await cannon(`${server.url}/v1/moderation/queue?limit=50`, { headers });
  const stats = await cannon(`${server.url}/v1/stats/sentiment`, { headers });
  console.log(`  GET /v1/moderation/queue?limit=50: ${fmt(queue, 0).replace(/\s+0 comments\/s/, "")} (goal p99 < 20 ms)`);
  console.log(`  GET /v1/stats/sentiment:           ${fmt(stats, 0).replace(/\s+0 comments\/s/, "")} (goal p99 < 10 ms)`);
  console.log(`\npeak RSS: ingest server ${ingestRss.toFixed(0)} MB, read server ${peakRssMb(server.child.pid!).toFixed(0)} MB`);
} finally {
  server?.child.kill("SIGTERM");
  await server?.exited;
  rmSync(dir, { recursive: true, force: true });
}
