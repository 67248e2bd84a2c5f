import { and, eq, gt, sql } from "drizzle-orm";
import type { Database } from "../db/database";
import { apiKeys, comments, moderationClaims } from "../db/schema";
import { ConflictError, NotFoundError } from "./errors";

export const DEFAULT_CLAIM_SECONDS = 300;
export const MAX_CLAIM_SECONDS = 3600;

export interface Claim {
  commentId: string;
  holder: string;
  claimedAt: string;
  expiresAt: string;
  /** The comment's version and status when claimed: what a decision should carry. */
  version: number;
  status: string;
}

/**
 * Takes or renews a lease on a comment in ONE conditional upsert: the row is written only if there is no
 * claim, the claim has expired, or the caller already holds it. Otherwise nothing changes and the caller
 * learns who holds it until when (409).
 */
export async function claimComment(database: Database, commentId: string, holder: string, seconds: number, now: Date): Promise<Claim> {
  const comment = await database.db.query.comments.findFirst({ where: eq(comments.id, commentId), columns: { version: true, status: true } });
  if (!comment) throw new NotFoundError("comment", commentId);
  const at = now.getTime();
  const until = at + seconds * 1000;
  const rows = (await database.db.all(sql`INSERT INTO moderation_claims (comment_id, holder, claimed_at, expires_at)
      VALUES (${commentId}, ${holder}, ${at}, ${until})
      ON CONFLICT (comment_id) DO UPDATE SET
        claimed_at = CASE WHEN moderation_claims.holder = excluded.holder AND moderation_claims.expires_at > ${at} THEN moderation_claims.claimed_at ELSE excluded.claimed_at END,
        holder = excluded.holder,
        expires_at = excluded.expires_at
      WHERE moderation_claims.holder = excluded.holder OR moderation_claims.expires_at <= ${at}
      RETURNING claimed_at AS claimedAt, expires_at AS expiresAt`)) as { claimedAt: number; expiresAt: number }[];
  const row = rows[0];
  if (!row) {
    const other = await activeClaim(database, commentId, now);
    // The other claim may have ended between the two statements: then simply try again once.
    if (!other) return claimComment(database, commentId, holder, seconds, now);
    throw claimHeld(commentId, other.holder, new Date(other.expiresAt), other.holderName);
  }
  return {
    commentId, holder, claimedAt: new Date(Number(row.claimedAt)).toISOString(), expiresAt: new Date(Number(row.expiresAt)).toISOString(),
    version: comment.version, status: comment.status,
  };
}

/** Ends the caller's claim (admins may end anyone's with force). Releasing nothing is not an error. */
export async function releaseClaim(database: Database, commentId: string, holder: string, now: Date, force = false): Promise<void> {
  const where = force ? eq(moderationClaims.commentId, commentId) : and(eq(moderationClaims.commentId, commentId), eq(moderationClaims.holder, holder));
  const deleted = await database.db.delete(moderationClaims).where(where).returning({ holder: moderationClaims.holder });
  if (deleted.length > 0) return;
  const other = await activeClaim(database, commentId, now);
  if (other) throw claimHeld(commentId, other.holder, new Date(other.expiresAt), other.holderName);
  const exists = await database.db.query.comments.findFirst({ where: eq(comments.id, commentId), columns: { id: true } });
  if (!exists) throw new NotFoundError("comment", commentId);
}

export async function activeClaim(database: Database, commentId: string, now: Date) {
  const [row] = await database.db
    .select({ holder: moderationClaims.holder, holderName: apiKeys.name, expiresAt: moderationClaims.expiresAt })
    .from(moderationClaims)
    .leftJoin(apiKeys, eq(apiKeys.id, moderationClaims.holder))
    .where(and(eq(moderationClaims.commentId, commentId), gt(moderationClaims.expiresAt, now)));
  return row ?? null;
}

export function claimHeld(commentId: string, holder: string, until: Date, holderName?: string | null) {
  const who = holderName ? `${holderName} (${holder})` : holder;
  return new ConflictError("claim_held", `Comment ${commentId} is claimed by ${who} until ${until.toISOString()}`, {
    commentId, holder, holderName: holderName ?? null, expiresAt: until.toISOString(),
  });
}
