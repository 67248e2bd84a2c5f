import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { PageFormat } from "../../analysis/types";
import { articleSummary } from "../../services/articles";
import { ingestPage, resolvePage, type PageMeta } from "../../services/ingest";
import { planPageJobs, type PageQueue } from "../../services/page-jobs";
import { requireRole } from "../auth";
import type { AppEnv } from "../env";
import { validationHook } from "../problem";
import { ArticleIdParam, ArticleSummary, IngestAccepted, IngestResult, PageAnalysis, PageInput } from "../schemas";
import { bearer, json, jsonBody, problems } from "./common";
import { deliverSoon } from "./moderation-common";

const PreferHeaders = z.object({
  prefer: z.string().max(1000).optional().openapi({
    description: "`respond-async`: answer 202 once the article is stored and the comments are queued for scoring (where the deployment has a queue; otherwise ignored, 200 as usual).",
  }),
});

const ingestRoute = createRoute({
  method: "post",
  path: "/v1/pages",
  summary: "Separate, score, flag and store a page and its comments",
  description:
    "Idempotent: posting the same page again stores nothing new; a re-scrape adds only new comments. With `Prefer: respond-async` on a deployment with a page queue, " +
    "the answer is 202 (`Preference-Applied: respond-async`) with the comments' ids; each comment is scored and stored shortly after (poll GET /v1/articles/{id}).",
  security: bearer,
  middleware: [requireRole("ingest")] as const,
  request: { headers: PreferHeaders, ...jsonBody(PageInput) },
  responses: { 200: json(IngestResult, "The page was stored"), 202: json(IngestAccepted, "The article was stored, its comments are queued"), ...problems(400, 401, 403, 413) },
});

const analyzeRoute = createRoute({
  method: "post",
  path: "/v1/analyze",
  summary: "The same analysis as /v1/pages, nothing stored",
  security: bearer,
  middleware: [requireRole("ingest", "moderator")] as const,
  request: jsonBody(PageInput),
  responses: { 200: json(PageAnalysis, "The page's analysis"), ...problems(400, 401, 413) },
});

const articleRoute = createRoute({
  method: "get",
  path: "/v1/articles/{id}",
  summary: "An article and how many of its comments are stored, per status",
  description: "After an asynchronous ingest (202), the page is fully stored when `state` is `stored` and `comments.total` has reached `queuedComments`.",
  security: bearer,
  middleware: [requireRole("ingest", "moderator", "viewer")] as const,
  request: { params: ArticleIdParam },
  responses: { 200: json(ArticleSummary, "The article"), ...problems(401, 403, 404) },
});

/** RFC 7240: the Prefer header is a comma-separated list of preferences, each a token with optional parameters. */
const prefersAsync = (header: string | undefined) =>
  header !== undefined && header.split(",").some((p) => p.split(";")[0]!.trim().toLowerCase() === "respond-async");

/** The asynchronous path: queue the article and the comment slices; null when the page cannot be queued. */
async function ingestAsync(c: Context<AppEnv>, pageQueue: PageQueue, meta: PageMeta, content: string, format: PageFormat) {
  const { analyzer, now } = c.var.deps;
  const page = analyzer.segmentPage(content, format);
  const resolved = resolvePage(meta, page);
  const { identities, jobs } = planPageJobs(page, resolved, now().getTime(), meta.fetchedAt ?? null);
  if (jobs === null) return null;
  await pageQueue.send(jobs);
  c.header("Preference-Applied", "respond-async");
  return c.json(
    {
      articleId: resolved.articleId,
      queuedComments: page.comments.length,
      jobs: jobs.length,
      title: page.title,
      comments: page.comments.map((comment, i) => ({ id: identities[i]!.id, parentId: identities[i]!.parentId, author: comment.author })),
    },
    202,
  );
}

export const pageRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(ingestRoute, async (c) => {
    const input = c.req.valid("json");
    const { analyzer, database, now, pageQueue } = c.var.deps;
    const meta = { url: input.url, site: input.site, fetchedAt: input.fetchedAt ? new Date(input.fetchedAt) : undefined };
    if (pageQueue && prefersAsync(c.req.valid("header").prefer)) {
      const accepted = await ingestAsync(c, pageQueue, meta, input.content, input.format);
      if (accepted) return accepted;
    }
    const analysis = analyzer.analyzePage(input.content, input.format);
    const stored = await ingestPage(database, meta, analysis, now());
    if (stored.queuedDeliveries > 0) deliverSoon(c);
    return c.json(
      {
        articleId: stored.articleId,
        articleCreated: stored.articleCreated,
        createdComments: stored.createdComments,
        title: analysis.title,
        body: analysis.body,
        boilerplate: analysis.boilerplate,
        comments: analysis.comments.map((comment, i) => ({ ...comment, ...stored.comments[i]! })),
      },
      200,
    );
  })
  .openapi(analyzeRoute, (c) => {
    const input = c.req.valid("json");
    return c.json(c.var.deps.analyzer.analyzePage(input.content, input.format), 200);
  })
  .openapi(articleRoute, async (c) => c.json(await articleSummary(c.var.deps.database, c.req.valid("param").id), 200));
