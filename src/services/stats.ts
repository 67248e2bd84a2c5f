import { and, eq, gte, inArray, lt, sql, type SQL } from "drizzle-orm";
import { ABUSE_CATEGORIES, type AbuseCategory } from "../analysis/types";
import type { Database } from "../db/database";
import { ALL_SITES_SCOPE, articles, articleStories, COMMENT_STATUSES, HISTOGRAM_BINS, HOUR_MS, sentimentRollups, sentimentTotals, type CommentStatus } from "../db/schema";
import { CATEGORY_COLUMN, HIST_COLUMNS, hourOf, SITE_ROW_PREFIX, siteRowKey, STATUS_COLUMN } from "./rollups";

// Every statistic here is a sum over sentiment_rollups rows, never a scan of the comments: totals read the
// per-site rows (O(buckets × sites)), per-article figures the article rows of the selection.

export type Bucket = "hour" | "day";
const DAY_MS = 24 * HOUR_MS;

export interface StatsQuery {
  site?: string | undefined;
  article?: string | undefined;
  story?: string | undefined;
  /** Applied at hour granularity: an hour counts when it starts in [from rounded down to the hour, to). */
  from?: Date | undefined;
  to?: Date | undefined;
  bucket?: Bucket | undefined;
}

const r = sentimentRollups;
const total = (column: SQL | typeof r.comments) => sql<number>`coalesce(sum(${column}), 0)`.mapWith(Number);

/** Sums of every counter column, for a select. */
export const counterSums = {
  comments: total(r.comments),
  positive: total(r.positive),
  neutral: total(r.neutral),
  negative: total(r.negative),
  scoreSum: sql<number>`coalesce(sum(${r.scoreSum}), 0)`.mapWith(Number),
  flagged: total(r.flagged),
  ...Object.fromEntries(HIST_COLUMNS.map((c) => [c, total(r[c])])),
  ...Object.fromEntries(Object.values(CATEGORY_COLUMN).map((c) => [c, total(r[c])])),
  ...Object.fromEntries(Object.values(STATUS_COLUMN).map((c) => [c, total(r[c])])),
} as Record<string, SQL<number>>;

export type CounterSums = Record<string, number>;

/** Histogram bin edges over [-1, 1]. */
export const HISTOGRAM_EDGES = Array.from({ length: HISTOGRAM_BINS + 1 }, (_, i) => Math.round((-1 + (2 * i) / HISTOGRAM_BINS) * 10) / 10);

export interface Summary {
  total: number;
  counts: { positive: number; neutral: number; negative: number };
  meanScore: number | null;
  flagged: number;
  flaggedRate: number | null;
  flaggedByCategory: Record<AbuseCategory, number>;
  flaggedRateByCategory: Record<AbuseCategory, number | null>;
  /** Comment counts per score bin (edges in HISTOGRAM_EDGES). */
  histogram: number[];
  statuses: Record<CommentStatus, number>;
}

const rate = (n: number, of: number) => (of > 0 ? n / of : null);

export function summarise(s: CounterSums): Summary {
  const n = s.comments ?? 0;
  const byCat = {} as Record<AbuseCategory, number>;
  const rateByCat = {} as Record<AbuseCategory, number | null>;
  for (const cat of ABUSE_CATEGORIES) {
    byCat[cat] = s[CATEGORY_COLUMN[cat]] ?? 0;
    rateByCat[cat] = rate(byCat[cat], n);
  }
  const statuses = {} as Record<CommentStatus, number>;
  for (const st of COMMENT_STATUSES) statuses[st] = s[STATUS_COLUMN[st]] ?? 0;
  return {
    total: n,
    counts: { positive: s.positive ?? 0, neutral: s.neutral ?? 0, negative: s.negative ?? 0 },
    meanScore: n > 0 ? (s.scoreSum ?? 0) / n : null,
    flagged: s.flagged ?? 0,
    flaggedRate: rate(s.flagged ?? 0, n),
    flaggedByCategory: byCat,
    flaggedRateByCategory: rateByCat,
    histogram: HIST_COLUMNS.map((c) => s[c] ?? 0),
    statuses,
  };
}

export function addSums(into: CounterSums, row: CounterSums): CounterSums {
  for (const [k, v] of Object.entries(row)) if (typeof v === "number" && k in counterSums) into[k] = (into[k] ?? 0) + v;
  return into;
}

/**
 * WHERE conditions on sentiment_rollups for the common filters. Without an article or story filter the
 * per-site rows are read ("totals"); callers that group by article ask for article rows ("articles").
 */
