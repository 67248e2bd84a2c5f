import { and, eq } from "drizzle-orm";
import type { Database } from "../db/database";
import { idempotencyKeys } from "../db/schema";
import { sha256HexSync } from "../lib/sha256";
import { DomainError } from "./errors";

export interface IdempotencyRequest {
  key: string;
  requestHash: string;
}

export interface StoredResponse {
  status: number;
  body: unknown;
}

export const IDEMPOTENCY_KEY_RE = /^[\x21-\x7e]{1,200}$/;

export class IdempotencyKeyReusedError extends DomainError {
  constructor(key: string) {
    super("idempotency_key_reused", 422, `Idempotency-Key ${key} was already used for a different request; use a new key per distinct request`, { key });
  }
}

/** The fingerprint of a request: the same key must come with the same method, path and body. */
export function idempotencyRequest(key: string, method: string, path: string, body: unknown): IdempotencyRequest {
  return { key, requestHash: sha256HexSync(`${method}\u0000${path}\u0000${JSON.stringify(body)}`) };
}

/** The response stored for this key, or null; a different request under the same key is refused. */
export async function storedResponse(database: Database, actor: string, idem: IdempotencyRequest): Promise<StoredResponse | null> {
  const row = await database.db.query.idempotencyKeys.findFirst({ where: and(eq(idempotencyKeys.actor, actor), eq(idempotencyKeys.key, idem.key)) });
  if (!row) return null;
  if (row.requestHash !== idem.requestHash) throw new IdempotencyKeyReusedError(idem.key);
  return { status: row.status, body: row.response };
}

/** `status` of a key whose request is still running (bulk): not an HTTP status, never replayed. */
const IN_PROGRESS = 0;
/** A claim older than this belongs to a request that died (crash, timeout); a retry may take it over. */
export const IN_PROGRESS_LEASE_MS = 60_000;

export class IdempotentRequestInProgressError extends DomainError {
  constructor(key: string, retryAfterSeconds: number) {
    super("idempotent_request_in_progress", 409, `A request with Idempotency-Key ${key} is still being processed; retry after it finishes`, { key, retryAfterSeconds });
  }
}

const thisKey = (actor: string, key: string) => and(eq(idempotencyKeys.actor, actor), eq(idempotencyKeys.key, key));

/**
 * For requests whose writes span several batches (bulk): the key is claimed before any work, so a
 * concurrent retry is told to wait (409 + Retry-After) instead of racing the first request item by
 * item and answering with whichever half it won. Returns the stored response to replay, or null when
 * this request now holds the key and must finish with completeKey (or releaseKey on failure).
 */
export async function claimKey(database: Database, actor: string, idem: IdempotencyRequest, now: Date): Promise<StoredResponse | null> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const inserted = await database.db
      .insert(idempotencyKeys)
      .values({ actor, key: idem.key, requestHash: idem.requestHash, status: IN_PROGRESS, response: {}, createdAt: now })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    if (inserted.length > 0) return null;
    const row = await database.db.query.idempotencyKeys.findFirst({ where: thisKey(actor, idem.key) });
    if (!row) continue; // released by a failed holder between our insert and read
    if (row.requestHash !== idem.requestHash) throw new IdempotencyKeyReusedError(idem.key);
    if (row.status !== IN_PROGRESS) return { status: row.status, body: row.response };
    const age = now.getTime() - row.createdAt.getTime();
    if (age < IN_PROGRESS_LEASE_MS) throw new IdempotentRequestInProgressError(idem.key, Math.max(1, Math.ceil((IN_PROGRESS_LEASE_MS - age) / 1000)));
    // The holder died: take the claim over, unless another retry just did.
    const taken = await database.db
      .update(idempotencyKeys)
      .set({ createdAt: now })
      .where(and(thisKey(actor, idem.key), eq(idempotencyKeys.status, IN_PROGRESS), eq(idempotencyKeys.createdAt, row.createdAt)))
      .returning({ key: idempotencyKeys.key });
    if (taken.length > 0) return null;
  }
  throw new IdempotentRequestInProgressError(idem.key, 1);
}

/** Stores the response of a claimed key: later requests with it get it replayed. */
export async function completeKey(database: Database, actor: string, idem: IdempotencyRequest, response: StoredResponse): Promise<void> {
  await database.db.update(idempotencyKeys).set({ status: response.status, response: response.body }).where(thisKey(actor, idem.key));
}

/** Gives a claimed key back after a failure, so a retry runs the request instead of waiting out the lease. */
export async function releaseKey(database: Database, actor: string, idem: IdempotencyRequest): Promise<void> {
  await database.db.delete(idempotencyKeys).where(and(thisKey(actor, idem.key), eq(idempotencyKeys.status, IN_PROGRESS)));
}
