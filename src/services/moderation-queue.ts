import { ABUSE_CATEGORIES, type AbuseCategory } from "../analysis/types";
import type { Database, SqlArg, SqlStatement } from "../db/database";
import { COMMENT_STATUSES, type CommentRow, type CommentStatus } from "../db/schema";
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

/** A row of the queue statement: the comment's columns, then its article, parent, claim and author counts. */
interface QueueRow {
  id: string;
  article_id: string;
  parent_id: string | null;
  position: number;
  author: string | null;
  text: string;
  text_hash: string;
  posted_at: string | null;
  sentiment_score: number;
  sentiment_label: CommentRow["sentimentLabel"];
  abuse_score: number;
  flagged: number;
  categories: string;
  category_scores: string;
  matches: string;
  status: CommentStatus;
  version: number;
  created_at: number;
  updated_at: number;
  a_title: string | null;
  a_url: string | null;
  a_site: string | null;
  p_id: string | null;
  p_author: string | null;
  p_text: string | null;
  p_status: CommentStatus | null;
  claim_holder: string | null;
  claim_name: string | null;
  claim_expires: number | null;
  h_published: number | null;
  h_held: number | null;
  h_escalated: number | null;
  h_approved: number | null;
  h_rejected: number | null;
  h_auto_rejected: number | null;
}

const KEY_COLUMN: Record<QueueSort, string> = { severity: "abuse_score", oldest: "created_at", newest: "created_at" };

/**
 * The queue page as one hand-written statement (exported so benchmarks can show its plan): this is the
 * moderators' hot read, and drizzle's query building and row mapping, with @libsql/client's row objects,
 * cost ten times the SQL itself (docs/load.md). Every value is bound except the statuses and the sort,
 * which come from closed lists.
 */
export function queueStatement(q: QueueQuery, now: Date): SqlStatement {
  const sort = q.sort ?? "severity";
  const key = KEY_COLUMN[sort];
  // Statuses are inlined as literals (from a closed list) rather than bound: with parameters SQLite
  // cannot use its statistics and, seeing few distinct statuses, scans every comment instead of the index.
  const statuses = (q.status ? [q.status] : AWAITING_DECISION).filter((st) => COMMENT_STATUSES.includes(st));
  const where: string[] = [];
  const args: SqlArg[] = [];
  // A subquery, not a join condition: the comments index must drive the query (with a join on
  // articles, SQLite's planner scans articles first and sorts every comment of the site). The unary +
  // keeps the planner off the (article_id, status) index, which would fetch and sort every awaiting
  // comment of the site (≈ 20 ms at 1M comments): the page is read in the order of the covering
  // (status, key, id, article_id) index instead, testing each entry's article without a table lookup.
  if (q.site) where.push("+c.article_id IN (SELECT id FROM articles WHERE site = ?)"), args.push(q.site);
  if (q.article) where.push("c.article_id = ?"), args.push(q.article);
  if (q.category) {
    where.push(`coalesce(json_extract(c.category_scores, ?), 0) ${q.minScore !== undefined ? ">=" : ">"} ?`);
    args.push(`$.${q.category}`, q.minScore ?? 0);
  } else if (q.minScore !== undefined) where.push("c.abuse_score >= ?"), args.push(q.minScore);
  if (q.cursor) {
    const c = decodeCursor(q.cursor, sort);
    // severity: score desc, id asc; oldest: time asc, id asc; newest: time desc, id desc. The plain bound
    // on the key (redundant with the OR) is what lets SQLite start the index range at the cursor instead
    // of reading every entry before it (page k would cost k pages).
    const [bound, after, idAfter] = sort === "oldest" ? [">=", ">", ">"] : sort === "severity" ? ["<=", "<", ">"] : ["<=", "<", "<"];
    where.push(`c.${key} ${bound} ? AND (c.${key} ${after} ? OR (c.${key} = ? AND c.id ${idAfter} ?))`);
    args.push(c.v, c.v, c.v, c.id);
  }
  const direction = sort === "oldest" ? "ASC" : "DESC";
  const idDirection = sort === "newest" ? "DESC" : "ASC";
  // Two steps in one statement: the page's ids from the comments indexes alone, then the joins for just
  // those rows. Each status is its own keyset range scan of (status, key, id) — an IN over two statuses
  // cannot use the index's order and sorted every held comment (≈ 20 ms at 1M comments) — and the
  // per-status pages are merged: at most (limit + 1) × statuses rows are sorted.
  const rest = where.map((w) => ` AND ${w}`).join("");
  const perStatus = statuses.map(
    (st) => `SELECT * FROM (SELECT c.id AS id, c.${key} AS k FROM comments c WHERE c.status = '${st}'${rest} ORDER BY c.${key} ${direction}, c.id ${idDirection} LIMIT ?)`,
  );
  const pageArgs = statuses.flatMap(() => [...args, q.limit + 1]);
  const sql = `SELECT c.id, c.article_id, c.parent_id, c.position, c.author, c.text, c.text_hash, c.posted_at, c.sentiment_score,
      c.sentiment_label, c.abuse_score, c.flagged, c.categories, c.category_scores, c.matches, c.status, c.version, c.created_at, c.updated_at,
      a.title AS a_title, a.url AS a_url, a.site AS a_site,
      p.id AS p_id, p.author AS p_author, substr(p.text, 1, ${PARENT_TEXT_CHARS}) AS p_text, p.status AS p_status,
      mc.holder AS claim_holder, k.name AS claim_name, mc.expires_at AS claim_expires,
      h.published AS h_published, h.held AS h_held, h.escalated AS h_escalated, h.approved AS h_approved, h.rejected AS h_rejected,
      h.auto_rejected AS h_auto_rejected
    FROM comments c
    LEFT JOIN articles a ON a.id = c.article_id
    LEFT JOIN comments p ON p.id = c.parent_id
    LEFT JOIN moderation_claims mc ON mc.comment_id = c.id AND mc.expires_at > ?
    LEFT JOIN api_keys k ON k.id = mc.holder
    LEFT JOIN author_activity h ON h.author = c.author AND h.site_key = coalesce('site:' || a.site, '')
    WHERE c.id IN (SELECT id FROM (${perStatus.join(" UNION ALL ")}) ORDER BY k ${direction}, id ${idDirection} LIMIT ?)
    ORDER BY c.${key} ${direction}, c.id ${idDirection}`;
  return { sql, args: [now.getTime(), ...pageArgs, q.limit + 1] };
}

