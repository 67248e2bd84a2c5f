import { z } from "@hono/zod-openapi";
import { ABUSE_CATEGORIES } from "../analysis/types";
import { COMMENT_STATUSES } from "../db/schema";

const Format = z.enum(["json", "csv"]).optional().openapi({ description: "csv for text/csv (also chosen by Accept: text/csv)." });
const Iso = z.iso.datetime({ offset: true });

export const StatsFilters = z.object({
  site: z.string().max(255).optional(),
  article: z.string().max(64).optional(),
  story: z.string().max(64).optional(),
  from: Iso.optional().openapi({ description: "Inclusive, applied at hour granularity (the hour containing it counts)." }),
  to: Iso.optional().openapi({ description: "Exclusive." }),
  format: Format,
});

export const SentimentStatsQuery = StatsFilters.extend({ bucket: z.enum(["hour", "day"]).default("day") });
export const ArticleStatsQuery = StatsFilters.extend({ limit: z.coerce.number().int().min(1).max(100).default(10) });
export const StoryListQuery = z.object({
  minArticles: z.coerce.number().int().min(1).max(1000).default(2),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  format: Format,
});
export const StoryIdParam = z.object({ id: z.string().min(1).max(64).openapi({ param: { name: "id", in: "path" } }) });

const rates = z.object(Object.fromEntries(ABUSE_CATEGORIES.map((c) => [c, z.number().nullable()])) as Record<(typeof ABUSE_CATEGORIES)[number], z.ZodNullable<z.ZodNumber>>);
const perCategory = z.object(Object.fromEntries(ABUSE_CATEGORIES.map((c) => [c, z.number().int()])) as Record<(typeof ABUSE_CATEGORIES)[number], z.ZodNumber>);
const perStatus = z.object(Object.fromEntries(COMMENT_STATUSES.map((s) => [s, z.number().int()])) as Record<(typeof COMMENT_STATUSES)[number], z.ZodNumber>);

export const SummarySchema = z.object({
  total: z.number().int().openapi({ description: "Comment volume." }),
  counts: z.object({ positive: z.number().int(), neutral: z.number().int(), negative: z.number().int() }),
  meanScore: z.number().nullable(),
  flagged: z.number().int(),
  flaggedRate: z.number().nullable(),
  flaggedByCategory: perCategory,
  flaggedRateByCategory: rates,
  histogram: z.array(z.number().int()).openapi({ description: "Comments per score bin; bin edges in histogramEdges (10 bins over [-1, 1])." }),
  statuses: perStatus,
});

export const SentimentStatsSchema = SummarySchema.extend({
  bucket: z.enum(["hour", "day"]),
  histogramEdges: z.array(z.number()),
  buckets: z.array(SummarySchema.extend({ start: z.string(), end: z.string() })),
}).openapi("SentimentStats");

const ArticleStat = SummarySchema.extend({
  articleId: z.string(), title: z.string(), url: z.string().nullable(), site: z.string().nullable(), storyId: z.string().nullable(),
});
export const ArticleStatsSchema = z
  .object({ mostNegative: z.array(ArticleStat), mostFlagged: z.array(ArticleStat), mostDiscussed: z.array(ArticleStat) })
  .openapi("ArticleStats");

const StorySummary = SummarySchema.extend({
  id: z.string(), title: z.string(), articleCount: z.number().int(), sites: z.array(z.string()), createdAt: z.string(), updatedAt: z.string(),
});
export const StoryListSchema = z.object({ items: z.array(StorySummary) }).openapi("StoryList");

export const StoryStatsSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    articles: z.array(SummarySchema.extend({ articleId: z.string(), title: z.string(), url: z.string().nullable(), site: z.string().nullable(), similarity: z.number().nullable() })),
    outlets: z.array(SummarySchema.extend({ site: z.string(), articles: z.number().int() })),
    overall: SummarySchema,
  })
  .openapi("StoryStats");
