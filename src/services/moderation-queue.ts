import { and, asc, desc, eq, gt, gte, inArray, lt, lte, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { ABUSE_CATEGORIES, type AbuseCategory } from "../analysis/types";
import type { Database } from "../db/database";
import { apiKeys, articles, authorActivity, authorSiteKey, COMMENT_STATUSES, comments, moderationClaims, type CommentRow, type CommentStatus } from "../db/schema";
import { InvalidInputError } from "./errors";

export const AWAITING_DECISION: CommentStatus[] = ["held", "escalated"];
export const QUEUE_SORTS = ["severity", "oldest", "newest"] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];

export interface QueueQuery {
  /** One status; default: awaiting a decision (held and escalated). */
  status?: CommentStatus | undefined;
  site?: string | undefined;
  article?: string | undefined;
  /** Only comments with a non-zero score in this category (at least minScore when given). */
  category?: AbuseCategory | undefined;
  /** Minimum overall abuse score, or the category's score when a category is given. */
  minScore?: number | undefined;
  sort?: QueueSort | undefined;
  cursor?: string | undefined;
  limit: number;
}

// The cursor is the sort key and id of the last item served: the next page starts strictly after it,
// so rows inserted meanwhile either sort before it (already passed: not served) or after it (served
// once, later). Nothing is skipped or repeated, unlike offsets. `k` pins the sort it was made for.
interface Cursor {
  k: QueueSort;
  v: number;
  id: string;
}

const encodeCursor = (c: Cursor): string => btoa(JSON.stringify(c)).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");

function decodeCursor(raw: string, sort: QueueSort): Cursor {
  let c: Cursor | null = null;
  try {
    c = JSON.parse(atob(raw.replaceAll("-", "+").replaceAll("_", "/"))) as Cursor;
  } catch {
    /* reported below */
  }
  if (!c || typeof c.v !== "number" || typeof c.id !== "string" || !QUEUE_SORTS.includes(c.k)) throw new InvalidInputError("cursor is not one this API returned");
  if (c.k !== sort) throw new InvalidInputError(`cursor was made for sort=${c.k}, not sort=${sort}`);
  return c;
}

export interface AuthorHistory {
  /** Other comments by the same author name on the same site, by status. */
  total: number;
  held: number;
  escalated: number;
  approved: number;
  rejected: number;
  autoRejected: number;
  published: number;
}

const emptyHistory = (): AuthorHistory => ({ total: 0, held: 0, escalated: 0, approved: 0, rejected: 0, autoRejected: 0, published: 0 });
const HISTORY_FIELD: Record<CommentStatus, keyof AuthorHistory> = {
  held: "held", escalated: "escalated", approved: "approved", rejected: "rejected", auto_rejected: "autoRejected", published: "published",
};

export interface QueueReason {
  category: AbuseCategory;
  score: number;
  spans: { start: number; end: number; term: string; rule: string }[];
}

/** The categories that scored, strongest first, each with the spans to highlight. */
export function reasonsOf(row: Pick<CommentRow, "categoryScores" | "matches">): QueueReason[] {
  const out: QueueReason[] = [];
  for (const category of ABUSE_CATEGORIES) {
    const score = row.categoryScores[category] ?? 0;
    const spans = row.matches.filter((m) => m.category === category).map(({ start, end, term, rule }) => ({ start, end, term, rule }));
    if (score > 0 || spans.length) out.push({ category, score, spans });
  }
  return out.sort((a, b) => b.score - a.score);
}

const parents = alias(comments, "parent");

