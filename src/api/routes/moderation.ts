import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { commentEvents, moderationCounts, moderationQueue } from "../../services/moderation";
import { requireRole } from "../auth";
import type { AppEnv } from "../env";
import { CommentHistory, ModerationCounts, ModerationQueuePage, ModerationQueueQuery, SiteQuery } from "../moderation-schemas";
import { validationHook } from "../problem";
import { cachedJson } from "../read-cache";
import { CommentIdParam } from "../schemas";
import { commentView } from "../views";
import { bearer, json, problems } from "./common";

const queueRoute = createRoute({
  method: "get",
  path: "/v1/moderation/queue",
  summary: "The moderation queue: comments to review, with reasons, context and the author's history",
  description:
    "Default: comments awaiting a decision (held, escalated), most severe first. Keyset-paginated: pass `nextCursor` back as `cursor` " +
    "with the same filters and sort; comments arriving between pages are never skipped or repeated.",
  security: bearer,
  middleware: [requireRole("moderator")] as const,
  request: { query: ModerationQueueQuery },
  responses: { 200: json(ModerationQueuePage, "A page of the queue"), ...problems(400, 401, 403) },
});

const countsRoute = createRoute({
  method: "get",
  path: "/v1/moderation/counts",
  summary: "Comments per status (queue badges), optionally for one site",
  security: bearer,
  middleware: [requireRole("moderator")] as const,
  request: { query: SiteQuery },
  responses: { 200: json(ModerationCounts, "Counts per status"), ...problems(400, 401, 403) },
});

const eventsRoute = createRoute({
  method: "get",
  path: "/v1/moderation/comments/{id}/events",
  summary: "A comment's full moderation history (append-only), oldest first",
  security: bearer,
  middleware: [requireRole("moderator")] as const,
  request: { params: CommentIdParam },
  responses: { 200: json(CommentHistory, "The events"), ...problems(401, 403, 404) },
});

export const moderationRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(queueRoute, async (c) => {
    const q = c.req.valid("query");
    const { database, readCache } = c.var.deps;
    const now = c.var.deps.now();
    return cachedJson(readCache, `queue ${JSON.stringify(q)}`, now.getTime(), async () => {
      const { items, nextCursor } = await moderationQueue(database, q, now);
      // A claim shown on the page stops being shown when it expires: the page is only good until then.
      const expiries = items.flatMap((i) => (i.claim ? [Date.parse(i.claim.expiresAt)] : []));
      return {
        // Named fields rather than `({ comment, ...rest })`: object rest is V8's slow generic copy, and this
        // runs for every item of every page.
        data: {
          items: items.map((i) => ({ ...commentView(i.comment), article: i.article, parent: i.parent, claim: i.claim, reasons: i.reasons, authorHistory: i.authorHistory })),
          nextCursor,
        },
        validUntil: expiries.length ? Math.min(...expiries) : undefined,
      };
    });
  })
  .openapi(countsRoute, async (c) => c.json(await moderationCounts(c.var.deps.database, c.req.valid("query").site), 200))
  .openapi(eventsRoute, async (c) => c.json(await commentEvents(c.var.deps.database, c.req.valid("param").id), 200));
