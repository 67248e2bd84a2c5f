import { sql } from "drizzle-orm";
import { index, integer, real, sqliteTable, text } from "drizzle-orm/sqlite-core";
import type { AbuseCategory, AbuseMatch, SentimentLabel } from "../../analysis/types";
import { articles } from "./articles";

export const COMMENT_STATUSES = ["published", "held", "escalated", "approved", "rejected", "auto_rejected"] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];

// A comment as scraped and analysed. `status` and `version` are derived from moderation_events (the
// append-only source of truth) and kept here so the queue can be served from one index.
export const comments = sqliteTable(
  "comments",
  {
    /** Derived from the article id and the comment's identity key: a re-scrape maps onto the same id. */
    id: text("id").primaryKey(),
    articleId: text("article_id")
      .notNull()
      .references(() => articles.id),
    parentId: text("parent_id"),
    /** Order on the page at first sight. */
    position: integer("position").notNull(),
    author: text("author"),
    text: text("text").notNull(),
    /** SHA-256 of the normalised text. */
    textHash: text("text_hash").notNull(),
    postedAt: text("posted_at"),
    sentimentScore: real("sentiment_score").notNull(),
    sentimentLabel: text("sentiment_label").$type<SentimentLabel>().notNull(),
    abuseScore: real("abuse_score").notNull(),
    flagged: integer("flagged", { mode: "boolean" }).notNull(),
    categories: text("categories", { mode: "json" }).$type<AbuseCategory[]>().notNull(),
    categoryScores: text("category_scores", { mode: "json" }).$type<Partial<Record<AbuseCategory, number>>>().notNull(),
    matches: text("matches", { mode: "json" }).$type<AbuseMatch[]>().notNull(),
    status: text("status").$type<CommentStatus>().notNull(),
    /** Number of moderation events so far; a decision must name the version it saw. */
    version: integer("version").notNull().default(0),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    index("comments_article_position").on(t.articleId, t.position),
    // The queue: awaiting review, most severe first, id as the keyset tie-breaker; article_id makes it
    // covering for the queue's site filter (read in index order, each entry's article checked in the index).
    index("comments_status_severity").on(t.status, sql`${t.abuseScore} DESC`, t.id, t.articleId),
    index("comments_created").on(t.createdAt),
    // Queue sorted oldest/newest first: status, then ingest time, id as the keyset tie-breaker (+ article_id, as above).
    index("comments_status_created").on(t.status, t.createdAt, t.id, t.articleId),
    // The author's history shown beside a queue item (counts by status for the same author name).
    index("comments_author_status").on(t.author, t.status),
    // Counts per status for one site (via its articles) and the queue filtered by article.
    index("comments_article_status").on(t.articleId, t.status),
  ],
);

export type CommentRow = typeof comments.$inferSelect;
export type NewCommentRow = typeof comments.$inferInsert;
