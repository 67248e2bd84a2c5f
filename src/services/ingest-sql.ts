// The statements of one ingest, hand-written: one read before, one batch of at most nine writes after,
// whatever the number of comments. Rows travel as one JSON parameter per table (src/db/json-rows.ts).
import type { SqlArg, SqlStatement } from "../db/database";
import { exactReal, exactRealSql, wellFormed } from "../db/json-rows";
import { sentimentRollups, type NewCommentRow } from "../db/schema";
import type { IngestDecision } from "./moderation-policy";
import { countersFor, hourOf, siteRowKey } from "./rollups";

/** What ingest reads before writing, in one statement (every part is an index lookup). */
export interface IngestSnapshot {
  /** 1 when the article is already stored. */
  article: number | null;
  /** The article's story, when it has one. */
  story: string | null;
  /** The site's stored policy (JSON) and its version, when the site overrides the default. */
  policy: string | null;
  policy_version: number | null;
  /** JSON array of the page's comment ids that are already stored. */
  existing: string;
  /** JSON array of [storyId, signature] of the likeliest same-story articles (see stories.ts). */
  candidates: string;
  /** 1 when a live webhook subscribes to comment.held (else no outbox rows are built at all). */
  held_hooks: number;
}

/** At most this many band-index hits are read per ingest (64 bands per article): near-duplicates share many bands, so they are among the first hits. */
export const MAX_BAND_ROWS = 500;
/** At most this many candidate articles are compared per ingest (the LSH lookup is already selective). */
export const MAX_CANDIDATES = 50;

const SNAPSHOT_SQL = `SELECT
  (SELECT 1 FROM articles WHERE id = ?1) AS article,
  (SELECT story_id FROM article_stories WHERE article_id = ?1) AS story,
  (SELECT policy FROM site_policies WHERE site = ?2) AS policy,
  (SELECT version FROM site_policies WHERE site = ?2) AS policy_version,
  (SELECT json_group_array(id) FROM comments WHERE id IN (SELECT value FROM json_each(?3))) AS existing,
  (SELECT json_group_array(json_array(s.story_id, s.signature)) FROM (
      SELECT article_id, count(*) AS shared FROM (
        SELECT article_id FROM story_bands
        WHERE band_key IN (SELECT value FROM json_each(?4)) AND article_id <> ?1
          AND NOT EXISTS (SELECT 1 FROM article_stories WHERE article_id = ?1)
        LIMIT ${MAX_BAND_ROWS})
      GROUP BY article_id ORDER BY shared DESC, article_id LIMIT ${MAX_CANDIDATES}) t
    JOIN article_stories s ON s.article_id = t.article_id) AS candidates,
  EXISTS (SELECT 1 FROM webhooks w WHERE w.disabled_at IS NULL AND EXISTS (SELECT 1 FROM json_each(w.events) e WHERE e.value = 'comment.held')) AS held_hooks`;

/**
 * The snapshot read. The candidate part reads at most MAX_BAND_ROWS band hits, keeps the articles sharing
 * the most bands (the likeliest near-duplicates), and only when the article has no story yet.
 */
export function snapshotStatement(articleId: string, site: string | null, commentIds: string[], bandKeys: string[]): SqlStatement {
  return { sql: SNAPSHOT_SQL, args: [articleId, site, JSON.stringify(commentIds), JSON.stringify(bandKeys)] };
}

export function articleUpsert(a: {
  id: string; url: string | null; site: string | null; title: string; body: string; contentHash: string; fetchedAt: Date | null; now: number;
}): SqlStatement {
  // A re-scrape may carry an edited article: keep the latest text, never lose the first ingest time.
  return {
    sql: `INSERT INTO articles (id, url, site, title, body, content_hash, fetched_at, ingested_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)
      ON CONFLICT (id) DO UPDATE SET title = excluded.title, body = excluded.body, content_hash = excluded.content_hash, site = excluded.site,
        fetched_at = coalesce(excluded.fetched_at, articles.fetched_at), updated_at = excluded.updated_at`,
    args: [a.id, wellFormed(a.url), wellFormed(a.site), wellFormed(a.title), wellFormed(a.body), a.contentHash, a.fetchedAt?.getTime() ?? null, a.now],
  };
}

// The CTE is MATERIALIZED so each row's JSON text is produced once: json_each renders `value` anew on
// every access, and a comment row is read 20 times (measured: ~15% less SQLite time for 200 comments).
const COMMENTS_SQL = `WITH r(v) AS MATERIALIZED (SELECT value FROM json_each(?3))
  INSERT INTO comments (id, article_id, parent_id, position, author, text, text_hash, posted_at, sentiment_score, sentiment_label,
    abuse_score, flagged, categories, category_scores, matches, status, version, created_at, updated_at)
  SELECT v ->> 0, ?1, v ->> 1, v ->> 2, v ->> 3, v ->> 4, v ->> 5, v ->> 6, ${exactRealSql("v", 7, 8)}, v ->> 9,
    ${exactRealSql("v", 10, 11)}, v ->> 12, v ->> 13, v ->> 14, v ->> 15, v ->> 16, 1, ?2, ?2
  FROM r WHERE true
  ON CONFLICT DO NOTHING`;

