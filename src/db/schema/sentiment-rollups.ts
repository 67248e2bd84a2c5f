import { index, integer, primaryKey, real, sqliteTable, text } from "drizzle-orm/sqlite-core";

/** Sentiment histogram bins over [-1, 1]: bin i holds scores in [-1 + 0.2 i, -1 + 0.2 (i + 1)), 1 in the last. */
export const HISTOGRAM_BINS = 10;
export const HOUR_MS = 3_600_000;

const counter = (name: string) => integer(name).notNull().default(0);

/** The counters of a rollup row, shared by sentiment_rollups and sentiment_totals (fresh builders per table). */
export const rollupCounters = () => ({
  comments: counter("comments"),
  positive: counter("positive"),
  neutral: counter("neutral"),
  negative: counter("negative"),
  scoreSum: real("score_sum").notNull().default(0),
  hist0: counter("hist0"),
  hist1: counter("hist1"),
  hist2: counter("hist2"),
  hist3: counter("hist3"),
  hist4: counter("hist4"),
  hist5: counter("hist5"),
  hist6: counter("hist6"),
  hist7: counter("hist7"),
  hist8: counter("hist8"),
  hist9: counter("hist9"),
  flagged: counter("flagged"),
  /** Flagged comments per abuse category (a comment may count in several). */
  catProfanity: counter("cat_profanity"),
  catInsult: counter("cat_insult"),
  catThreat: counter("cat_threat"),
  catIdentityAttack: counter("cat_identity_attack"),
  catSexual: counter("cat_sexual"),
  catSpam: counter("cat_spam"),
  /** Comments per current moderation status. */
  stPublished: counter("st_published"),
  stHeld: counter("st_held"),
  stEscalated: counter("st_escalated"),
  stApproved: counter("st_approved"),
  stRejected: counter("st_rejected"),
  stAutoRejected: counter("st_auto_rejected"),
});

// Counters per (UTC hour of ingest, article), added to in the ingest batch (INSERT … ON CONFLICT DO
// UPDATE) and moved between status columns in each decision's batch, so statistics read O(buckets)
// rows, never the comments. Day buckets are sums of hour rows.
export const sentimentRollups = sqliteTable(
  "sentiment_rollups",
  {
    /** Epoch ms of the start of the UTC hour the comments were stored in. */
    bucketStart: integer("bucket_start").notNull(),
    articleId: text("article_id").notNull(),
    /** The article's site, copied so site filters need no join. */
    site: text("site"),
    ...rollupCounters(),
  },
  (t) => [
    primaryKey({ columns: [t.bucketStart, t.articleId] }),
    index("sentiment_rollups_site_bucket").on(t.site, t.bucketStart),
    // Article rows by article, and the per-site rows (article_id "site:<site>") as one contiguous range.
    index("sentiment_rollups_article_bucket").on(t.articleId, t.bucketStart),
  ],
);

export type SentimentRollupRow = typeof sentimentRollups.$inferSelect;
