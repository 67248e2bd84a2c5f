import { and, asc, desc, eq, gt, inArray, lt, or, type SQL } from "drizzle-orm";
import type { Database } from "../db/database";
import { articles, comments, moderationEvents, type CommentStatus } from "../db/schema";
import { ConflictError, InvalidInputError, NotFoundError } from "./errors";
import { rollupStatusStatement } from "./rollups";

export const AWAITING_DECISION: CommentStatus[] = ["held", "escalated"];

export interface QueueQuery {
  limit: number;
  cursor?: string | undefined;
}

interface Cursor {
  s: number;
  id: string;
}

const encodeCursor = (c: Cursor): string => btoa(JSON.stringify(c)).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");

function decodeCursor(raw: string): Cursor {
  try {
    const c = JSON.parse(atob(raw.replaceAll("-", "+").replaceAll("_", "/"))) as Cursor;
    if (typeof c.s === "number" && typeof c.id === "string") return c;
  } catch {
    /* fall through */
  }
  throw new InvalidInputError("cursor is not one this API returned");
}

/** Comments awaiting a decision, most severe first; keyset-paginated on (abuse score, id). */
export async function moderationQueue(database: Database, q: QueueQuery) {
  const conditions: SQL[] = [inArray(comments.status, AWAITING_DECISION)];
  if (q.cursor) {
    const c = decodeCursor(q.cursor);
    conditions.push(or(lt(comments.abuseScore, c.s), and(eq(comments.abuseScore, c.s), gt(comments.id, c.id)))!);
  }
  const rows = await database.db
    .select({ comment: comments, article: { id: articles.id, title: articles.title, url: articles.url, site: articles.site } })
    .from(comments)
    .innerJoin(articles, eq(articles.id, comments.articleId))
    .where(and(...conditions))
    .orderBy(desc(comments.abuseScore), asc(comments.id))
    .limit(q.limit + 1);
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  const nextCursor = rows.length > q.limit && last ? encodeCursor({ s: last.comment.abuseScore, id: last.comment.id }) : null;
  return { items: page, nextCursor };
}

export type DecisionAction = "approve" | "reject";

const STATUS_AFTER: Record<DecisionAction, CommentStatus> = { approve: "approved", reject: "rejected" };

export interface Decision {
  action: DecisionAction;
  reason?: string | undefined;
  /** The version the moderator saw; defaults to the current one (last writer loses only on a race). */
  expectedVersion?: number | undefined;
}

/**
 * Records a moderator's decision as an event and moves the derived status, atomically. The event's
 * (comment, seq) unique index makes two decisions on the same version impossible: one wins, the other
 * gets a 409 and nothing is written.
 */
export async function decide(database: Database, commentId: string, decision: Decision, actor: string, now = new Date()) {
  const current = await database.db.query.comments.findFirst({ where: eq(comments.id, commentId), columns: { status: true, version: true } });
  if (!current) throw new NotFoundError("comment", commentId);
  const seen = decision.expectedVersion ?? current.version;
  if (seen !== current.version) throw staleVersion(commentId, seen, current.version);
  const newStatus = STATUS_AFTER[decision.action];
  const event = {
    commentId, seq: seen + 1, actor, action: decision.action, reason: decision.reason ?? null,
    previousStatus: current.status, newStatus, details: null, createdAt: now,
  };
  try {
    await database.batch([
      database.db.insert(moderationEvents).values(event),
      database.db.update(comments).set({ status: newStatus, version: seen + 1, updatedAt: now }).where(and(eq(comments.id, commentId), eq(comments.version, seen))),
      // Keeps the statistics' status counters in step with the decision, in the same transaction.
      ...[rollupStatusStatement(database, commentId, current.status, newStatus)].filter((s) => s !== null),
    ]);
  } catch (err) {
    if (isUniqueViolation(err)) throw staleVersion(commentId, seen, null);
    throw err;
  }
  return { commentId, status: newStatus, version: seen + 1, previousStatus: current.status };
}

function staleVersion(commentId: string, seen: number, current: number | null) {
  return new ConflictError("stale_version", `Comment ${commentId} was changed by someone else since version ${seen}; reload it and decide again`, {
    commentId, seenVersion: seen, ...(current === null ? {} : { currentVersion: current }),
  });
}

export function isUniqueViolation(err: unknown): boolean {
  for (let e: unknown = err; e; e = (e as { cause?: unknown }).cause) {
    if (/UNIQUE constraint failed|SQLITE_CONSTRAINT/.test(String((e as Error).message ?? e))) return true;
  }
  return false;
}

export async function commentEvents(database: Database, commentId: string) {
  return database.db.select().from(moderationEvents).where(eq(moderationEvents.commentId, commentId)).orderBy(asc(moderationEvents.seq));
}
