import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { decide, moderationQueue } from "../../services/moderation";
import { requireRole } from "../auth";
import type { AppEnv } from "../env";
import { validationHook } from "../problem";
import { CommentIdParam, DecisionInput, DecisionResult, QueuePage, QueueQuery } from "../schemas";
import { commentView } from "../views";
import { bearer, json, jsonBody, problems } from "./common";

const queueRoute = createRoute({
  method: "get",
  path: "/v1/moderation/queue",
  summary: "Comments awaiting a decision, most severe first",
  description: "Keyset-paginated: pass `nextCursor` back as `cursor` for the next page.",
  security: bearer,
  middleware: [requireRole("moderator")] as const,
  request: { query: QueueQuery },
  responses: { 200: json(QueuePage, "A page of the queue"), ...problems(400, 401, 403) },
});

const decisionRoute = createRoute({
  method: "post",
  path: "/v1/moderation/comments/{id}/decision",
  summary: "Approve or reject a comment; recorded as a moderation event",
  security: bearer,
  middleware: [requireRole("moderator")] as const,
  request: { params: CommentIdParam, ...jsonBody(DecisionInput) },
  responses: { 200: json(DecisionResult, "The decision was recorded"), ...problems(400, 401, 403, 404, 409) },
});

export const moderationRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(queueRoute, async (c) => {
    const q = c.req.valid("query");
    const { items, nextCursor } = await moderationQueue(c.var.deps.database, q);
    return c.json({ items: items.map((r) => ({ ...commentView(r.comment), article: r.article })), nextCursor }, 200);
  })
  .openapi(decisionRoute, async (c) => {
    const { id } = c.req.valid("param");
    const body = c.req.valid("json");
    const { database, now } = c.var.deps;
    const result = await decide(database, id, { action: body.action, reason: body.reason, expectedVersion: body.version }, c.var.principal.keyId, now());
    return c.json(result, 200);
  });
