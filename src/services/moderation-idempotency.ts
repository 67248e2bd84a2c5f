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

/** For requests whose writes span several batches (bulk): stored once they are all done. */
export async function storeResponse(database: Database, actor: string, idem: IdempotencyRequest, response: StoredResponse, now: Date): Promise<void> {
  await database.db
    .insert(idempotencyKeys)
    .values({ actor, key: idem.key, requestHash: idem.requestHash, status: response.status, response: response.body, createdAt: now })
    .onConflictDoNothing();
}