/** The queue's page query (exported so benchmarks can show its plan). */
export function queueSelect(database: Database, q: QueueQuery, now: Date) {
  const sort = q.sort ?? "severity";
  // Statuses are inlined as literals (from a closed list) rather than bound: with parameters SQLite
  // cannot use its statistics and, seeing few distinct statuses, scans every comment instead of the index.
  const statuses = (q.status ? [q.status] : AWAITING_DECISION).filter((st) => COMMENT_STATUSES.includes(st));
  const where: SQL[] = [];
  // A subquery, not a join condition: the comments index must drive the query (with a join on
  // articles, SQLite's planner scans articles first and sorts every comment of the site). The unary +
  // keeps the planner off the (article_id, status) index, which would fetch and sort every awaiting
  // comment of the site (≈ 20 ms at 1M comments): the page is read in the order of the covering
  // (status, key, id, article_id) index instead, testing each entry's article without a table lookup.
  if (q.site) where.push(sql`+${comments.articleId} IN ${database.db.select({ id: articles.id }).from(articles).where(eq(articles.site, q.site))}`);
  if (q.article) where.push(eq(comments.articleId, q.article));
  if (q.category) {
    const score = sql`coalesce(json_extract(${comments.categoryScores}, ${"$." + q.category}), 0)`;
    where.push(q.minScore !== undefined ? sql`${score} >= ${q.minScore}` : sql`${score} > 0`);
  } else if (q.minScore !== undefined) where.push(gte(comments.abuseScore, q.minScore));

  const key = sort === "severity" ? comments.abuseScore : comments.createdAt;
  if (q.cursor) {
    const c = decodeCursor(q.cursor, sort);
    const v = sort === "severity" ? c.v : new Date(c.v);
    // severity: score desc, id asc; oldest: time asc, id asc; newest: time desc, id desc. The plain bound
    // on the key (redundant with the OR) is what lets SQLite start the index range at the cursor instead
    // of reading every entry before it (page k would cost k pages).
    if (sort === "severity") where.push(lte(key, v), or(lt(key, v), and(eq(key, v), gt(comments.id, c.id)))!);
    else if (sort === "oldest") where.push(gte(key, v), or(gt(key, v), and(eq(key, v), gt(comments.id, c.id)))!);
    else where.push(lte(key, v), or(lt(key, v), and(eq(key, v), lt(comments.id, c.id)))!);
  }
  const order: SQL[] = sort === "severity" ? [desc(key), asc(comments.id)] : sort === "oldest" ? [asc(key), asc(comments.id)] : [desc(key), desc(comments.id)];

  // Two steps in one statement: the page's ids from the comments indexes alone, then the joins for just
  // those rows. Each status is its own keyset range scan of (status, key, id) — an IN over two statuses
  // cannot use the index's order and sorted every held comment (≈ 20 ms at 1M comments) — and the
  // per-status pages are merged: at most (limit + 1) × statuses rows are sorted.
  const direction = sort === "oldest" ? sql`ASC` : sql`DESC`;
  const idDirection = sort === "severity" || sort === "oldest" ? sql`ASC` : sql`DESC`;
  const rest = where.length ? sql` AND ${and(...where)}` : sql``;
  const perStatus = statuses.map(
    (st) => sql`SELECT * FROM (SELECT ${comments.id} AS id, ${key} AS k FROM ${comments} WHERE ${comments.status} = ${sql.raw(`'${st}'`)}${rest} ORDER BY ${key} ${direction}, ${comments.id} ${idDirection} LIMIT ${q.limit + 1})`,
  );
  const pageIds = sql`(SELECT id FROM (${sql.join(perStatus, sql` UNION ALL `)}) ORDER BY k ${direction}, id ${idDirection} LIMIT ${q.limit + 1})`;
  return database.db
    .select({
      comment: comments,
      article: { id: articles.id, title: articles.title, url: articles.url, site: articles.site },
      parent: { id: parents.id, author: parents.author, text: parents.text, status: parents.status },
      claim: { holder: moderationClaims.holder, holderName: apiKeys.name, expiresAt: moderationClaims.expiresAt },
    })
    .from(comments)
    // LEFT JOIN keeps comments the outer loop (every comment has its article: a foreign key).
    .leftJoin(articles, eq(articles.id, comments.articleId))
    .leftJoin(parents, eq(parents.id, comments.parentId))
    .leftJoin(moderationClaims, and(eq(moderationClaims.commentId, comments.id), gt(moderationClaims.expiresAt, now)))
    .leftJoin(apiKeys, eq(apiKeys.id, moderationClaims.holder))
    .where(inArray(comments.id, pageIds))
    .orderBy(...order);
}

/** A page of the moderation queue with everything a moderator needs beside each comment. */
export async function moderationQueue(database: Database, q: QueueQuery, now: Date) {
  const sort = q.sort ?? "severity";
  const rows = await queueSelect(database, q, now);
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > q.limit && last
      ? encodeCursor({ k: sort, v: sort === "severity" ? last.comment.abuseScore : last.comment.createdAt.getTime(), id: last.comment.id })
      : null;

  const histories = await authorHistories(database, page.map((r) => ({ author: r.comment.author, site: r.article?.site ?? null })));
  const items = page.map((r) => {
    const history = { ...(histories.get(historyKey(r.comment.author, r.article?.site ?? null)) ?? emptyHistory()) };
    if (r.comment.author !== null) {
      // The author's history is about their OTHER comments: leave this one out.
      history.total--;
      history[HISTORY_FIELD[r.comment.status]]--;
    }
    return {
      comment: r.comment,
      article: r.article ?? { id: r.comment.articleId, title: "", url: null, site: null },
      parent: r.parent?.id ? { ...r.parent, text: r.parent.text.slice(0, 1000) } : null,
      claim: r.claim?.holder && r.claim.expiresAt ? { holder: r.claim.holder, holderName: r.claim.holderName, expiresAt: r.claim.expiresAt.toISOString() } : null,
      reasons: reasonsOf(r.comment),
      authorHistory: r.comment.author === null ? null : history,
    };
  });
  return { items, nextCursor };
}

const historyKey = (author: string | null, site: string | null) => `${authorSiteKey(site)}\u0000${author ?? ""}`;

/**
 * Counts by status of each author's comments within the site, for a page of queue items at once: one
 * primary-key lookup per (author, site) in author_activity, which triggers keep equal to those counts.
 */
async function authorHistories(database: Database, pairs: { author: string | null; site: string | null }[]) {
  const out = new Map<string, AuthorHistory>();
  const keys = new Map<string, { author: string; siteKey: string }>();
  for (const p of pairs) if (p.author !== null) keys.set(historyKey(p.author, p.site), { author: p.author, siteKey: authorSiteKey(p.site) });
  const wanted = [...keys.values()];
  // Two bound parameters per pair: chunks of 45 stay under D1's 100.
  for (let i = 0; i < wanted.length; i += 45) {
    const chunk = wanted.slice(i, i + 45);
    const rows = await database.db
      .select()
      .from(authorActivity)
      .where(or(...chunk.map((k) => and(eq(authorActivity.author, k.author), eq(authorActivity.siteKey, k.siteKey)))));
    for (const r of rows) {
      const { author: _a, siteKey, ...counts } = r;
      let total = 0;
      for (const n of Object.values(counts)) total += n;
      out.set(`${siteKey}\u0000${r.author}`, { total, ...counts });
    }
  }
  return out;
}
