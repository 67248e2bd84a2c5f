import { and, desc, eq, isNull, sql } from "drizzle-orm";
import type { Database } from "../db/database";
import { webhookOutbox, webhooks, type WebhookEventType } from "../db/schema";
import { randomToken, toHex } from "../lib/crypto";
import { InvalidInputError, NotFoundError } from "./errors";

export interface NewWebhook {
  url: string;
  events: WebhookEventType[];
  /** Generated (32 random bytes, base64url) when not given. */
  secret?: string | undefined;
}

function newWebhookId(): string {
  const b = new Uint8Array(8);
  crypto.getRandomValues(b);
  return "wh_" + toHex(b);
}

export async function createWebhook(database: Database, input: NewWebhook, actor: string, now: Date) {
  const url = new URL(input.url);
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new InvalidInputError("a webhook URL must be http(s)");
  const row = { id: newWebhookId(), url: url.toString(), secret: input.secret ?? randomToken(32), events: [...new Set(input.events)], createdAt: now, createdBy: actor };
  await database.db.insert(webhooks).values(row);
  return { ...webhookView({ ...row, disabledAt: null }), secret: row.secret };
}

const webhookView = (w: { id: string; url: string; events: WebhookEventType[]; createdAt: Date; createdBy: string; disabledAt: Date | null }) => ({
  id: w.id, url: w.url, events: w.events, createdAt: w.createdAt.toISOString(), createdBy: w.createdBy, disabledAt: w.disabledAt?.toISOString() ?? null,
});

/** Webhooks with delivery counts; secrets are never listed. */
export async function listWebhooks(database: Database) {
  const rows = await database.db.select().from(webhooks).orderBy(desc(webhooks.createdAt));
  const stats = await database.db
    .select({
      webhookId: webhookOutbox.webhookId,
      delivered: sql<number>`sum(${webhookOutbox.deliveredAt} IS NOT NULL)`,
      failed: sql<number>`sum(${webhookOutbox.failedAt} IS NOT NULL)`,
      pending: sql<number>`sum(${webhookOutbox.deliveredAt} IS NULL AND ${webhookOutbox.failedAt} IS NULL)`,
    })
    .from(webhookOutbox)
    .groupBy(webhookOutbox.webhookId);
  const by = new Map(stats.map((s) => [s.webhookId, s]));
  return rows.map((w) => {
    const s = by.get(w.id);
    return { ...webhookView(w), deliveries: { delivered: Number(s?.delivered ?? 0), failed: Number(s?.failed ?? 0), pending: Number(s?.pending ?? 0) } };
  });
}

/** Disables a webhook (kept for the record); its pending deliveries are dropped by the next drain. */
export async function disableWebhook(database: Database, id: string, now: Date): Promise<void> {
  const res = await database.db.update(webhooks).set({ disabledAt: now }).where(and(eq(webhooks.id, id), isNull(webhooks.disabledAt))).returning({ id: webhooks.id });
  if (res.length === 0) throw new NotFoundError("webhook", id);
}
