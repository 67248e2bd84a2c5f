import { and, eq, gt, isNull, lt } from "drizzle-orm";
import type { Database } from "../db/database";
import { apiKeys, uiSessions, type ApiKeyRole } from "../db/schema";
import { randomToken } from "../lib/crypto";
import { sha256HexSync } from "../lib/sha256";

export const SESSION_TTL_MS = 8 * 60 * 60 * 1000;

export interface UiSession {
  keyId: string;
  role: ApiKeyRole;
  csrfToken: string;
  expiresAt: Date;
}

/** Starts a session for an authenticated key; returns the cookie value (shown to nobody else) and CSRF token. */
export async function createUiSession(database: Database, keyId: string, now = new Date()) {
  const id = randomToken(32);
  const csrfToken = randomToken(32);
  const expiresAt = new Date(+now + SESSION_TTL_MS);
  await database.batch([
    // Housekeeping on the way: expired sessions are useless and only grow the table.
    database.db.delete(uiSessions).where(lt(uiSessions.expiresAt, now)),
    database.db.insert(uiSessions).values({ idHash: sha256HexSync(id), keyId, csrfToken, createdAt: now, expiresAt }),
  ]);
  return { id, csrfToken, expiresAt };
}

/** The live session behind a cookie value: unexpired, and its key still exists and is not revoked. */
export async function readUiSession(database: Database, id: string | undefined, now = new Date()): Promise<UiSession | null> {
  if (!id || id.length > 100) return null;
  const [row] = await database.db
    .select({ keyId: uiSessions.keyId, csrfToken: uiSessions.csrfToken, expiresAt: uiSessions.expiresAt, role: apiKeys.role })
    .from(uiSessions)
    .innerJoin(apiKeys, eq(apiKeys.id, uiSessions.keyId))
    .where(and(eq(uiSessions.idHash, sha256HexSync(id)), gt(uiSessions.expiresAt, now), isNull(apiKeys.revokedAt)));
  return row ?? null;
}

export async function deleteUiSession(database: Database, id: string | undefined): Promise<void> {
  if (id) await database.db.delete(uiSessions).where(eq(uiSessions.idHash, sha256HexSync(id)));
}