/** Parent text shown beside a reply (a hostile parent may be megabytes long). */
const PARENT_TEXT_CHARS = 1000;

function commentOf(r: QueueRow): CommentRow {
  return {
    id: r.id, articleId: r.article_id, parentId: r.parent_id, position: r.position, author: r.author, text: r.text, textHash: r.text_hash,
    postedAt: r.posted_at, sentimentScore: r.sentiment_score, sentimentLabel: r.sentiment_label, abuseScore: r.abuse_score,
    flagged: Boolean(r.flagged), categories: JSON.parse(r.categories), categoryScores: JSON.parse(r.category_scores),
    matches: JSON.parse(r.matches), status: r.status, version: r.version, createdAt: new Date(r.created_at), updatedAt: new Date(r.updated_at),
  };
}

/** The author's history is about their OTHER comments: the counts less this one. */
function historyOf(r: QueueRow): AuthorHistory | null {
  if (r.author === null) return null;
  const h: AuthorHistory = {
    published: r.h_published ?? 0, held: r.h_held ?? 0, escalated: r.h_escalated ?? 0, approved: r.h_approved ?? 0,
    rejected: r.h_rejected ?? 0, autoRejected: r.h_auto_rejected ?? 0, total: 0,
  };
  h.total = h.published + h.held + h.escalated + h.approved + h.rejected + h.autoRejected - 1;
  h[HISTORY_FIELD[r.status]]--;
  return h;
}

/** A page of the moderation queue with everything a moderator needs beside each comment. */
export async function moderationQueue(database: Database, q: QueueQuery, now: Date) {
  const sort = q.sort ?? "severity";
  const rows = await database.read<QueueRow>(queueStatement(q, now));
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  const nextCursor = rows.length > q.limit && last ? encodeCursor({ k: sort, v: sort === "severity" ? last.abuse_score : last.created_at, id: last.id }) : null;
  const items = page.map((r) => {
    const comment = commentOf(r);
    return {
      comment,
      article: { id: r.article_id, title: r.a_title ?? "", url: r.a_url, site: r.a_site },
      parent: r.p_id !== null ? { id: r.p_id, author: r.p_author, text: (r.p_text ?? "").slice(0, PARENT_TEXT_CHARS), status: r.p_status! } : null,
      claim: r.claim_holder !== null && r.claim_expires !== null ? { holder: r.claim_holder, holderName: r.claim_name, expiresAt: new Date(r.claim_expires).toISOString() } : null,
      reasons: reasonsOf(comment),
      authorHistory: historyOf(r),
    };
  });
  return { items, nextCursor };
}