export function rollupFilters(q: StatsQuery, rows: "totals" | "articles" = "totals"): SQL | undefined {
  const where: SQL[] = [];
  const bySiteRows = rows === "totals" && !q.article && !q.story;
  if (q.article) where.push(eq(r.articleId, q.article));
  if (bySiteRows) where.push(q.site ? eq(r.articleId, siteRowKey(q.site)) : and(gte(r.articleId, SITE_ROW_PREFIX), lt(r.articleId, "site;"))!);
  else if (q.site) where.push(eq(r.site, q.site));
  if (rows === "articles") where.push(lt(r.articleId, SITE_ROW_PREFIX));
  if (q.story) where.push(inArray(r.articleId, sql`(select ${articleStories.articleId} from ${articleStories} where ${articleStories.storyId} = ${q.story})`));
  if (q.from) where.push(gte(r.bucketStart, hourOf(q.from)));
  if (q.to) where.push(lt(r.bucketStart, +q.to));
  return where.length ? and(...where) : undefined;
}

export interface BucketStats extends Summary {
  start: string;
  end: string;
}

/** Sentiment per time bucket plus the totals over the selection. */
export async function sentimentStats(database: Database, q: StatsQuery) {
  const bucket: Bucket = q.bucket ?? "day";
  const width = bucket === "hour" ? HOUR_MS : DAY_MS;
  const rows = q.article || q.story ? await articleRowBuckets(database, q, width) : await totalBuckets(database, q, bucket);
  const overall: CounterSums = {};
  const buckets: BucketStats[] = rows.map((sums) => {
    addSums(overall, sums);
    const start = sums.start!;
    return { start: new Date(start).toISOString(), end: new Date(start + width).toISOString(), ...summarise(sums) };
  });
  return { ...summarise(overall), bucket, histogramEdges: HISTOGRAM_EDGES, buckets };
}

/** Buckets summed from the article rows of the selection (an article or story filter). */
async function articleRowBuckets(database: Database, q: StatsQuery, width: number): Promise<CounterSums[]> {
  // The width is inlined: a bound JS number may arrive as a REAL, which would make the division exact.
  const w = sql.raw(String(width));
  const start = sql<number>`(${r.bucketStart} / ${w}) * ${w}`.mapWith(Number);
  const rows = await database.db.select({ start, ...counterSums }).from(r).where(rollupFilters(q)).groupBy(start).orderBy(start);
  return rows as unknown as CounterSums[];
}

type CounterKey = Exclude<keyof typeof sentimentTotals.$inferSelect, "scope" | "width" | "bucketStart">;
const COUNTER_KEYS = Object.keys(counterSums) as CounterKey[];
const t = sentimentTotals;

/**
 * Buckets of a whole site or of all sites, from the fewest rows that add up exactly to the selection:
 * whole UTC days inside [from, to) from the day rows of sentiment_totals, the partial days at either end
 * from hour rows (all sites: sentiment_totals' hour rows; one site: its rollup site rows).
 */
async function totalBuckets(database: Database, q: StatsQuery, bucket: Bucket): Promise<CounterSums[]> {
  const scope = q.site ? siteRowKey(q.site) : ALL_SITES_SCOPE;
  const from = q.from ? hourOf(q.from) : -Infinity;
  const to = q.to ? +q.to : Infinity;
  const hourRows = (lo: number, hi: number): SQL => {
    const range = (start: typeof r.bucketStart | typeof t.bucketStart) =>
      sql.join([Number.isFinite(lo) ? sql`${start} >= ${lo}` : undefined, Number.isFinite(hi) ? sql`${start} < ${hi}` : undefined].filter((x) => x !== undefined), sql` AND `);
    const where = (start: typeof r.bucketStart | typeof t.bucketStart) => {
      const bounds = range(start);
      return bounds.queryChunks.length ? sql` AND ${bounds}` : sql``;
    };
    return scope === ALL_SITES_SCOPE
      ? sql`SELECT ${t.bucketStart} AS b, ${COUNTER_COLUMNS} FROM ${t} WHERE ${t.scope} = ${scope} AND ${t.width} = ${sql.raw(String(HOUR_MS))}${where(t.bucketStart)}`
      : sql`SELECT ${r.bucketStart} AS b, ${COUNTER_COLUMNS} FROM ${r} WHERE ${r.articleId} = ${scope}${where(r.bucketStart)}`;
  };
  const parts: SQL[] = [];
  const dayStart = Number.isFinite(from) ? Math.ceil(from / DAY_MS) * DAY_MS : -Infinity;
  const dayEnd = Number.isFinite(to) ? Math.floor(to / DAY_MS) * DAY_MS : Infinity;
  if (bucket === "day" && dayStart < dayEnd) {
    const bounds = [Number.isFinite(dayStart) ? sql` AND ${t.bucketStart} >= ${dayStart}` : sql``, Number.isFinite(dayEnd) ? sql` AND ${t.bucketStart} < ${dayEnd}` : sql``];
    parts.push(sql`SELECT ${t.bucketStart} AS b, ${COUNTER_COLUMNS} FROM ${t} WHERE ${t.scope} = ${scope} AND ${t.width} = ${sql.raw(String(DAY_MS))}${bounds[0]}${bounds[1]}`);
    if (Number.isFinite(dayStart)) parts.push(hourRows(from, dayStart));
    if (Number.isFinite(dayEnd)) parts.push(hourRows(dayEnd, to));
  } else if (from < to) parts.push(hourRows(from, to));
  if (parts.length === 0) return [];
  const w = sql.raw(String(bucket === "hour" ? HOUR_MS : DAY_MS));
  return database.db.all<CounterSums>(sql`SELECT (b / ${w}) * ${w} AS start, ${COUNTER_SUMS} FROM (${sql.join(parts, sql` UNION ALL `)}) GROUP BY 1 ORDER BY 1`);
}

