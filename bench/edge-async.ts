// bench:edge's asynchronous-ingest rows (POST /v1/pages with `Prefer: respond-async`), on the
// production-shaped pair of bench/edge-split.ts: the request's CPU (segment, queue the article's job and
// the comment slices) and each queue job's CPU (the article and its story; or score and store ≤ 50
// comments), each an invocation of its own with its own CPU limit on Workers. Jobs reach the Worker's `queue` handler through a driver Worker in
// the same process; the driver's own cost (parsing what it forwards) is measured with `noop` and subtracted.
import type { SplitWorker } from "./edge-split";

const WARMUP = 30; // as bench/edge.ts: past V8's optimising compiler

export interface AsyncRow {
  format: "text" | "html";
  comments: number;
  requests: number;
  /** Worker CPU ms per request, and the D1 process's. */
  request: number;
  requestD1: number;
  /** Comment jobs per page (plus one article job). */
  jobsPerPage: number;
  /** Worker CPU ms per article job and per comment job (driver subtracted), and the D1 process's. */
  articleJob: number;
  articleJobD1: number;
  job: number;
  jobD1: number;
}

type Cpu = () => number;

type Post = (format: "text" | "html", n: number, variant: number) => Promise<Response>;

async function measureAsync(split: SplitWorker, cpu: { worker: Cpu; d1: Cpu }, post: Post, format: "text" | "html", n: number, requests: number, offset: number): Promise<AsyncRow> {
  const send = async (count: number, from: number) => {
    for (let i = 0; i < count; i++) {
      const res = await post(format, n, from + i);
      if (res.status !== 202) throw new Error(`async POST /v1/pages (${n} comments): ${res.status} ${await res.text()}`);
      await res.arrayBuffer();
    }
  };
  const deliverAll = async (jobs: string[], noop = false) => {
    for (const job of jobs) await split.deliver([job], noop); // max_batch_size = 1: one job per invocation
  };
  await send(WARMUP, offset);
  await deliverAll(split.takeQueued());

  const sample = () => [cpu.worker(), cpu.d1()] as const;
  const ms = (a: readonly [number, number], b: readonly [number, number], count: number) => [(b[0] - a[0]) / 1e6 / count, (b[1] - a[1]) / 1e6 / count] as const;
  const t = sample();
  await send(requests, offset + WARMUP);
  const [request, requestD1] = ms(t, sample(), requests);
  const queued = split.takeQueued();
  const isArticle = (job: string) => job.includes('"kind":"article"');
  const timeJobs = async (jobs: string[]) => {
    let t = sample();
    await deliverAll(jobs, true);
    const [driver] = ms(t, sample(), jobs.length);
    t = sample();
    await deliverAll(jobs);
    const [delivered, d1] = ms(t, sample(), jobs.length);
    return [delivered - driver, d1] as const;
  };
  // Articles first, as the queue mostly delivers them (comment jobs before their article also work).
  const [articleJob, articleJobD1] = await timeJobs(queued.filter(isArticle));
  const commentJobs = queued.filter((job) => !isArticle(job));
  const [job, jobD1] = await timeJobs(commentJobs);
  return { format, comments: n, requests, request, requestD1, jobsPerPage: commentJobs.length / requests, articleJob, articleJobD1, job, jobD1 };
}

/** Measures and prints the asynchronous rows: text pages of each size, and a 200-comment HTML page. */
export async function asyncIngestTable(
  split: SplitWorker, cpu: { worker: Cpu; d1: Cpu }, post: Post, sizes: number[], requestsFor: (n: number) => number, budgetMs: number,
): Promise<AsyncRow[]> {
  const rows: AsyncRow[] = [];
  for (const n of sizes) rows.push(await measureAsync(split, cpu, post, "text", n, requestsFor(n), n * 10_000 + 5_000));
  rows.push(await measureAsync(split, cpu, post, "html", 200, requestsFor(200), 7_000_000));
  console.log("\nAsynchronous ingest (Prefer: respond-async), Worker alone: the request (segment, queue the article's job and slices of ≤ 50");
  console.log("comments; no database), then each queue job, an invocation of its own: the article (row and story), or one slice (score, store).");
  console.log("CPU ms; D1's process in brackets. HTML: the same article and comments as a WordPress page (bench/edge-pages.ts).");
  console.log("page         R  request          article job       comment jobs/page  per comment job   whole page  budget (every invocation)");
  const cell = (w: number, d: number) => `${w.toFixed(3).padStart(8)} (${d.toFixed(2).padStart(5)})`;
  for (const r of rows) {
    const ok = Math.max(r.request, r.articleJob, r.job) < budgetMs;
    const whole = r.request + r.articleJob + r.job * r.jobsPerPage;
    const label = `${String(r.comments).padStart(3)}c ${r.format}`.padEnd(10);
    console.log(`${label} ${String(r.requests).padStart(3)} ${cell(r.request, r.requestD1)}  ${cell(r.articleJob, r.articleJobD1)}  ${r.jobsPerPage.toFixed(1).padStart(17)}  ${cell(r.job, r.jobD1)}  ${whole.toFixed(3).padStart(10)}  ${r.comments === 200 ? (ok ? `< ${budgetMs} ✓` : `≥ ${budgetMs} ✗`) : ""}`);
  }
  return rows;
}
