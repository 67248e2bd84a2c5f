import { z } from "@hono/zod-openapi";
import { ABUSE_CATEGORIES } from "../analysis/types";
import { COMMENT_STATUSES } from "../db/schema";

// Request and response shapes: validation and the OpenAPI document come from the same schemas.

export const PageInput = z
  .object({
    url: z.url({ protocol: /^https?$/ }).max(4096).optional().openapi({ example: "https://news.example/2017/07/iraq-russia" }),
    site: z.string().min(1).max(255).optional().openapi({ description: "Defaults to the URL's host without www." }),
    fetchedAt: z.iso.datetime({ offset: true }).optional().openapi({ description: "When the page was scraped (ISO 8601)." }),
    format: z.enum(["text", "html"]).default("text"),
    content: z.string().min(1).openapi({ description: "The page as a plain-text dump or as HTML." }),
  })
  .openapi("PageInput");

const Span = { start: z.number().int(), end: z.number().int() };

export const Sentiment = z
  .object({
    score: z.number().min(-1).max(1),
    label: z.enum(["positive", "neutral", "negative"]),
    contributions: z.array(z.object({ ...Span, term: z.string(), weight: z.number() })).optional(),
  })
  .openapi("Sentiment");

export const Category = z.enum(ABUSE_CATEGORIES);

export const AbuseMatch = z.object({ ...Span, category: Category, term: z.string(), rule: z.string() }).openapi("AbuseMatch");

export const Abuse = z
  .object({
    flagged: z.boolean(),
    score: z.number().min(0).max(1),
    categories: z.array(Category),
    categoryScores: z.record(z.string(), z.number()),
    matches: z.array(AbuseMatch),
  })
  .openapi("Abuse");

export const AnalysedComment = z
  .object({
    text: z.string(),
    author: z.string().nullable(),
    parent: z.number().int().nullable().openapi({ description: "Index of the parent comment in this list." }),
    postedAt: z.string().nullable().optional(),
    sentiment: Sentiment,
    abuse: Abuse,
  })
  .openapi("AnalysedComment");

export const PageAnalysis = z
  .object({ title: z.string(), body: z.array(z.string()), boilerplate: z.array(z.string()), comments: z.array(AnalysedComment) })
  .openapi("PageAnalysis");

export const Status = z.enum(COMMENT_STATUSES);

export const IngestResult = z
  .object({
    articleId: z.string(),
    articleCreated: z.boolean(),
    createdComments: z.number().int(),
    title: z.string(),
    body: z.array(z.string()),
    boilerplate: z.array(z.string()),
    comments: z.array(AnalysedComment.extend({ id: z.string(), parentId: z.string().nullable(), status: Status, created: z.boolean() })),
  })
  .openapi("IngestResult");

export const IngestAccepted = z
  .object({
    articleId: z.string(),
    queuedComments: z.number().int().openapi({ description: "Comments queued for scoring; each is stored (or found already stored) when its slice runs." }),
    jobs: z.number().int().openapi({ description: "Queue messages: the article's, then one per slice of at most 50 comments." }),
    title: z.string(),
    comments: z
      .array(z.object({ id: z.string(), parentId: z.string().nullable(), author: z.string().nullable() }))
      .openapi({ description: "In page order. Texts are not echoed (the answer stays small); POST /v1/analyze shows the segmentation." }),
  })
  .openapi("IngestAccepted");

export const ArticleSummary = z
  .object({
    id: z.string(),
    url: z.string().nullable(),
    site: z.string().nullable(),
    title: z.string(),
    state: z.enum(["stored", "pending"]).openapi({ description: "`pending`: only some queued comment slices have run so far (asynchronous ingest)." }),
    ingestedAt: z.string(),
    updatedAt: z.string(),
    comments: z.object({ total: z.number().int(), byStatus: z.record(Status, z.number().int()) }),
  })
  .openapi("ArticleSummary");

export const ArticleIdParam = z.object({ id: z.string().min(1).max(64).openapi({ param: { name: "id", in: "path" } }) });

export const StoredComment = z
  .object({
    id: z.string(),
    articleId: z.string(),
    parentId: z.string().nullable(),
    position: z.number().int(),
    author: z.string().nullable(),
    text: z.string(),
    postedAt: z.string().nullable(),
    sentiment: Sentiment,
    abuse: Abuse,
    status: Status,
    version: z.number().int(),
    createdAt: z.string(),
  })
  .openapi("StoredComment");

export const CommentIdParam = z.object({
  id: z.string().min(1).max(64).openapi({ param: { name: "id", in: "path" }, example: "c_0123456789abcdef01234567" }),
});

export const ProblemSchema = z
  .object({ type: z.string(), title: z.string(), status: z.number().int(), detail: z.string(), code: z.string(), instance: z.string().optional() })
  .openapi("Problem");
