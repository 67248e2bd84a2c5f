import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { sentimentStats } from "../../services/stats";
import { requireRole } from "../auth";
import type { AppEnv } from "../env";
import { validationHook } from "../problem";
import { SentimentStats, StatsQuery } from "../schemas";
import { bearer, json, problems } from "./common";

const sentimentRoute = createRoute({
  method: "get",
  path: "/v1/stats/sentiment",
  summary: "Sentiment counts per label, mean score and flagged count",
  security: bearer,
  middleware: [requireRole("viewer", "moderator", "ingest")] as const,
  request: { query: StatsQuery },
  responses: { 200: json(SentimentStats, "Statistics over the selected comments"), ...problems(400, 401) },
});

export const statsRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(sentimentRoute, async (c) => {
  const q = c.req.valid("query");
  const stats = await sentimentStats(c.var.deps.database, {
    article: q.article,
    from: q.from ? new Date(q.from) : undefined,
    to: q.to ? new Date(q.to) : undefined,
  });
  return c.json(stats, 200);
});
