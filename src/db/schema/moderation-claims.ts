import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

// A moderator's lease on a comment: at most one row per comment (the primary key), taken and renewed
// by one conditional upsert, so two moderators can never both hold it. An expired row is free to take.
// Leases are coordination state, not history: the decision they lead to is the audited event.
export const moderationClaims = sqliteTable("moderation_claims", {
  commentId: text("comment_id").primaryKey(),
  /** API key id of the holder. */
  holder: text("holder").notNull(),
  claimedAt: integer("claimed_at", { mode: "timestamp_ms" }).notNull(),
  expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
});

export type ModerationClaimRow = typeof moderationClaims.$inferSelect;
