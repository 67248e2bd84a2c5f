import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { claimComment, claimKey, completeKey, decide, decideBulk, releaseClaim, releaseKey } from "../../services/moderation";
import { ForbiddenError, InvalidInputError } from "../../services/errors";
import { requireRole } from "../auth";
import type { AppEnv } from "../env";
import { BulkDecisionInput, BulkDecisionResult, ClaimInput, ClaimResult, ModerationDecisionInput, ModerationDecisionResult, ReleaseQuery } from "../moderation-schemas";
import { validationHook } from "../problem";
import { CommentIdParam } from "../schemas";
import { bearer, json, problems } from "./common";
import { deliverSoon, IdempotencyHeaders, idempotencyOf } from "./moderation-common";

const optionalJson = <T extends typeof ClaimInput>(schema: T) => ({ body: { required: false, content: { "application/json": { schema } } } });

const claimRoute = createRoute({
  method: "post",
  path: "/v1/moderation/comments/{id}/claim",
  summary: "Claim a comment for review (a lease, default 5 minutes); the holder renews by claiming again",
  description: "A live claim by someone else answers 409 `claim_held` with `holder`, `holderName` and `expiresAt`.",
  security: bearer,
  middleware: [requireRole("moderator")] as const,
  request: { params: CommentIdParam, ...optionalJson(ClaimInput) },
  responses: { 200: json(ClaimResult, "The claim is yours until expiresAt"), ...problems(400, 401, 403, 404, 409) },
});

const releaseRoute = createRoute({
  method: "delete",
  path: "/v1/moderation/comments/{id}/claim",
  summary: "Release your claim (admins: ?force=true releases anyone's)",
  security: bearer,
  middleware: [requireRole("moderator")] as const,
  request: { params: CommentIdParam, query: ReleaseQuery },
  responses: { 204: { description: "No claim of yours remains" }, ...problems(400, 401, 403, 404, 409) },
});

const decisionRoute = createRoute({
  method: "post",
  path: "/v1/moderation/comments/{id}/decision",
  summary: "Approve, reject (with a reason code), escalate, or add a note; recorded as a moderation event",
  description:
    "Carries the version you saw: a stale version answers 409 `stale_version`, a live claim by someone else 409 `claim_held`. " +
    "With an Idempotency-Key, a retry replays the first response.",
  security: bearer,
  middleware: [requireRole("moderator")] as const,
  request: { params: CommentIdParam, headers: IdempotencyHeaders, body: { required: true, content: { "application/json": { schema: ModerationDecisionInput } } } },
  responses: { 200: json(ModerationDecisionResult, "The decision was recorded (or replayed)"), ...problems(400, 401, 403, 404, 409, 422) },
});

const bulkRoute = createRoute({
  method: "post",
  path: "/v1/moderation/decisions",
  summary: "The same decision on up to 500 comments, each with the version seen; a result per id",
  description: "Always 200 when the request is valid: each result says ok, or the problem code and HTTP status it would have had alone.",
  security: bearer,
  middleware: [requireRole("moderator")] as const,
  request: { headers: IdempotencyHeaders, body: { required: true, content: { "application/json": { schema: BulkDecisionInput } } } },
  responses: { 200: json(BulkDecisionResult, "One result per item"), ...problems(400, 401, 403, 409, 413, 422) },
});

export const moderationDecisionRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(claimRoute, async (c) => {
    const { id } = c.req.valid("param");
    // The body is optional: an empty POST takes the default lease.
    const raw = await c.req.text();
    let input: unknown = {};
    try {
      if (raw.trim()) input = JSON.parse(raw);
    } catch {
      throw new InvalidInputError("The body is not valid JSON");
    }
    const parsed = ClaimInput.safeParse(input);
    if (!parsed.success) return validationHook({ success: false, error: parsed.error, target: "json" }, c) as never;
    const claim = await claimComment(c.var.deps.database, id, c.var.principal.keyId, parsed.data.seconds, c.var.deps.now());
    return c.json(claim, 200);
  })
  .openapi(releaseRoute, async (c) => {
    const { id } = c.req.valid("param");
    const force = c.req.valid("query").force === "true";
    if (force && c.var.principal.role !== "admin") throw new ForbiddenError(c.var.principal.role, ["admin"]);
    await releaseClaim(c.var.deps.database, id, c.var.principal.keyId, c.var.deps.now(), force);
    return c.body(null, 204);
  })
  .openapi(decisionRoute, async (c) => {
    const { id } = c.req.valid("param");
    const body = c.req.valid("json");
    const idem = await idempotencyOf(c, body);
    const outcome = await decide(c.var.deps.database, id, body, c.var.principal.keyId, c.var.deps.now(), idem);
    if (outcome.replayed) c.header("Idempotent-Replayed", "true");
    else if (body.action !== "note") deliverSoon(c);
    return c.json(outcome.body, 200);
  })
  .openapi(bulkRoute, async (c) => {
    const body = c.req.valid("json");
    const { database, now } = c.var.deps;
    const actor = c.var.principal.keyId;
    const idem = await idempotencyOf(c, body);
    if (idem) {
      const stored = await claimKey(database, actor, idem, now());
      if (stored) {
        c.header("Idempotent-Replayed", "true");
        return c.json(stored.body as { results: never[]; succeeded: number; failed: number }, 200);
      }
    }
    let response;
    try {
      const results = await decideBulk(database, { action: body.action, reasonCode: body.reasonCode, note: body.note }, body.items, actor, now());
      const succeeded = results.filter((r) => r.ok).length;
      response = { results, succeeded, failed: results.length - succeeded };
    } catch (err) {
      if (idem) await releaseKey(database, actor, idem);
      throw err;
    }
    // Stored after all chunks: were it lost, a retry after the lease still writes nothing twice (every
    // item it already decided answers stale).
    if (idem) await completeKey(database, actor, idem, { status: 200, body: response });
    if (response.succeeded > 0 && body.action !== "note") deliverSoon(c);
    return c.json(response, 200);
  });
