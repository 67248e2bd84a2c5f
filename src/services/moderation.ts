// The moderation workflow's public surface: other parts (routes, stats, the moderator UI) import from
// here. Status is derived from the append-only moderation_events log; see the modules re-exported below.
import { asc, eq, sql } from "drizzle-orm";
import type { Database } from "../db/database";
import { apiKeys, articles, COMMENT_STATUSES, comments, moderationEvents, type CommentStatus } from "../db/schema";
import { NotFoundError } from "./errors";
import { AWAITING_DECISION } from "./moderation-queue";

export * from "./moderation-claims";
export * from "./moderation-decisions";
export * from "./moderation-delivery";
export * from "./moderation-idempotency";
export * from "./moderation-policy";
export * from "./moderation-queue";
export * from "./moderation-webhooks";

/** Comments per status (optionally on one site), plus `awaiting` = held + escalated: the queue badges. */
export async function moderationCounts(database: Database, site?: string) {
  const base = database.db.select({ status: comments.status, n: sql<number>`count(*)` }).from(comments);
  const rows = site
    ? await base.innerJoin(articles, eq(articles.id, comments.articleId)).where(eq(articles.site, site)).groupBy(comments.status)
    : await base.groupBy(comments.status);
  const counts = Object.fromEntries(COMMENT_STATUSES.map((s) => [s, 0])) as Record<CommentStatus, number>;
  for (const r of rows) counts[r.status] = Number(r.n);
  return { counts, awaiting: AWAITING_DECISION.reduce((a, s) => a + counts[s], 0) };
}

/** The comment's full history, oldest first, with the moderators' key names. */
export async function commentEvents(database: Database, commentId: string) {
  const comment = await database.db.query.comments.findFirst({ where: eq(comments.id, commentId), columns: { status: true, version: true } });
  if (!comment) throw new NotFoundError("comment", commentId);
  const rows = await database.db
    .select({ event: moderationEvents, actorName: apiKeys.name })
    .from(moderationEvents)
    .leftJoin(apiKeys, eq(apiKeys.id, moderationEvents.actor))
    .where(eq(moderationEvents.commentId, commentId))
    .orderBy(asc(moderationEvents.seq));
  return {
    commentId, status: comment.status, version: comment.version,
    events: rows.map(({ event: e, actorName }) => ({
      seq: e.seq, actor: e.actor, actorName: e.actor === "system" ? "system" : (actorName ?? null), action: e.action, reason: e.reason,
      previousStatus: e.previousStatus, newStatus: e.newStatus, details: e.details, createdAt: e.createdAt.toISOString(),
    })),
  };
}
