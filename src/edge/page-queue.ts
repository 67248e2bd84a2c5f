// Cloudflare Queues behind asynchronous ingest (src/services/page-jobs.ts): the producer side the app
// uses, and the consumer the Worker's `queue` handler runs.
import type { MessageBatch, Queue } from "@cloudflare/workers-types";
import type { CommentScores } from "../analysis/analyze";
import type { Logger } from "../api/logging";
import type { Database } from "../db/database";
import { runPageJob, type PageJobMessage, type PageQueue } from "../services/page-jobs";

/** sendBatch limits: 100 messages and 256 KB per call (a little headroom kept for the envelope). */
const BATCH_MAX_MESSAGES = 100;
const BATCH_MAX_BYTES = 250_000;

export function cloudflarePageQueue(queue: Queue<PageJobMessage>): PageQueue {
  return {
    async send(jobs) {
      let batch: PageJobMessage[] = [];
      let bytes = 0;
      const flush = async () => {
        if (batch.length > 0) await queue.sendBatch(batch.map((body) => ({ body, contentType: "text" as const })));
        batch = [];
        bytes = 0;
      };
      for (const job of jobs) {
        // Jobs are at most JOB_MAX_BYTES of UTF-8; length × 3 bounds a string's UTF-8 size cheaply.
        const size = Math.min(job.length * 3, 128_000);
        if (batch.length === BATCH_MAX_MESSAGES || bytes + size > BATCH_MAX_BYTES) await flush();
        batch.push(job);
        bytes += size;
      }
      await flush();
    },
  };
}

/**
 * Runs each message's job; a job that fails is retried by the queue (then moved to the dead-letter queue
 * configured in wrangler.toml), the others are acknowledged one by one. `delivered` is called when a
 * job wrote webhook outbox rows.
 */
export async function consumePageJobs(
  batch: MessageBatch<unknown>,
  deps: { database: Database; scoreComment: (text: string) => CommentScores; log: Logger; deliver: () => void },
): Promise<void> {
  for (const message of batch.messages) {
    try {
      const result = await runPageJob(deps.database, deps.scoreComment, message.body);
      if (result.queuedDeliveries > 0) deps.deliver();
      message.ack();
    } catch (error) {
      deps.log({ level: "error", msg: "page job failed", queue: batch.queue, messageId: message.id, attempts: message.attempts, error: String(error) });
      message.retry();
    }
  }
}