// Static SQL text, built once (both tables name their counter columns alike): drizzle renders every chunk
// of a template on each call, and these are most of the statement.
/** The counter columns of either table, in COUNTER_KEYS order. */
const COUNTER_COLUMNS = sql.raw(COUNTER_KEYS.map((k) => `"${t[k].name}"`).join(", "));
const COUNTER_SUMS = sql.raw(COUNTER_KEYS.map((k) => `coalesce(sum("${t[k].name}"), 0) AS "${k}"`).join(", "));

export interface ArticleStat extends Summary {
  articleId: string;
  title: string;
  url: string | null;
  site: string | null;
  storyId: string | null;
}

/** Per-article statistics, ranked three ways; only articles with comments in the selection appear. */
export async function articleStats(database: Database, q: StatsQuery & { limit?: number | undefined }) {
  const limit = q.limit ?? 10;
  const where = rollupFilters(q, "articles");
  // Ranked in the database: one grouped scan, and a window function per ranking keeps its top `limit`
  // rows, so at most 3 × limit rows leave it however many articles the selection holds (on D1 every row
  // is sent over the network). Ties go to the smaller article id, as before.
  const mean = sql.raw(`CASE WHEN g.comments > 0 THEN g."scoreSum" * 1.0 / g.comments ELSE 0 END`);
  const flaggedScore = sql.raw(`g.flagged + CASE WHEN g.comments > 0 THEN g.flagged * 0.5 / g.comments ELSE 0 END`);
  const rows = await database.db.all<RankedRow>(sql`
    SELECT * FROM (
      SELECT g.*, ${articles.title} AS title, ${articles.url} AS url, ${articles.site} AS site, ${articleStories.storyId} AS "storyId",
        row_number() OVER (ORDER BY ${mean} ASC, g."articleId") AS "byNegative",
        row_number() OVER (ORDER BY ${flaggedScore} DESC, g."articleId") AS "byFlagged",
        row_number() OVER (ORDER BY g.comments DESC, g."articleId") AS "byDiscussed"
      FROM (SELECT ${r.articleId} AS "articleId", ${COUNTER_SUMS} FROM ${r}${where ? sql` WHERE ${where}` : sql``} GROUP BY ${r.articleId}) g
      JOIN ${articles} ON ${articles.id} = g."articleId"
      LEFT JOIN ${articleStories} ON ${articleStories.articleId} = g."articleId"
    ) WHERE "byNegative" <= ${limit} OR "byFlagged" <= ${limit} OR "byDiscussed" <= ${limit}`);
  const stat = (row: RankedRow): ArticleStat => ({
    articleId: row.articleId, title: row.title, url: row.url, site: row.site, storyId: row.storyId ?? null, ...summarise(row as unknown as CounterSums),
  });
  const top = (rank: "byNegative" | "byFlagged" | "byDiscussed") =>
    rows.filter((row) => Number(row[rank]) <= limit).sort((a, b) => Number(a[rank]) - Number(b[rank])).map(stat);
  return { mostNegative: top("byNegative"), mostFlagged: top("byFlagged"), mostDiscussed: top("byDiscussed") };
}

/** A row of the ranking query: the article, its counter sums (CounterSums keys) and its three ranks. */
interface RankedRow {
  articleId: string;
  title: string;
  url: string | null;
  site: string | null;
  storyId: string | null;
  byNegative: number;
  byFlagged: number;
  byDiscussed: number;
}
