import type { Database } from "../db/database";
import { drainOutbox } from "../services/moderation-delivery";

/**
 * On Node, retries (and anything a crash left in the outbox) are picked up by a timer; first attempts
 * normally go out right after the response that wrote them. Passes never overlap; the timer does not
 * keep the process alive.
 */
export function startWebhookLoop(database: Database, intervalMs = 5_000, log: (msg: string, extra: Record<string, unknown>) => void = () => {}) {
  let running: Promise<unknown> | null = null;
  const timer = setInterval(() => {
    if (running) return;
    running = drainOutbox(database, { fetch: (input, init) => fetch(input, init), now: () => new Date() })
      .then((r) => {
        if (r.delivered || r.failed || r.retrying) log("webhook deliveries", { ...r });
      })
      .catch((err: unknown) => log("webhook delivery pass failed", { error: String(err) }))
      .finally(() => {
        running = null;
      });
  }, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
