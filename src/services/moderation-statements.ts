// The conditional single statements a decision is made of. Each is safe to run in one batch (one
// transaction on libSQL and D1) without reading inside it: the event insert decides, by its own WHERE,
// whether the decision applies (version still the one seen, no one else's live claim, a real change);
// every later statement only acts if that very event (found by its request id) now exists.
import { sql, type SQL } from "drizzle-orm";
import type { CommentStatus, WebhookEventType } from "../db/schema";

export type ModerationAction = "approve" | "reject" | "escalate" | "note";

export const STATUS_AFTER: Record<Exclude<ModerationAction, "note">, CommentStatus> = {
  approve: "approved",
  reject: "rejected",
  escalate: "escalated",
};

export interface EventSpec {
  commentId: string;
  seenVersion: number;
  actor: string;
  action: ModerationAction;
  reason: string | null;
  /** Null for a note: the status stays what it is. */
  newStatus: CommentStatus | null;
  details: Record<string, unknown> & { requestId: string };
  at: Date;
}

/** `EXISTS(the event this request wrote)`: keys on (comment_id, seq) then checks the request id. */
export const eventWritten = (e: EventSpec): SQL =>
  sql`EXISTS (SELECT 1 FROM moderation_events e WHERE e.comment_id = ${e.commentId} AND e.seq = ${e.seenVersion + 1} AND json_extract(e.details, '$.requestId') = ${e.details.requestId})`;

export function insertEvent(e: EventSpec): SQL {
  const at = e.at.getTime();
  // A decision that would not change the status is refused (approving an approved comment twice is a
  // mistake, not a second decision); a note never changes it and is always allowed.
  const changes = e.newStatus === null ? sql`1` : sql`c.status <> ${e.newStatus}`;
  return sql`INSERT INTO moderation_events (comment_id, seq, actor, action, reason, previous_status, new_status, details, created_at)
    SELECT c.id, c.version + 1, ${e.actor}, ${e.action}, ${e.reason}, c.status, coalesce(${e.newStatus}, c.status), ${JSON.stringify(e.details)}, ${at}
    FROM comments c
    WHERE c.id = ${e.commentId} AND c.version = ${e.seenVersion} AND ${changes}
      AND NOT EXISTS (SELECT 1 FROM moderation_claims k WHERE k.comment_id = c.id AND k.holder <> ${e.actor} AND k.expires_at > ${at})
    ON CONFLICT DO NOTHING
    RETURNING id, previous_status AS previousStatus, new_status AS newStatus, seq`;
}

/** Moves the derived status and version, only if this request's event went in. */
export const updateProjection = (e: EventSpec): SQL =>
  sql`UPDATE comments SET status = coalesce(${e.newStatus}, status), version = ${e.seenVersion + 1}, updated_at = ${e.at.getTime()}
    WHERE id = ${e.commentId} AND version = ${e.seenVersion} AND ${eventWritten(e)}`;

/** A decision ends the decider's own claim; a note keeps it (the moderator is still working). */
export const releaseOwnClaim = (e: EventSpec): SQL =>
  sql`DELETE FROM moderation_claims WHERE comment_id = ${e.commentId} AND holder = ${e.actor} AND ${eventWritten(e)}`;

/** One outbox row per live webhook subscribed to the event type. */
export const enqueueWebhook = (e: EventSpec, type: WebhookEventType, payload: string): SQL =>
  sql`INSERT INTO webhook_outbox (webhook_id, event_type, comment_id, seq, payload, attempts, next_attempt_at, created_at)
    SELECT w.id, ${type}, ${e.commentId}, ${e.seenVersion + 1}, ${payload}, 0, ${e.at.getTime()}, ${e.at.getTime()}
    FROM webhooks w
    WHERE w.disabled_at IS NULL AND EXISTS (SELECT 1 FROM json_each(w.events) WHERE value = ${type}) AND ${eventWritten(e)}
    ON CONFLICT DO NOTHING`;

export const storeIdempotentResponse = (e: EventSpec, idem: { key: string; requestHash: string }, status: number, response: unknown): SQL =>
  sql`INSERT INTO idempotency_keys (actor, key, request_hash, status, response, created_at)
    SELECT ${e.actor}, ${idem.key}, ${idem.requestHash}, ${status}, ${JSON.stringify(response)}, ${e.at.getTime()}
    WHERE ${eventWritten(e)}
    ON CONFLICT DO NOTHING`;
