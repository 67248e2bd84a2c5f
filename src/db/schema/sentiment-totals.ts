import { integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { rollupCounters } from "./sentiment-rollups";

/**
 * Coarser copies of the per-site rows of sentiment_rollups (article_id "site:<site>"), kept equal to their
 * sums by triggers (drizzle/*_sentiment_totals_triggers.sql), so statistics without an article or story
 * filter read O(days) rows instead of O(hours × sites):
 *   scope '*'           width hour: all sites, per hour
 *   scope 'site:<site>' width day:  one site, per UTC day
 *   scope '*'           width day:  all sites, per UTC day
 * (one site per hour is the rollup site row itself). Same counters as sentiment_rollups.
 */
export const sentimentTotals = sqliteTable(
  "sentiment_totals",
  {
    /** '*' for all sites, else the rollup site row key 'site:<site>'. */
    scope: text("scope").notNull(),
    /** Bucket width in ms: 3 600 000 (hour) or 86 400 000 (day). */
    width: integer("width").notNull(),
    /** Epoch ms of the start of the UTC hour or day. */
    bucketStart: integer("bucket_start").notNull(),
    ...rollupCounters(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.width, t.bucketStart] })],
);

export const ALL_SITES_SCOPE = "*";
