import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { articleStats, sentimentStats, type StatsQuery } from "../../services/stats";
import { listStories, storyStats } from "../../services/story-stats";
import { requireRole } from "../auth";
import { csvResponse, wantsCsv } from "../csv";
import type { AppEnv } from "../env";
import { validationHook } from "../problem";
import { cachedJson } from "../read-cache";
import { articlesCsv, sentimentCsv, storiesCsv, storyCsv } from "../stats-csv";
import {
  ArticleStatsQuery, ArticleStatsSchema, SentimentStatsQuery, SentimentStatsSchema, StoryIdParam, StoryListQuery, StoryListSchema, StoryStatsSchema,
} from "../stats-schemas";
import { bearer, problems } from "./common";

const jsonOrCsv = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema }, "text/csv": { schema: z.string() } },
});

const sentimentRoute = createRoute({
  method: "get",
  path: "/v1/stats/sentiment",
  summary: "Sentiment per time bucket: counts per label, mean score, histogram, flagged rates, volume",
  description: "Read from hourly rollups maintained at ingest and at each decision. CSV with ?format=csv or Accept: text/csv.",
  security: bearer,
  middleware: [requireRole("viewer", "moderator", "ingest")] as const,
  request: { query: SentimentStatsQuery },
  responses: { 200: jsonOrCsv(SentimentStatsSchema, "Totals over the selection and one entry per bucket"), ...problems(400, 401, 403) },
});

const articlesRoute = createRoute({
  method: "get",
  path: "/v1/stats/articles",
  summary: "Articles ranked: most negative, most flagged, most discussed",
  security: bearer,
  middleware: [requireRole("viewer", "moderator", "ingest")] as const,
  request: { query: ArticleStatsQuery },
  responses: { 200: jsonOrCsv(ArticleStatsSchema, "Three rankings of the articles with comments in the selection"), ...problems(400, 401, 403) },
});

const storiesRoute = createRoute({
  method: "get",
  path: "/v1/stories",
  summary: "Stories: articles about the same event, grouped at ingest",
  security: bearer,
  middleware: [requireRole("viewer", "moderator", "ingest")] as const,
  request: { query: StoryListQuery },
  responses: { 200: jsonOrCsv(StoryListSchema, "Stories, most recently extended first"), ...problems(400, 401, 403) },
});

const storyRoute = createRoute({
  method: "get",
  path: "/v1/stories/{id}",
  summary: "One story's articles and its sentiment per outlet (site)",
  security: bearer,
  middleware: [requireRole("viewer", "moderator", "ingest")] as const,
  request: { params: StoryIdParam, query: SentimentStatsQuery.pick({ from: true, to: true, format: true }) },
  responses: { 200: jsonOrCsv(StoryStatsSchema, "The story compared across outlets"), ...problems(400, 401, 403, 404) },
});

const filters = (q: { site?: string | undefined; article?: string | undefined; story?: string | undefined; from?: string | undefined; to?: string | undefined }): StatsQuery => ({
  site: q.site,
  article: q.article,
  story: q.story,
  from: q.from ? new Date(q.from) : undefined,
  to: q.to ? new Date(q.to) : undefined,
});

export const statsRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(sentimentRoute, async (c) => {
    const q = c.req.valid("query");
    const { database, readCache } = c.var.deps;
    const query = { ...filters(q), bucket: q.bucket };
    if (wantsCsv(q.format, c.req.header("accept"))) return csvResponse(sentimentCsv(await sentimentStats(database, query)), "sentiment.csv");
    return cachedJson(readCache, `sentiment ${JSON.stringify(query)}`, c.var.deps.now().getTime(), async () => ({
      data: await sentimentStats(database, query),
    }));
  })
  .openapi(articlesRoute, async (c) => {
    const q = c.req.valid("query");
    const stats = await articleStats(c.var.deps.database, { ...filters(q), limit: q.limit });
    if (wantsCsv(q.format, c.req.header("accept"))) return csvResponse(articlesCsv(stats), "articles.csv");
    return c.json(stats, 200);
  })
  .openapi(storiesRoute, async (c) => {
    const q = c.req.valid("query");
    const items = await listStories(c.var.deps.database, q);
    if (wantsCsv(q.format, c.req.header("accept"))) return csvResponse(storiesCsv(items), "stories.csv");
    return c.json({ items }, 200);
  })
  .openapi(storyRoute, async (c) => {
    const { id } = c.req.valid("param");
    const q = c.req.valid("query");
    const story = await storyStats(c.var.deps.database, id, filters(q));
    if (wantsCsv(q.format, c.req.header("accept"))) return csvResponse(storyCsv(story), `story-${id.replace(/[^\w-]/g, "")}.csv`);
    return c.json(story, 200);
  });
