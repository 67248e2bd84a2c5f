import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { InvalidInputError } from "../../services/errors";
import { drainOutbox } from "../../services/moderation-delivery";
import { IDEMPOTENCY_KEY_RE, idempotencyRequest, type IdempotencyRequest } from "../../services/moderation-idempotency";
import type { AppEnv } from "../env";

/** Starts delivering waiting webhook events after this response; never awaited by the request. */
export function deliverSoon(c: Context<AppEnv>): void {
  const { database, webhookFetch, now, background } = c.var.deps;
  let executionCtx: { waitUntil(p: Promise<unknown>): void } | undefined;
  try {
    executionCtx = c.executionCtx;
  } catch {
    executionCtx = undefined; // Node: no execution context.
  }
  background(drainOutbox(database, { fetch: webhookFetch, now }), executionCtx);
}

/** The request's Idempotency-Key (validated) with the fingerprint of the request it came with. */
export async function idempotencyOf(c: Context<AppEnv>, body: unknown): Promise<IdempotencyRequest | undefined> {
  const key = c.req.header("idempotency-key");
  if (key === undefined) return undefined;
  if (!IDEMPOTENCY_KEY_RE.test(key)) throw new InvalidInputError("Idempotency-Key must be 1–200 visible ASCII characters");
  return idempotencyRequest(key, c.req.method, new URL(c.req.url).pathname, body);
}

export const IdempotencyHeaders = z.object({
  "idempotency-key": z.string().max(200).optional().openapi({
    description: "Makes a retried request harmless: the first response is replayed (Idempotent-Replayed: true), nothing is written twice.",
  }),
});
