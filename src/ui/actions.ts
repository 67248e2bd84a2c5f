import type { AbuseCategory } from "../analysis/types";
import type { Database } from "../db/database";
import { claimComment, decide, decideBulk, moderationQueue, type RejectReasonCode } from "../services/moderation";
import { DomainError } from "../services/errors";
import type { QueueEntry } from "./queue";

// The UI's one seam to the moderation services: what the queue shows and how decisions are recorded.

const QUEUE_PAGE = 50;
const LEAD_CHARS = 280;
/** The moderator looking at the queue claims the item on top for this long (renewed on each view). */
const VIEW_CLAIM_SECONDS = 300;

export type UiAction = "approve" | "reject" | "escalate";

/** The reject reason code preselected for a comment, from its strongest category. */
export const REASON_FOR_CATEGORY: Record<AbuseCategory, RejectReasonCode> = {
  profanity: "profanity", insult: "insult", threat: "threat", identity_attack: "hate_speech", sexual: "sexual", spam: "spam",
};

async function queue(database: Database, keyId: string, now: Date): Promise<{ entries: QueueEntry[]; more: boolean }> {
  const { items, nextCursor } = await moderationQueue(database, { limit: QUEUE_PAGE }, now);
  // Claim the first item nobody else holds, so two moderators do not work on the same comment.
  const first = items.find((i) => !i.claim || i.claim.holder === keyId);
  if (first) {
    try {
      const claim = await claimComment(database, first.comment.id, keyId, VIEW_CLAIM_SECONDS, now);
      first.claim = { holder: keyId, holderName: null, expiresAt: claim.expiresAt };
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
    }
  }
  const leads = await articleLeads(database, [...new Set(items.map((i) => i.article.id))]);
  const entries = items.map((i) => ({
    comment: i.comment,
    article: { ...i.article, lead: leads.get(i.article.id) || null },
    parent: i.parent ? { author: i.parent.author, text: i.parent.text } : null,
    claim: i.claim ? { by: i.claim.holderName ?? i.claim.holder, until: i.claim.expiresAt.slice(11, 16) + " UTC", mine: i.claim.holder === keyId } : null,
  }));
  // Items another moderator holds go last: the one on top is the one this moderator should decide.
  entries.sort((a, b) => Number(a.claim !== null && !a.claim.mine) - Number(b.claim !== null && !b.claim.mine));
  return { entries, more: nextCursor !== null };
}

async function articleLeads(database: Database, ids: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const id of ids) {
    const row = await database.db.query.articles.findFirst({ where: (a, { eq }) => eq(a.id, id), columns: { body: true } });
    const first = row?.body.split(/\n\n/).find((p) => p.trim().length > 0) ?? "";
    out.set(id, first.length > LEAD_CHARS ? `${first.slice(0, LEAD_CHARS)}…` : first);
  }
  return out;
}

export interface UiDecision {
  action: UiAction;
  version: number;
  reasonCode?: RejectReasonCode | undefined;
  note?: string | undefined;
}

async function decideOne(database: Database, commentId: string, d: UiDecision, actor: string, now: Date) {
  await decide(database, commentId, { action: d.action, version: d.version, reasonCode: d.action === "reject" ? d.reasonCode : undefined, note: d.note }, actor, now);
}

/** The same decision on each (id, version); returns how many could not be decided (changed, claimed, gone). */
async function bulk(database: Database, items: { id: string; version: number }[], d: Omit<UiDecision, "version">, actor: string, now: Date): Promise<number> {
  const results = await decideBulk(database, { action: d.action, reasonCode: d.action === "reject" ? d.reasonCode : undefined, note: d.note }, items, actor, now);
  return results.filter((r) => !r.ok).length;
}

export const uiActions = { queue, decide: decideOne, bulk, canEscalate: true };
