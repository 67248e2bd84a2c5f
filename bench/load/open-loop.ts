// An open-loop load generator: request k is due at start + k / rate, whatever the answers to earlier
// ones, over at most `connections` keep-alive sockets. autocannon's rate limit is not this: each
// connection sends its per-second quota as fast as it can at the start of every second, so every second
// begins with a burst of `connections` requests, and the latencies measured are mostly that burst's
// queue. Latency here is measured from the request's due time (not from when a socket was free), so
// time spent waiting for a socket counts too: no coordinated omission.
import { Agent, request } from "node:http";

export interface OpenLoopResult {
  /** Requests answered per second over the run. */
  achieved: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  non2xx: number;
  errors: number;
}

export interface OpenLoopOptions {
  url: string;
  /** Requests per second, spaced evenly. */
  rate: number;
  seconds: number;
  connections: number;
  headers: Record<string, string>;
  /** POST this body to `url`'s path… */
  body?: () => string;
  /** …or GET what this returns (a path, and a callback for the answer, e.g. to follow a cursor). */
  get?: () => { path: string; onResponse?: (status: number, body: string, headers: Record<string, string | string[] | undefined>) => void };
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

export function openLoop(opts: OpenLoopOptions): Promise<OpenLoopResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: opts.connections });
  const target = new URL(opts.url);
  const total = Math.max(1, Math.round(opts.rate * opts.seconds));
  const latencies: number[] = [];
  let sent = 0, done = 0, non2xx = 0, errors = 0;
  const start = performance.now();
  return new Promise((resolve) => {
    const finish = () => {
      const elapsed = (performance.now() - start) / 1000;
      agent.destroy();
      const sorted = latencies.sort((a, b) => a - b);
      resolve({ achieved: done / elapsed, p50: percentile(sorted, 50), p90: percentile(sorted, 90), p99: percentile(sorted, 99), max: sorted.at(-1) ?? 0, non2xx, errors });
    };
    const send = (dueAt: number) => {
      const body = opts.body?.();
      const get = body === undefined ? opts.get?.() : undefined;
      const headers = body === undefined ? opts.headers : { ...opts.headers, "content-length": String(Buffer.byteLength(body)) };
      const req = request({ agent, method: body === undefined ? "GET" : "POST", hostname: target.hostname, port: target.port, path: get?.path ?? target.pathname, headers }, (res) => {
        const chunks: Buffer[] = [];
        if (get?.onResponse) res.on("data", (c: Buffer) => chunks.push(c));
        else res.resume();
        res.on("end", () => {
          latencies.push(performance.now() - dueAt);
          if (res.statusCode === undefined || res.statusCode < 200 || res.statusCode > 299) non2xx++;
          get?.onResponse?.(res.statusCode ?? 0, Buffer.concat(chunks).toString(), res.headers);
          if (++done === total) finish();
        });
      });
      req.on("error", () => {
        errors++;
        if (++done === total) finish();
      });
      req.end(body);
    };
    // A 1 ms tick sends every request that has come due (several at once only if the tick was late).
    const tick = setInterval(() => {
      const now = performance.now();
      while (sent < total && start + (sent * 1000) / opts.rate <= now) send(start + (sent++ * 1000) / opts.rate);
      if (sent === total) clearInterval(tick);
    }, 1);
  });
}
