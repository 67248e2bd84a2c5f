// The Cloudflare Queues adapter of asynchronous ingest, with fakes for the Queue binding and a message
// batch: sendBatch stays within its limits, and the consumer acknowledges what it stored and retries what failed.
import type { Message, MessageBatch, MessageSendRequest, Queue } from "@cloudflare/workers-types";
import { afterEach, expect, it } from "vitest";
import { createAnalyzer } from "../../src/analysis/analyze";
import type { LogEntry } from "../../src/api/logging";
import { cloudflarePageQueue, consumePageJobs } from "../../src/edge/page-queue";
import { openDatabase } from "../../src/node/database";
import { resolvePage } from "../../src/services/ingest";
import { createWebhook } from "../../src/services/moderation";
import { planPageJobs } from "../../src/services/page-jobs";
import { asyncTestPage } from "../shared/async-ingest";

let close: (() => void) | undefined;
afterEach(() => close?.());

it("sends jobs in sendBatch calls of at most 100 messages and 256 KB", async () => {
  const calls: MessageSendRequest<string>[][] = [];
  const queue = { sendBatch: async (messages: Iterable<MessageSendRequest<string>>) => void calls.push([...messages]) } as unknown as Queue<string>;
  const jobs = [...Array.from({ length: 150 }, (_, i) => `{"small":${i}}`), ...Array.from({ length: 5 }, () => "x".repeat(60_000))];
  await cloudflarePageQueue(queue).send(jobs);
  expect(calls.flat().map((m) => m.body)).toEqual(jobs);
  for (const batch of calls) {
    expect(batch.length).toBeLessThanOrEqual(100);
    expect(batch.reduce((n, m) => n + new TextEncoder().encode(m.body).length, 0)).toBeLessThanOrEqual(256_000);
    for (const m of batch) expect(m.contentType).toBe("text");
  }
});

it("acknowledges each stored job and retries a failed one", async () => {
  const db = await openDatabase(":memory:");
  close = db.close;
  const analyzer = createAnalyzer();
  const page = analyzer.segmentPage(asyncTestPage(60), "text");
  const { jobs } = planPageJobs(page, resolvePage({ url: "https://q.example/a" }, page), Date.now());
  const outcome = new Map<string, string>();
  const message = (id: string, body: unknown) =>
    ({ id, body, attempts: 1, timestamp: new Date(), ack: () => outcome.set(id, "ack"), retry: () => outcome.set(id, "retry") }) as unknown as Message<unknown>;
  const messages = [message("article", jobs![0]), message("broken", "{not json"), message("slice1", jobs![1]), message("slice2", jobs![2])];
  const logged: LogEntry[] = [];
  let delivered = 0;
  await consumePageJobs({ queue: "comment-sentinel-pages", messages } as unknown as MessageBatch<unknown>, {
    database: db.database, scoreComment: analyzer.scoreComment, log: (e) => logged.push(e), deliver: () => delivered++,
  });
  expect(Object.fromEntries(outcome)).toEqual({ article: "ack", broken: "retry", slice1: "ack", slice2: "ack" });
  expect(logged).toEqual([expect.objectContaining({ level: "error", msg: "page job failed", messageId: "broken" })]);
  expect(delivered).toBe(0); // no webhook subscribes
  const [{ n }] = (await db.database.query<{ n: number }>({ sql: "SELECT count(*) AS n FROM comments", args: [] })) as [{ n: number }];
  expect(n).toBe(60);
});

it("asks for webhook delivery when a job holds comments and a webhook subscribes to comment.held", async () => {
  const db = await openDatabase(":memory:");
  close = db.close;
  await createWebhook(db.database, { url: "https://hooks.example/held", events: ["comment.held"] }, "test", new Date());
  const analyzer = createAnalyzer();
  const page = analyzer.segmentPage(asyncTestPage(10), "text");
  const { jobs } = planPageJobs(page, resolvePage({ url: "https://q.example/b" }, page), Date.now());
  const messages = jobs!.map((body, i) => ({ id: `m${i}`, body, attempts: 1, timestamp: new Date(), ack: () => {}, retry: () => {} }));
  let delivered = 0;
  await consumePageJobs({ queue: "comment-sentinel-pages", messages } as unknown as MessageBatch<unknown>, {
    database: db.database, scoreComment: analyzer.scoreComment, log: () => {}, deliver: () => delivered++,
  });
  const [{ n }] = (await db.database.query<{ n: number }>({ sql: "SELECT count(*) AS n FROM webhook_outbox WHERE event_type = 'comment.held'", args: [] })) as [{ n: number }];
  expect(n).toBeGreaterThan(0);
  expect(delivered).toBe(1); // one comment job held comments
});
