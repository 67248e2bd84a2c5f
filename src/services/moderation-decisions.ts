import { inArray } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { chunkRows, type Database } from "../db/database";
import { comments, type CommentStatus } from "../db/schema";
import { randomToken } from "../lib/crypto";
import { ConflictError, InvalidInputError, NotFoundError, type DomainError } from "./errors";
import { activeClaim, claimHeld } from "./moderation-claims";
import { storedResponse, type IdempotencyRequest } from "./moderation-idempotency";
import { rollupStatusStatements } from "./rollups";
import {
  enqueueWebhook, eventWritten, insertEvent, releaseOwnClaim, STATUS_AFTER, storeIdempotentResponse, updateProjection,
  type EventSpec, type ModerationAction,
} from "./moderation-statements";

/** Why a comment was rejected; `other` needs a note saying why. */
export const REJECT_REASON_CODES = [
  "spam", "insult", "harassment", "hate_speech", "threat", "sexual", "profanity", "personal_info", "off_topic", "misinformation", "other",
] as const;
export type RejectReasonCode = (typeof REJECT_REASON_CODES)[number];

export interface DecisionInput {
  action: ModerationAction;
  /** The version the moderator saw. Required for approve/reject/escalate; a note may omit it. */
  version?: number | undefined;
  reasonCode?: RejectReasonCode | undefined;
  note?: string | undefined;
}

export interface DecisionResult {
  commentId: string;
  action: ModerationAction;
  status: CommentStatus;
  previousStatus: CommentStatus;
  version: number;
  reasonCode: RejectReasonCode | null;
  decidedAt: string;
}

export interface DecisionOutcome {
  status: number;
  body: DecisionResult;
  /** True when the response was replayed for a repeated Idempotency-Key. */
  replayed: boolean;
}

export function validateDecision(d: DecisionInput): void {
  if (d.action !== "note" && d.version === undefined) throw new InvalidInputError(`${d.action} needs the version of the comment you saw`);
  if (d.action === "reject" && !d.reasonCode) throw new InvalidInputError(`reject needs a reasonCode, one of: ${REJECT_REASON_CODES.join(", ")}`);
  if (d.action !== "reject" && d.reasonCode) throw new InvalidInputError("reasonCode is only for reject");
  if (d.reasonCode === "other" && !d.note?.trim()) throw new InvalidInputError("reasonCode other needs a note saying why");
  if (d.action === "note" && !d.note?.trim()) throw new InvalidInputError("a note needs its text");
}

interface Current {
  id: string;
  articleId: string;
  status: CommentStatus;
  version: number;
}

function eventSpec(current: Current, d: DecisionInput, actor: string, now: Date): EventSpec {
  return {
    commentId: current.id, seenVersion: d.version ?? current.version, actor, action: d.action,
    reason: d.reasonCode ?? null, newStatus: d.action === "note" ? null : STATUS_AFTER[d.action],
    details: { requestId: randomToken(12), ...(d.note ? { note: d.note } : {}) }, at: now,
  };
}

function resultFor(spec: EventSpec, current: Current): DecisionResult {
  return {
    commentId: spec.commentId, action: spec.action, status: spec.newStatus ?? current.status, previousStatus: current.status,
    version: spec.seenVersion + 1, reasonCode: (spec.reason as RejectReasonCode | null) ?? null, decidedAt: spec.at.toISOString(),
  };
}

function statementsFor(database: Database, spec: EventSpec, current: Current, result: DecisionResult, idem?: IdempotencyRequest): BatchItem<"sqlite">[] {
  const db = database.db;
  const out: BatchItem<"sqlite">[] = [db.all(insertEvent(spec)), db.run(updateProjection(spec))];
  if (spec.action !== "note") {
    out.push(db.run(releaseOwnClaim(spec)));
    // The statistics' status counters move with the decision, only if its event went in.
    out.push(...rollupStatusStatements(database, spec.commentId, current.status, spec.newStatus ?? current.status, eventWritten(spec)));
    const payload = { type: "comment.decided", articleId: current.articleId, ...result, actor: spec.actor };
    out.push(db.run(enqueueWebhook(spec, "comment.decided", JSON.stringify(payload))));
  }
  if (idem) out.push(db.run(storeIdempotentResponse(spec, idem, 200, result)));
  return out;
}

async function readCurrent(database: Database, ids: string[]): Promise<Map<string, Current>> {
  const out = new Map<string, Current>();
  for (const chunk of chunkRows(ids, 1)) {
    const rows = await database.db
      .select({ id: comments.id, articleId: comments.articleId, status: comments.status, version: comments.version })
      .from(comments)
      .where(inArray(comments.id, chunk));
    for (const r of rows) out.set(r.id, r);
  }
  return out;
}

