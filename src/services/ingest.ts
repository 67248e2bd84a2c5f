import type { AbuseResult, PageAnalysis, SentimentResult } from "../analysis/types";
import type { Database, SqlStatement } from "../db/database";
import type { CommentStatus, NewCommentRow } from "../db/schema";
import { sha256HexSync } from "../lib/sha256";
import { InvalidInputError } from "./errors";
import { articleUpsert, commentsInsert, eventsInsert, heldWebhooksInsert, rollupUpsert, snapshotStatement, type IngestSnapshot } from "./ingest-sql";
import { applyPolicy, completePolicy, DEFAULT_POLICY, type IngestDecision } from "./moderation-policy";
import { articleIdFor, canonicalUrl, commentIdentities, siteOf } from "./page-identity";
import { planStoryAssignment, storyProbe } from "./stories";

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
  /** New comments held for review. */
  heldComments: number;
  /** Webhook outbox rows written (held comments × subscribed webhooks' announcements): deliver when > 0. */
  queuedDeliveries: number;
}

/** A scored comment with its identity, ready to store (from a whole page or from one queued slice of it). */
export interface CommentToStore {
  id: string;
  textHash: string;
  parentId: string | null;
  /** Its index on the page. */
  position: number;
  text: string;
  author: string | null;
  postedAt: string | null;
  sentiment: SentimentResult;
  abuse: AbuseResult;
}

/** Where a page's article is and what ingest needs to know about it before storing comments. */
export interface ResolvedPage {
  url: string | null;
  site: string | null;
  body: string;
  contentHash: string;
  articleId: string;
}

export function resolvePage(meta: PageMeta, page: { title: string; body: string[] }): ResolvedPage {
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
  const contentHash = sha256HexSync(`${page.title}\u0000${body}`);
  return { url, site, body, contentHash, articleId: articleIdFor(url, contentHash) };
}

/** The ids of the page's comments that the snapshot found already stored. */
export const storedIds = (snapshot: IngestSnapshot): ReadonlySet<string> => new Set(JSON.parse(snapshot.existing) as string[]);

/**
 * The writes that store new comments — rows, rollups, automatic moderation events, held-comment webhook
 * outbox rows — given what the snapshot read; comments in `existing` (storedIds) are skipped.
 */
export function commentWrites(
  snapshot: IngestSnapshot, existing: ReadonlySet<string>, article: { id: string; site: string | null }, comments: readonly CommentToStore[], now: Date,
) {
  const at = now.getTime();
  const policy = snapshot.policy === null ? DEFAULT_POLICY : completePolicy(JSON.parse(snapshot.policy) as Parameters<typeof completePolicy>[0]);
  const policyVersion = snapshot.policy === null ? 0 : Number(snapshot.policy_version);

  const rows: NewCommentRow[] = [];
  const decisions: IngestDecision[] = [];
  const stored: IngestedComment[] = comments.map((c) => {
    const decision = applyPolicy(c.abuse, policy, policyVersion);
    const status = decision.status;
    const created = !existing.has(c.id);
    if (created) {
      decisions.push(decision);
      rows.push({
        id: c.id, articleId: article.id, parentId: c.parentId, position: c.position, author: c.author, text: c.text, textHash: c.textHash, postedAt: c.postedAt,
        sentimentScore: c.sentiment.score, sentimentLabel: c.sentiment.label,
        abuseScore: c.abuse.score, flagged: c.abuse.flagged, categories: c.abuse.categories,
        categoryScores: c.abuse.categoryScores, matches: c.abuse.matches,
        status, version: 1, createdAt: now, updatedAt: now,
      });
    }
    return { id: c.id, parentId: c.parentId, status, created };
  });

  const statements: SqlStatement[] = [];
  let heldComments = 0;
  let queuedDeliveries = 0;
  if (rows.length > 0) {
    // Counters and story grouping commit with the comments, so statistics never disagree with them.
    // The rollup statement must directly follow the comments insert (it checks that insert's row count).
    statements.push(commentsInsert(article.id, rows, at), rollupUpsert(article.id, article.site, rows, at));
    statements.push(eventsInsert(rows.map((r, k) => ({ commentId: r.id, decision: decisions[k]! })), at));
    // Webhook outbox rows for held comments go in the same transaction; delivery happens after the response.
    // Payloads are only built when some webhook subscribes to comment.held (the snapshot says so).
    const held: { commentId: string; payload: string }[] = [];
    const heldAt = now.toISOString();
    rows.forEach((r, k) => {
      const decision = decisions[k]!;
      if (decision.status !== "held") return;
      heldComments++;
      if (!snapshot.held_hooks) return;
      held.push({
        commentId: r.id,
        payload: JSON.stringify({ type: "comment.held", commentId: r.id, articleId: article.id, site: article.site, status: "held", version: 1, reason: decision.reason, reasons: decision.details.reasons, heldAt }),
      });
    });
    if (held.length > 0) statements.push(heldWebhooksInsert(held, at));
    queuedDeliveries = held.length;
  }
  return { statements, stored, createdComments: rows.length, heldComments, queuedDeliveries };
}

/**
 * Stores an analysed page: the article (upserted) and its comments (inserted once), with one automatic
 * moderation event per new comment, all in one batch (one transaction on libSQL and on D1).
 * Re-posting the same page writes nothing new; a re-scrape with new comments adds only those.
 *
 * Cost is flat in the number of comments: one read (the snapshot: article, story, site policy, which
 * comments exist, story candidates) and one batch of at most nine statements, rows passed as JSON.
 */
export async function ingestPage(database: Database, meta: PageMeta, page: PageAnalysis, now = new Date()): Promise<IngestResult> {
  const resolved = resolvePage(meta, page);
  const { articleId, site } = resolved;
  const identities = commentIdentities(articleId, page.comments);
  const probe = storyProbe(page.title, resolved.body);
  const at = now.getTime();

  const [snapshot] = await database.query<IngestSnapshot>(snapshotStatement(articleId, site, identities.map((c) => c.id), probe.bandKeys));
  if (!snapshot) throw new Error("the ingest snapshot read returned no row");
  const comments: CommentToStore[] = page.comments.map((c, i) => ({
    id: identities[i]!.id, textHash: identities[i]!.textHash, parentId: identities[i]!.parentId, position: i,
    text: c.text, author: c.author, postedAt: c.postedAt ?? null, sentiment: c.sentiment, abuse: c.abuse,
  }));
  const writes = commentWrites(snapshot, storedIds(snapshot), { id: articleId, site }, comments, now);
  const statements: SqlStatement[] = [
    articleUpsert({ id: articleId, url: resolved.url, site, title: page.title, body: resolved.body, contentHash: resolved.contentHash, fetchedAt: meta.fetchedAt ?? null, now: at }),
    ...writes.statements,
  ];
  const candidates = JSON.parse(snapshot.candidates) as [string, string][];
  const story = planStoryAssignment({ id: articleId, title: page.title }, probe, { currentStory: snapshot.story, candidates }, at);
  statements.push(...story.statements);
  await database.write(statements);

  return {
    articleId, articleCreated: snapshot.article === null, comments: writes.stored, createdComments: writes.createdComments,
    heldComments: writes.heldComments, queuedDeliveries: writes.queuedDeliveries, storyId: story.assignment?.storyId ?? null,
  };
}
