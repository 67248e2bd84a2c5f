// Asynchronous ingest stores what synchronous ingest stores, on any Database (Node + libSQL and
// workerd + D1 run the same check): the same page goes in once each way (two URLs, so two articles),
// its jobs run in reverse order (comment slices before the article) with one delivered twice (a queue
// retry), and the article, its story, the comments, their automatic moderation events and the rollup
// counters must agree field by field.
import { asc, eq } from "drizzle-orm";
import { expect } from "vitest";
import { createAnalyzer } from "../../src/analysis/analyze";
import type { Database } from "../../src/db/database";
import { articles, articleStories, comments, moderationEvents, sentimentRollups } from "../../src/db/schema";
import { ingestPage, resolvePage } from "../../src/services/ingest";
import { planPageJobs, runPageJob } from "../../src/services/page-jobs";
import { commentPage } from "../helpers/pages";

const TEXTS = [
  "Thanks for the clear reporting, this was a great read.",
  "You are a complete idiot and everyone knows it.",
  "I disagree with the minister but the talks are worth having.",
  "Visit cheap-pills.example now for 90% off pills!!!",
  "Terrible decision, the council has failed us again.",
];

export function asyncTestPage(n: number): string {
  return commentPage("Council approves the new tram line", Array.from({ length: n }, (_, i) => `${TEXTS[i % TEXTS.length]} (${i})`));
}

async function storedComments(database: Database, articleId: string) {
  const rows = await database.db.select().from(comments).where(eq(comments.articleId, articleId)).orderBy(asc(comments.position));
  const ids = new Map(rows.map((r) => [r.id, r.position]));
  const events = await database.db
    .select({ position: comments.position, action: moderationEvents.action, reason: moderationEvents.reason, newStatus: moderationEvents.newStatus, details: moderationEvents.details })
    .from(moderationEvents).innerJoin(comments, eq(comments.id, moderationEvents.commentId))
    .where(eq(comments.articleId, articleId)).orderBy(asc(comments.position), asc(moderationEvents.seq));
  const rollup = await database.db
    .select({ bucket: sentimentRollups.bucketStart, comments: sentimentRollups.comments, positive: sentimentRollups.positive, negative: sentimentRollups.negative, scoreSum: sentimentRollups.scoreSum, flagged: sentimentRollups.flagged, insult: sentimentRollups.catInsult, spam: sentimentRollups.catSpam, held: sentimentRollups.stHeld })
    .from(sentimentRollups).where(eq(sentimentRollups.articleId, articleId));
  const [article] = await database.db.select({ title: articles.title, body: articles.body, contentHash: articles.contentHash, site: articles.site, ingestedAt: articles.ingestedAt }).from(articles).where(eq(articles.id, articleId));
  const stories = await database.db.select({ storyId: articleStories.storyId }).from(articleStories).where(eq(articleStories.articleId, articleId));
  return {
    article,
    stories: stories.length,
    // Ids differ between the two articles: compare parents by position.
    comments: rows.map(({ id: _id, articleId: _a, parentId, createdAt: _c, updatedAt: _u, ...rest }) => ({ ...rest, parent: parentId === null ? null : ids.get(parentId) })),
    events,
    // Sums of the same scores added in another order differ in the last bits.
    rollup: rollup.map((r) => ({ ...r, scoreSum: Math.round(r.scoreSum * 1e9) / 1e9 })),
  };
}

export async function checkAsyncIngestMatchesSync(database: Database): Promise<void> {
  const analyzer = createAnalyzer();
  const content = asyncTestPage(120);
  const now = new Date(Date.UTC(2026, 5, 1, 12, 30));
  const sync = await ingestPage(database, { url: "https://async.example/sync" }, analyzer.analyzePage(content, "text"), now);

  const meta = { url: "https://async.example/queued" };
  const page = analyzer.segmentPage(content, "text");
  const resolved = resolvePage(meta, page);
  const { jobs, identities } = planPageJobs(page, resolved, now.getTime());
  expect(jobs).toHaveLength(4); // the article, then 120 comments in slices of at most 50
  let created = 0;
  for (const job of [...jobs!].reverse()) created += (await runPageJob(database, analyzer.scoreComment, job)).createdComments;
  expect((await runPageJob(database, analyzer.scoreComment, jobs![1]!)).createdComments).toBe(0); // redelivered: nothing new
  await runPageJob(database, analyzer.scoreComment, jobs![0]!); // the article job again
  expect(created).toBe(120);
  const article = { articleId: resolved.articleId };

  const viaSync = await storedComments(database, sync.articleId);
  const viaQueue = await storedComments(database, article.articleId);
  expect(viaQueue.comments.map((c) => c.text)).toEqual(page.comments.map((c) => c.text));
  expect(viaQueue.comments.filter((c) => c.status === "held").length).toBeGreaterThan(0);
  expect(viaQueue).toEqual(viaSync);
  expect(identities.map((c) => c.id).sort()).toEqual((await database.db.select({ id: comments.id }).from(comments).where(eq(comments.articleId, article.articleId))).map((r) => r.id).sort());
}