/** Why a decision's event did not go in: someone else's claim, a newer version, or no change. */
async function whyRefused(database: Database, spec: EventSpec, now: Date): Promise<DomainError> {
  const current = (await readCurrent(database, [spec.commentId])).get(spec.commentId);
  if (!current) return new NotFoundError("comment", spec.commentId);
  if (current.version !== spec.seenVersion) return staleVersion(spec.commentId, spec.seenVersion, current.version);
  const claim = await activeClaim(database, spec.commentId, now);
  if (claim && claim.holder !== spec.actor) return claimHeld(spec.commentId, claim.holder, claim.expiresAt, claim.holderName);
  return new ConflictError("no_change", `Comment ${spec.commentId} is already ${current.status}`, { commentId: spec.commentId, status: current.status });
}

export function staleVersion(commentId: string, seen: number, current: number) {
  return new ConflictError("stale_version", `Comment ${commentId} changed since version ${seen} (now ${current}); reload it and decide again`, {
    commentId, seenVersion: seen, currentVersion: current,
  });
}


/**
 * Records one moderation decision (or note) as an event and moves the derived status, in one batch of
 * conditional statements. Of many concurrent decisions on the same version exactly one goes in; the
 * others get 409 and write nothing. With an Idempotency-Key the response is stored in the same batch, so
 * a retry gets it replayed.
 */
export async function decide(database: Database, commentId: string, d: DecisionInput, actor: string, now: Date, idem?: IdempotencyRequest): Promise<DecisionOutcome> {
  validateDecision(d);
  // Before any refusal: the same request (same Idempotency-Key) may have gone in meanwhile, from a
  // concurrent retry; then its stored response is the answer, not a 409.
  const replay = async (): Promise<DecisionOutcome | null> => {
    const stored = idem ? await storedResponse(database, actor, idem) : null;
    return stored ? { status: stored.status, body: stored.body as DecisionResult, replayed: true } : null;
  };
  const first = await replay();
  if (first) return first;
  // A note without a version goes on top of whatever is current; it retries if it loses a race.
  for (let attempt = 0; ; attempt++) {
    const current = (await readCurrent(database, [commentId])).get(commentId);
    if (!current) throw new NotFoundError("comment", commentId);
    const spec = eventSpec(current, d, actor, now);
    if (spec.seenVersion !== current.version) {
      const replayed = await replay();
      if (replayed) return replayed;
      throw staleVersion(commentId, spec.seenVersion, current.version);
    }
    const result = resultFor(spec, current);
    const [inserted] = (await database.batch(statementsFor(database, spec, current, result, idem))) as [unknown[]];
    if (inserted.length > 0) return { status: 200, body: result, replayed: false };
    const lostTo = await replay();
    if (lostTo) return lostTo;
    const refusal = await whyRefused(database, spec, now);
    if (d.version === undefined && refusal.code === "stale_version" && attempt < 4) continue;
    throw refusal;
  }
}

export interface BulkItem {
  id: string;
  version: number;
}

export type BulkItemResult =
  | ({ id: string; ok: true } & DecisionResult)
  | { id: string; ok: false; httpStatus: number; code: string; detail: string };

/** Items per batch: 4–5 statements each keeps a batch near 200 statements (D1 limits per invocation). */
const BULK_CHUNK = 50;

/** The same decision on up to 500 comments; each gets its own result, none blocks another. */
export async function decideBulk(database: Database, d: Omit<DecisionInput, "version">, items: BulkItem[], actor: string, now: Date): Promise<BulkItemResult[]> {
  validateDecision({ ...d, version: 0 });
  const results = new Map<string, BulkItemResult>();
  const fail = (id: string, e: DomainError): BulkItemResult => ({ id, ok: false, httpStatus: e.status, code: e.code, detail: e.message });
  const seen = new Set<string>();
  const unique: BulkItem[] = [];
  for (const item of items) {
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    unique.push(item);
  }
  const current = await readCurrent(database, unique.map((i) => i.id));
  for (let start = 0; start < unique.length; start += BULK_CHUNK) {
    const chunk = unique.slice(start, start + BULK_CHUNK);
    const pending: { spec: EventSpec; result: DecisionResult }[] = [];
    const statements: BatchItem<"sqlite">[] = [];
    for (const item of chunk) {
      const cur = current.get(item.id);
      if (!cur) results.set(item.id, fail(item.id, new NotFoundError("comment", item.id)));
      else if (cur.version !== item.version) results.set(item.id, fail(item.id, staleVersion(item.id, item.version, cur.version)));
      else {
        const spec = eventSpec(cur, { ...d, version: item.version }, actor, now);
        const result = resultFor(spec, cur);
        pending.push({ spec, result });
        statements.push(...statementsFor(database, spec, cur, result));
      }
    }
    if (pending.length === 0) continue;
    const out = await database.batch(statements);
    const per = statements.length / pending.length;
    for (const [k, p] of pending.entries()) {
      const inserted = out[k * per] as unknown[];
      results.set(p.spec.commentId, inserted.length > 0 ? { id: p.spec.commentId, ok: true, ...p.result } : fail(p.spec.commentId, await whyRefused(database, p.spec, now)));
    }
  }
  // One result per requested id, in request order (a repeated id repeats its result).
  return items.map((i) => results.get(i.id)!);
}