/** All new comments in one statement. JSON columns travel as their JSON text, stored verbatim. */
export function commentsInsert(articleId: string, rows: readonly NewCommentRow[], now: number): SqlStatement {
  const values = rows.map((r) => [
    r.id, r.parentId ?? null, r.position, wellFormed(r.author ?? null), wellFormed(r.text), r.textHash, wellFormed(r.postedAt ?? null),
    ...exactReal(r.sentimentScore), r.sentimentLabel, ...exactReal(r.abuseScore), r.flagged ? 1 : 0,
    JSON.stringify(r.categories), JSON.stringify(r.categoryScores), JSON.stringify(r.matches), r.status,
  ]);
  return { sql: COMMENTS_SQL, args: [articleId, now, JSON.stringify(values)] };
}

const EVENTS_SQL = `INSERT INTO moderation_events (comment_id, seq, actor, action, reason, previous_status, new_status, details, created_at)
  SELECT value ->> 0, 1, 'system', value ->> 1, value ->> 2, NULL, value ->> 3, value ->> 4, ?1
  FROM json_each(?2) WHERE true
  ON CONFLICT DO NOTHING`;

/** The automatic moderation event (seq 1) of each new comment. */
export function eventsInsert(events: { commentId: string; decision: IngestDecision }[], now: number): SqlStatement {
  const values = events.map(({ commentId, decision: d }) => [commentId, d.action, wellFormed(d.reason), d.status, JSON.stringify(d.details)]);
  return { sql: EVENTS_SQL, args: [now, JSON.stringify(values)] };
}

const HELD_WEBHOOKS_SQL = `INSERT INTO webhook_outbox (webhook_id, event_type, comment_id, seq, payload, attempts, next_attempt_at, created_at)
  SELECT w.id, 'comment.held', v.value ->> 0, 1, v.value ->> 1, 0, ?1, ?1
  FROM webhooks w, json_each(?2) v
  WHERE w.disabled_at IS NULL AND EXISTS (SELECT 1 FROM json_each(w.events) e WHERE e.value = 'comment.held')
  ON CONFLICT DO NOTHING`;

/**
 * Outbox rows announcing held comments: joins them with the live webhooks subscribed to comment.held
 * (none registered: nothing written). Delivery happens after the response, never inside ingest.
 */
export function heldWebhooksInsert(held: { commentId: string; payload: string }[], now: number): SqlStatement {
  return { sql: HELD_WEBHOOKS_SQL, args: [now, JSON.stringify(held.map((h) => [h.commentId, h.payload]))] };
}

/** Rollup statements by the set of counters they add to (a page only touches some of the 31). */
const rollupSql = new Map<string, string>();

/**
 * Adds newly stored comments to their hour's rollup rows (the article's and the site's), in the ingest
 * batch, so the comments and their counts commit together. Only the non-zero counters are named: a
 * shorter statement is cheaper to prepare, and adding zero changes nothing.
 *
 * It must come right after `commentsInsert`: it applies only if that statement really inserted every
 * row (`changes()` is the row count of the previous statement on the connection). So when two ingests of
 * the same new page race, both reading "not stored yet", the one whose inserts all hit ON CONFLICT DO
 * NOTHING adds nothing, and the page is counted once. (Two different versions of a page racing with
 * partly overlapping new comments would leave the second one's new comments uncounted: the statement
 * cannot tell which rows were its own.)
 */
export function rollupUpsert(articleId: string, site: string | null, rows: readonly NewCommentRow[], now: number): SqlStatement {
  const counters = countersFor(rows) as Record<string, number>;
  const keys = Object.keys(counters).filter((k) => counters[k] !== 0);
  const signature = keys.join(",");
  let sql = rollupSql.get(signature);
  if (sql === undefined) {
    const columns = keys.map((k) => sentimentRollups[k as keyof typeof sentimentRollups.$inferSelect].name);
    const placeholders = `(${["?", "?", "?", ...keys.map(() => "?")].join(", ")})`;
    // Named columns rather than `*`: node/statement-cache.ts never reuses a statement with a wildcard.
    sql = `INSERT INTO sentiment_rollups (bucket_start, article_id, site, ${columns.join(", ")})
        SELECT ${["bucket_start", "article_id", "site", ...columns].map((_, i) => `column${i + 1}`).join(", ")} FROM (VALUES ${placeholders}, ${placeholders}) WHERE changes() = ?
        ON CONFLICT (bucket_start, article_id) DO UPDATE SET site = excluded.site, ${columns.map((c) => `${c} = ${c} + excluded.${c}`).join(", ")}`;
    if (rollupSql.size >= 512) rollupSql.clear();
    rollupSql.set(signature, sql);
  }
  const values = keys.map((k) => counters[k]!);
  const hour = hourOf(now);
  const safeSite = wellFormed(site);
  const args: SqlArg[] = [hour, articleId, safeSite, ...values, hour, siteRowKey(safeSite), safeSite, ...values, rows.length];
  return { sql, args };
}
