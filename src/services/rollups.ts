import { sql, type SQL } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { AbuseCategory } from "../analysis/types";
import type { Database } from "../db/database";
import { articles, comments, HISTOGRAM_BINS, HOUR_MS, sentimentRollups, type CommentStatus, type NewCommentRow } from "../db/schema";

type RollupCounters = Omit<typeof sentimentRollups.$inferInsert, "bucketStart" | "articleId" | "site">;

export const CATEGORY_COLUMN = {
  profanity: "catProfanity", insult: "catInsult", threat: "catThreat",
  identity_attack: "catIdentityAttack", sexual: "catSexual", spam: "catSpam",
} as const satisfies Record<AbuseCategory, keyof RollupCounters>;

export const STATUS_COLUMN = {
  published: "stPublished", held: "stHeld", escalated: "stEscalated",
  approved: "stApproved", rejected: "stRejected", auto_rejected: "stAutoRejected",
} as const satisfies Record<CommentStatus, keyof RollupCounters>;

export const HIST_COLUMNS = ["hist0", "hist1", "hist2", "hist3", "hist4", "hist5", "hist6", "hist7", "hist8", "hist9"] as const;

// Inlined (not bound): a bound JS number may arrive as a REAL and turn the integer division exact.
const HOUR = sql.raw(String(HOUR_MS));

export const hourOf = (t: Date | number): number => Math.floor(+t / HOUR_MS) * HOUR_MS;

/**
 * Besides one row per (hour, article), each site has one row per hour under the article id
 * "site:<site>" holding the same counters for all its articles: statistics without an article or story
 * filter read only those, so their cost grows with hours × sites, not with the number of articles.
 */
export const SITE_ROW_PREFIX = "site:";
export const siteRowKey = (site: string | null): string => SITE_ROW_PREFIX + (site ?? "");

/** Histogram bin of a score in [-1, 1]; out-of-range scores are clamped. */
export function histogramBin(score: number): number {
  const i = Math.floor(((score + 1) / 2) * HISTOGRAM_BINS);
  return Math.min(HISTOGRAM_BINS - 1, Math.max(0, Number.isFinite(i) ? i : HISTOGRAM_BINS / 2));
}

/** Adds up the counters of newly stored comments (all of one article and one ingest time). */
export function countersFor(rows: readonly NewCommentRow[]): Required<RollupCounters> {
  const c = Object.fromEntries(
    Object.keys(sentimentRollups)
      .filter((k) => !["bucketStart", "articleId", "site"].includes(k))
      .map((k) => [k, 0]),
  ) as Required<RollupCounters>;
  for (const r of rows) {
    c.comments++;
    c[r.sentimentLabel]++;
    c.scoreSum += r.sentimentScore;
    c[HIST_COLUMNS[histogramBin(r.sentimentScore)]!]++;
    if (r.flagged) {
      c.flagged++;
      for (const cat of r.categories) c[CATEGORY_COLUMN[cat]]++;
    }
    c[STATUS_COLUMN[r.status]]++;
  }
  return c;
}

/**
 * The statement adding newly stored comments to their hour's rollup row, for the ingest batch (so the
 * comments and their counts commit together). None when nothing new was stored.
 */
export function rollupIngestStatements(database: Database, articleId: string, site: string | null, rows: readonly NewCommentRow[], now: Date): BatchItem<"sqlite">[] {
  if (rows.length === 0) return [];
  const counters = countersFor(rows);
  const set: Record<string, unknown> = { site };
  for (const key of Object.keys(counters) as (keyof RollupCounters)[]) {
    const column = sentimentRollups[key];
    set[key] = sql`${column} + excluded.${sql.identifier(column.name)}`;
  }
  return [articleId, siteRowKey(site)].map((key) =>
    database.db
      .insert(sentimentRollups)
      .values({ bucketStart: hourOf(now), articleId: key, site, ...counters })
      .onConflictDoUpdate({ target: [sentimentRollups.bucketStart, sentimentRollups.articleId], set }),
  );
}

/**
 * The statements moving one comment between status counters of its rollup rows (its article's and its
 * site's), for a decision's batch. The rows are found from the comment itself (its article, site and
 * ingest hour), so callers pass only the id.
 */
export function rollupStatusStatements(
  database: Database,
  commentId: string,
  from: CommentStatus,
  to: CommentStatus,
  /** Applies the move only if this holds, e.g. "this decision's event was written". */
  onlyIf: SQL = sql`1`,
): BatchItem<"sqlite">[] {
  // Always the same two statements (no-ops when the status stays), so batches keep a fixed shape per item.
  const fromCol = sentimentRollups[STATUS_COLUMN[from]];
  const toCol = sentimentRollups[STATUS_COLUMN[to]];
  const hour = sql`(${comments.createdAt} / ${HOUR}) * ${HOUR}`;
  const rowKeys = [
    sql`select ${hour}, ${comments.articleId} from ${comments} where ${comments.id} = ${commentId}`,
    sql`select ${hour}, ${SITE_ROW_PREFIX} || coalesce(${articles.site}, '') from ${comments} join ${articles} on ${articles.id} = ${comments.articleId} where ${comments.id} = ${commentId}`,
  ];
  return rowKeys.map((key) =>
    database.db
      .update(sentimentRollups)
      .set(from === to ? { [STATUS_COLUMN[to]]: sql`${toCol}` } : { [STATUS_COLUMN[from]]: sql`max(${fromCol} - 1, 0)`, [STATUS_COLUMN[to]]: sql`${toCol} + 1` })
      .where(sql`(${sentimentRollups.bucketStart}, ${sentimentRollups.articleId}) = (${key}) and ${onlyIf}`),
  );
}
