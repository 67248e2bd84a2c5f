import { eq, inArray, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { PageAnalysis } from "../analysis/types";
import { chunkRows, type Database } from "../db/database";
import { articles, comments, moderationEvents, type CommentStatus, type NewCommentRow } from "../db/schema";
import { sha256Hex } from "../lib/crypto";
import { InvalidInputError } from "./errors";
import { applyPolicy, getSitePolicy, type IngestDecision } from "./moderation-policy";
import { enqueueHeldWebhooks } from "./moderation-webhooks";
import { articleIdFor, canonicalUrl, commentIdentities, siteOf } from "./page-identity";
import { rollupIngestStatements } from "./rollups";
import { planStoryAssignment } from "./stories";

export interface PageMeta {
  url?: string | undefined;
  site?: string | undefined;
  fetchedAt?: Date | undefined;
}

export interface IngestedComment {
  id: string;
  parentId: string | null;
  status: CommentStatus;
  /** False when the comment was already stored by an earlier post of the page. */
  created: boolean;
}

export interface IngestResult {
  articleId: string;
  articleCreated: boolean;
  comments: IngestedComment[];
  createdComments: number;
  /** The story the article belongs to (null for a stub too short to group). */
  storyId: string | null;
  /** New comments held for review: when > 0, webhook deliveries are waiting in the outbox. */
  heldComments: number;
}

/**
 * Stores an analysed page: the article (upserted) and its comments (inserted once), with one automatic
 * moderation event per new comment, all in one batch (one transaction on libSQL and on D1).
 * Re-posting the same page writes nothing new; a re-scrape with new comments adds only those.
 */
export async function ingestPage(database: Database, meta: PageMeta, page: PageAnalysis, now = new Date()): Promise<IngestResult> {
  let url: string | null = null;
  if (meta.url) {
    try {
      url = canonicalUrl(meta.url);
    } catch {
      throw new InvalidInputError(`url is not a valid absolute URL: ${meta.url}`);
    }
  }
  const site = meta.site ?? (url ? siteOf(url) : null);
  const body = page.body.join("\n\n");
  const contentHash = await sha256Hex(`${page.title}\u0000${body}`);
  const articleId = await articleIdFor(url, contentHash);
  const identities = await commentIdentities(articleId, page.comments);

  const ids = identities.map((c) => c.id);
  const existing = new Set<string>();
  const [found, sitePolicy] = await Promise.all([
    database.db.select({ id: articles.id }).from(articles).where(eq(articles.id, articleId)),
    getSitePolicy(database, site),
    ...chunkRows(ids, 1).map(async (chunk) => {
      const rows = await database.db.select({ id: comments.id }).from(comments).where(inArray(comments.id, chunk));
      for (const r of rows) existing.add(r.id);
    }),
  ]);
  const articleCreated = (found as unknown[]).length === 0;

  const rows: NewCommentRow[] = [];
  const decisions: IngestDecision[] = [];
  const result: IngestedComment[] = page.comments.map((c, i) => {
    const { id, textHash } = identities[i]!;
    const parentId = c.parent === null ? null : (identities[c.parent]?.id ?? null);
    const decision = applyPolicy(c.abuse, sitePolicy.policy, sitePolicy.version);
    const status = decision.status;
    const created = !existing.has(id);
    if (created) {
      decisions.push(decision);
      rows.push({
        id, articleId, parentId, position: i, author: c.author, text: c.text, textHash, postedAt: c.postedAt ?? null,
        sentimentScore: c.sentiment.score, sentimentLabel: c.sentiment.label,
        abuseScore: c.abuse.score, flagged: c.abuse.flagged, categories: c.abuse.categories,
        categoryScores: c.abuse.categoryScores, matches: c.abuse.matches,
        status, version: 1, createdAt: now, updatedAt: now,
      });
    }
    return { id, parentId, status, created };
  });

  const statements: BatchItem<"sqlite">[] = [
    database.db
      .insert(articles)
      .values({ id: articleId, url, site, title: page.title, body, contentHash, fetchedAt: meta.fetchedAt ?? null, ingestedAt: now, updatedAt: now })
      .onConflictDoUpdate({
        target: articles.id,
        // A re-scrape may carry an edited article: keep the latest text, never lose the first ingest time.
        set: { title: page.title, body, contentHash, site, fetchedAt: sql`coalesce(excluded.fetched_at, ${articles.fetchedAt})`, updatedAt: now },
      }),
  ];
  for (const chunk of chunkRows(rows, 19)) statements.push(database.db.insert(comments).values(chunk).onConflictDoNothing());
  const events = rows.map((r, k) => {
    const decision = decisions[k]!;
    return {
      commentId: r.id, seq: 1, actor: "system", action: decision.action, reason: decision.reason,
      previousStatus: null, newStatus: decision.status, details: decision.details, createdAt: now,
    };
  });
  for (const chunk of chunkRows(events, 9)) statements.push(database.db.insert(moderationEvents).values(chunk).onConflictDoNothing());
  // Webhook outbox rows for held comments go in the same transaction; delivery happens after the response.
  const held = rows.flatMap((r, k) => (decisions[k]!.status === "held" ? [{ row: r, decision: decisions[k]! }] : []));
  statements.push(...enqueueHeldWebhooks(database, held.map(({ row, decision }) => ({
    commentId: row.id, payload: JSON.stringify({
      type: "comment.held", commentId: row.id, articleId, site, status: "held", version: 1, reason: decision.reason, reasons: decision.details.reasons, heldAt: now.toISOString(),
    }),
  })), now));
  // Counters and story grouping commit with the comments, so statistics never disagree with them.
  statements.push(...rollupIngestStatements(database, articleId, site, rows, now));
  const story = await planStoryAssignment(database, { id: articleId, title: page.title, body }, now);
  statements.push(...story.statements);
  await database.batch(statements);

  return { articleId, articleCreated, comments: result, createdComments: rows.length, heldComments: held.length, storyId: story.assignment?.storyId ?? null };
}
