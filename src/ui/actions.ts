import { inArray } from "drizzle-orm";
import type { Database } from "../db/database";
import { articles, comments } from "../db/schema";
import { decide, moderationQueue, type DecisionAction } from "../services/moderation";
import type { QueueEntry } from "./queue";

// The UI's one seam to the moderation services: what the queue shows and how decisions are recorded.

const QUEUE_PAGE = 50;
const LEAD_CHARS = 280;

export type UiAction = "approve" | "reject" | "escalate";

async function queue(database: Database, _keyId: string, _now: Date): Promise<{ entries: QueueEntry[]; more: boolean }> {
  const { items, nextCursor } = await moderationQueue(database, { limit: QUEUE_PAGE });
  const parentIds = [...new Set(items.flatMap((i) => (i.comment.parentId ? [i.comment.parentId] : [])))];
  const articleIds = [...new Set(items.map((i) => i.article.id))];
  const [parents, bodies] = await Promise.all([
    parentIds.length ? database.db.select({ id: comments.id, author: comments.author, text: comments.text }).from(comments).where(inArray(comments.id, parentIds)) : [],
    articleIds.length ? database.db.select({ id: articles.id, body: articles.body }).from(articles).where(inArray(articles.id, articleIds)) : [],
  ]);
  const parentById = new Map(parents.map((p) => [p.id, p]));
  const leadById = new Map(bodies.map((b) => {
    const first = b.body.split(/\n\n/).find((p) => p.trim().length > 0) ?? "";
    return [b.id, first.length > LEAD_CHARS ? `${first.slice(0, LEAD_CHARS)}…` : first];
  }));
  const entries = items.map((i) => ({
    comment: i.comment,
    article: { ...i.article, lead: leadById.get(i.article.id) || null },
    parent: i.comment.parentId ? (parentById.get(i.comment.parentId) ?? null) : null,
    claim: null,
  }));
  return { entries, more: nextCursor !== null };
}

async function decideOne(database: Database, commentId: string, d: { action: UiAction; reason?: string | undefined; expectedVersion?: number | undefined }, actor: string, now: Date) {
  if (d.action === "escalate") throw new Error("escalate is not available");
  await decide(database, commentId, { action: d.action as DecisionAction, reason: d.reason, expectedVersion: d.expectedVersion }, actor, now);
}

/** Decides each comment in turn; returns how many could not be decided (changed meanwhile, gone). */
async function bulk(database: Database, ids: string[], action: UiAction, actor: string, now: Date): Promise<number> {
  let failed = 0;
  for (const id of ids) {
    try {
      await decideOne(database, id, { action }, actor, now);
    } catch {
      failed++;
    }
  }
  return failed;
}

export const uiActions = { queue, decide: decideOne, bulk, canEscalate: false };
