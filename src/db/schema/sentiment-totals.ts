import { integer, primaryKey, real, sqliteTable, text } from "drizzle-orm/sqlite-core";

const counter = (name: string) => integer(name).notNull().default(0);

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
    catProfanity: counter("cat_profanity"),
    catInsult: counter("cat_insult"),
    catThreat: counter("cat_threat"),
    catIdentityAttack: counter("cat_identity_attack"),
    catSexual: counter("cat_sexual"),
    catSpam: counter("cat_spam"),
    stPublished: counter("st_published"),
    stHeld: counter("st_held"),
    stEscalated: counter("st_escalated"),
    stApproved: counter("st_approved"),
    stRejected: counter("st_rejected"),
    stAutoRejected: counter("st_auto_rejected"),
  },
  (t) => [primaryKey({ columns: [t.scope, t.width, t.bucketStart] })],
);

export const ALL_SITES_SCOPE = "*";
