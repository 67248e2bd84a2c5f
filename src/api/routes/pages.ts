import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { ingestPage } from "../../services/ingest";
import { requireRole } from "../auth";
import type { AppEnv } from "../env";
import { validationHook } from "../problem";
import { IngestResult, PageAnalysis, PageInput } from "../schemas";
import { bearer, json, jsonBody, problems } from "./common";
import { deliverSoon } from "./moderation-common";

const ingestRoute = createRoute({
  method: "post",
  path: "/v1/pages",
  summary: "Separate, score, flag and store a page and its comments",
  description: "Idempotent: posting the same page again stores nothing new; a re-scrape adds only new comments.",
  security: bearer,
  middleware: [requireRole("ingest")] as const,
  request: jsonBody(PageInput),
  responses: { 200: json(IngestResult, "The page was stored"), ...problems(400, 401, 403, 413) },
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

export const pageRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(ingestRoute, async (c) => {
    const input = c.req.valid("json");
    const { analyzer, database, now } = c.var.deps;
    const analysis = analyzer.analyzePage(input.content, input.format);
    const fetchedAt = input.fetchedAt ? new Date(input.fetchedAt) : undefined;
    const stored = await ingestPage(database, { url: input.url, site: input.site, fetchedAt }, analysis, now());
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
  });
