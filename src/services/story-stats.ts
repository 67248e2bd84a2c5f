import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../db/database";
import { articles, articleStories, sentimentRollups, stories } from "../db/schema";
import { NotFoundError } from "./errors";
import { counterSums, rollupFilters, summarise, type CounterSums, type StatsQuery, type Summary } from "./stats";

export interface StoryListQuery {
  /** Only stories with at least this many articles (default 2: a story is several outlets' reports). */
  minArticles?: number | undefined;
  limit?: number | undefined;
}

export interface StorySummary extends Summary {
  id: string;
  title: string;
  articleCount: number;
  sites: string[];
  createdAt: string;
  updatedAt: string;
}

/** Stories, most recently extended first, with their overall sentiment. */
export async function listStories(database: Database, q: StoryListQuery): Promise<StorySummary[]> {
  const articleCount = sql<number>`count(${articleStories.articleId})`.mapWith(Number);
  const sites = sql<string | null>`group_concat(distinct ${articles.site})`;
  const rows = await database.db
    .select({ id: stories.id, title: stories.title, createdAt: stories.createdAt, updatedAt: stories.updatedAt, articleCount, sites })
    .from(stories)
    .innerJoin(articleStories, eq(articleStories.storyId, stories.id))
    .innerJoin(articles, eq(articles.id, articleStories.articleId))
    .groupBy(stories.id)
    .having(sql`count(${articleStories.articleId}) >= ${q.minArticles ?? 2}`)
    .orderBy(desc(stories.updatedAt), stories.id)
    .limit(q.limit ?? 50);
  if (rows.length === 0) return [];
  const sums = await database.db
    .select({ storyId: articleStories.storyId, ...counterSums })
    .from(sentimentRollups)
    .innerJoin(articleStories, eq(articleStories.articleId, sentimentRollups.articleId))
    .where(inArray(articleStories.storyId, rows.map((r) => r.id)))
    .groupBy(articleStories.storyId);
  const byStory = new Map(sums.map((s) => [s.storyId, s as unknown as CounterSums]));
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    articleCount: row.articleCount,
    sites: (row.sites ?? "").split(",").filter(Boolean).sort(),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    ...summarise(byStory.get(row.id) ?? {}),
  }));
}

/** One story: its articles and its sentiment per outlet (site), to compare how each readership reacted. */
export async function storyStats(database: Database, storyId: string, q: Omit<StatsQuery, "story" | "article"> = {}) {
  const story = await database.db.query.stories.findFirst({ where: eq(stories.id, storyId) });
  if (!story) throw new NotFoundError("story", storyId);
  const members = await database.db
    .select({ articleId: articles.id, title: articles.title, url: articles.url, site: articles.site, similarity: articleStories.similarity })
    .from(articleStories)
    .innerJoin(articles, eq(articles.id, articleStories.articleId))
    .where(eq(articleStories.storyId, storyId))
    .orderBy(articles.site, articles.id);
  const perArticle = await database.db
    .select({ articleId: sentimentRollups.articleId, ...counterSums })
    .from(sentimentRollups)
    .where(and(rollupFilters({ ...q, story: storyId })))
    .groupBy(sentimentRollups.articleId);
  const sumsByArticle = new Map(perArticle.map((p) => [p.articleId, p as unknown as CounterSums]));
  const bySite = new Map<string, { articles: number; sums: CounterSums }>();
  const overall: CounterSums = {};
  for (const m of members) {
    const site = m.site ?? "(unknown)";
    const entry = bySite.get(site) ?? { articles: 0, sums: {} };
    entry.articles++;
    const sums = sumsByArticle.get(m.articleId) ?? {};
    for (const [k, v] of Object.entries(sums)) {
      if (typeof v !== "number" || !(k in counterSums)) continue;
      entry.sums[k] = (entry.sums[k] ?? 0) + v;
      overall[k] = (overall[k] ?? 0) + v;
    }
    bySite.set(site, entry);
  }
  return {
    id: story.id,
    title: story.title,
    createdAt: story.createdAt.toISOString(),
    updatedAt: story.updatedAt.toISOString(),
    articles: members.map((m) => ({ ...m, ...summarise(sumsByArticle.get(m.articleId) ?? {}) })),
    outlets: [...bySite.entries()].map(([site, e]) => ({ site, articles: e.articles, ...summarise(e.sums) })),
    overall: summarise(overall),
  };
}
