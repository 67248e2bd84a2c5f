import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

export const WEBHOOK_EVENTS = ["comment.held", "comment.decided"] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENTS)[number];

export const webhooks = sqliteTable("webhooks", {
  id: text("id").primaryKey(),
  url: text("url").notNull(),
  /** HMAC-SHA256 key for the signature header; needed in clear to sign, shown to the admin once. */
  secret: text("secret").notNull(),
  events: text("events", { mode: "json" }).$type<WebhookEventType[]>().notNull(),
  createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  createdBy: text("created_by").notNull(),
  /** Set when an admin removes it: pending deliveries to it are then dropped. */
  disabledAt: integer("disabled_at", { mode: "timestamp_ms" }),
});

// The transactional outbox: a row per (webhook, event), inserted in the same batch as the moderation
// event it announces, drained later; delivery never runs inside ingest or a decision.
export const webhookOutbox = sqliteTable(
  "webhook_outbox",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    webhookId: text("webhook_id").notNull(),
    eventType: text("event_type").$type<WebhookEventType>().notNull(),
    commentId: text("comment_id").notNull(),
    /** The moderation event's seq: with webhook and type, makes a second enqueue a no-op. */
    seq: integer("seq").notNull(),
    payload: text("payload").notNull(),
    attempts: integer("attempts").notNull().default(0),
    /** When the next attempt is due; also pushed forward while a drainer holds the row (its lease). */
    nextAttemptAt: integer("next_attempt_at", { mode: "timestamp_ms" }).notNull(),
    deliveredAt: integer("delivered_at", { mode: "timestamp_ms" }),
    /** Set when the attempts ran out (or the webhook was removed): the row is kept for inspection. */
    failedAt: integer("failed_at", { mode: "timestamp_ms" }),
    lastStatus: integer("last_status"),
    lastError: text("last_error"),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    uniqueIndex("webhook_outbox_once").on(t.webhookId, t.commentId, t.seq, t.eventType),
    index("webhook_outbox_due").on(t.nextAttemptAt).where(sql`delivered_at IS NULL AND failed_at IS NULL`),
  ],
);

export type WebhookRow = typeof webhooks.$inferSelect;
export type WebhookOutboxRow = typeof webhookOutbox.$inferSelect;
