import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import type { CommentStatus } from "./comments";
import { comments } from "./comments";

// Append-only audit log: rows are inserted, never updated or deleted. (comment_id, seq) is unique, so
// of two decisions made on the same version exactly one can be written: optimistic concurrency.
export const moderationEvents = sqliteTable(
  "moderation_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    commentId: text("comment_id")
      .notNull()
      .references(() => comments.id),
    /** The comment's version after this event (1 for the ingest decision). */
    seq: integer("seq").notNull(),
    /** "system" for automatic decisions, else the API key id of the moderator. */
    actor: text("actor").notNull(),
    action: text("action").notNull(),
    reason: text("reason"),
    previousStatus: text("previous_status").$type<CommentStatus>(),
    newStatus: text("new_status").$type<CommentStatus>().notNull(),
    /** Machine-readable detail, e.g. the categories and scores behind an automatic hold. */
    details: text("details", { mode: "json" }).$type<Record<string, unknown>>(),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [uniqueIndex("moderation_events_comment_seq").on(t.commentId, t.seq), index("moderation_events_created").on(t.createdAt)],
);

export type ModerationEventRow = typeof moderationEvents.$inferSelect;
