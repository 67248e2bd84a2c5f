import { and, asc, eq, isNull, lte } from "drizzle-orm";
import type { Database } from "../db/database";
import { webhookOutbox, webhooks } from "../db/schema";
import { toHex } from "../lib/crypto";

export const SIGNATURE_HEADER = "x-sentinel-signature";

/** Delay before attempt n+1 after n failures; the last failure ends the delivery. */
export const RETRY_DELAYS_MS = [10_000, 30_000, 120_000, 600_000, 1_800_000, 3_600_000, 10_800_000] as const;
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;
/** While a drainer posts a row, the row is pushed this far ahead so no other drainer posts it too. */
const LEASE_MS = 60_000;
const REQUEST_TIMEOUT_MS = 10_000;

const encoder = new TextEncoder();

async function hmacHex(secret: string, message: string): Promise<string> {
  const key = await crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  return toHex(new Uint8Array(await crypto.subtle.sign("HMAC", key, encoder.encode(message))));
}

/**
 * `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`. The timestamp is signed with the body so a
 * captured request cannot be replayed later with a fresh timestamp. WebCrypto: Node 20 and Workers.
 */
export async function signPayload(secret: string, body: string, at: Date): Promise<string> {
  const t = Math.floor(at.getTime() / 1000);
  return `t=${t},v1=${await hmacHex(secret, `${t}.${body}`)}`;
}

/** What a receiver does: recompute, compare in constant time, refuse stale timestamps. */
export async function verifySignature(secret: string, body: string, header: string, now: Date, toleranceSeconds = 300): Promise<boolean> {
  const parts = new Map(header.split(",").map((p) => p.trim().split("=", 2) as [string, string]));
  const t = Number(parts.get("t"));
  const given = parts.get("v1") ?? "";
  if (!Number.isInteger(t) || Math.abs(now.getTime() / 1000 - t) > toleranceSeconds) return false;
  const expected = await hmacHex(secret, `${t}.${body}`);
  let diff = expected.length ^ given.length;
  for (let i = 0; i < expected.length; i++) diff |= expected.charCodeAt(i) ^ (given.charCodeAt(i) | 0);
  return diff === 0;
}

export interface DrainOptions {
  fetch: typeof fetch;
  now: () => Date;
  /** Rows taken per call (default 25). */
  limit?: number;
}

export interface DrainReport {
  delivered: number;
  retrying: number;
  failed: number;
}

/**
 * Posts the due outbox rows. Each row is first leased by a conditional update (so concurrent drainers on
 * several isolates or processes never post the same row at once), then marked delivered, or rescheduled
 * with backoff, or failed after MAX_ATTEMPTS. Delivery is at least once: receivers dedupe on the
 * x-sentinel-delivery header.
 */
export async function drainOutbox(database: Database, options: DrainOptions): Promise<DrainReport> {
  const report: DrainReport = { delivered: 0, retrying: 0, failed: 0 };
  const now = options.now();
  const due = await database.db
    .select({ row: webhookOutbox, url: webhooks.url, secret: webhooks.secret, disabledAt: webhooks.disabledAt })
    .from(webhookOutbox)
    .innerJoin(webhooks, eq(webhooks.id, webhookOutbox.webhookId))
    .where(and(isNull(webhookOutbox.deliveredAt), isNull(webhookOutbox.failedAt), lte(webhookOutbox.nextAttemptAt, now)))
    .orderBy(asc(webhookOutbox.nextAttemptAt), asc(webhookOutbox.id))
    .limit(options.limit ?? 25);
  await Promise.all(
    due.map(async ({ row, url, secret, disabledAt }) => {
      const leased = await database.db
        .update(webhookOutbox)
        .set({ nextAttemptAt: new Date(now.getTime() + LEASE_MS) })
        .where(and(eq(webhookOutbox.id, row.id), eq(webhookOutbox.nextAttemptAt, row.nextAttemptAt), isNull(webhookOutbox.deliveredAt)))
        .returning({ id: webhookOutbox.id });
      if (leased.length === 0) return;
      if (disabledAt) {
        await database.db.update(webhookOutbox).set({ failedAt: now, lastError: "webhook removed" }).where(eq(webhookOutbox.id, row.id));
        report.failed++;
        return;
      }
      const attempts = row.attempts + 1;
      let status: number | null = null;
      let error: string | null = null;
      try {
        const res = await options.fetch(url, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            "user-agent": "comment-sentinel-webhooks/1",
            "x-sentinel-event": row.eventType,
            "x-sentinel-delivery": String(row.id),
            [SIGNATURE_HEADER]: await signPayload(secret, row.payload, options.now()),
          },
          body: row.payload,
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        });
        status = res.status;
        await res.body?.cancel().catch(() => {});
        if (!res.ok) error = `HTTP ${res.status}`;
      } catch (err) {
        error = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
      }
      const base = { attempts, lastStatus: status, lastError: error?.slice(0, 500) ?? null };
      if (!error) {
        await database.db.update(webhookOutbox).set({ ...base, deliveredAt: options.now() }).where(eq(webhookOutbox.id, row.id));
        report.delivered++;
      } else if (attempts >= MAX_ATTEMPTS) {
        await database.db.update(webhookOutbox).set({ ...base, failedAt: options.now() }).where(eq(webhookOutbox.id, row.id));
        report.failed++;
      } else {
        const next = new Date(now.getTime() + RETRY_DELAYS_MS[attempts - 1]!);
        await database.db.update(webhookOutbox).set({ ...base, nextAttemptAt: next }).where(eq(webhookOutbox.id, row.id));
        report.retrying++;
      }
    }),
  );
  return report;
}

