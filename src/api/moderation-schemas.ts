import { z } from "@hono/zod-openapi";
import { ABUSE_CATEGORIES } from "../analysis/types";
import { API_KEY_ROLES, COMMENT_STATUSES, WEBHOOK_EVENTS } from "../db/schema";
import { DEFAULT_CLAIM_SECONDS, MAX_CLAIM_SECONDS } from "../services/moderation-claims";
import { REJECT_REASON_CODES } from "../services/moderation-decisions";
import { QUEUE_SORTS } from "../services/moderation-queue";
import { Category, Status, StoredComment } from "./schemas";

// Request and response shapes of the moderation workflow (queue, claims, decisions, admin).

const Iso = z.string().openapi({ format: "date-time" });

export const ModerationQueueQuery = z.object({
  status: z.enum(COMMENT_STATUSES).optional().openapi({ description: "One status; default: awaiting a decision (held and escalated)." }),
  site: z.string().min(1).max(255).optional(),
  article: z.string().min(1).max(64).optional(),
  category: z.enum(ABUSE_CATEGORIES).optional().openapi({ description: "Only comments that scored in this category." }),
  minScore: z.coerce.number().min(0).max(1).optional().openapi({ description: "Minimum abuse score (the category's score when category is given)." }),
  sort: z.enum(QUEUE_SORTS).default("severity"),
  cursor: z.string().max(512).optional().openapi({ description: "nextCursor of the previous page (same filters and sort)." }),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

const Span = z.object({ start: z.number().int(), end: z.number().int(), term: z.string(), rule: z.string() });

export const ModerationQueueItem = StoredComment.extend({
  article: z.object({ id: z.string(), title: z.string(), url: z.string().nullable(), site: z.string().nullable() }),
  parent: z.object({ id: z.string(), author: z.string().nullable(), text: z.string(), status: Status }).nullable(),
  claim: z.object({ holder: z.string(), holderName: z.string().nullable(), expiresAt: Iso }).nullable(),
  reasons: z.array(z.object({ category: Category, score: z.number(), spans: z.array(Span) })).openapi({ description: "Categories that scored, strongest first, with spans of the text to highlight." }),
  authorHistory: z
    .object({ total: z.number().int(), held: z.number().int(), escalated: z.number().int(), approved: z.number().int(), rejected: z.number().int(), autoRejected: z.number().int(), published: z.number().int() })
    .nullable()
    .openapi({ description: "The author's OTHER comments on the same site, by current status (null without an author name)." }),
}).openapi("ModerationQueueItem");

export const ModerationQueuePage = z.object({ items: z.array(ModerationQueueItem), nextCursor: z.string().nullable() }).openapi("ModerationQueuePage");

export const SiteQuery = z.object({ site: z.string().min(1).max(255).optional() });

export const ModerationCounts = z
  .object({ counts: z.record(z.enum(COMMENT_STATUSES), z.number().int()), awaiting: z.number().int() })
  .openapi("ModerationCounts");

export const ModerationEvent = z
  .object({
    seq: z.number().int().openapi({ description: "The comment's version after this event." }),
    actor: z.string(), actorName: z.string().nullable(), action: z.string(), reason: z.string().nullable(),
    previousStatus: Status.nullable(), newStatus: Status, details: z.record(z.string(), z.unknown()).nullable(), createdAt: Iso,
  })
  .openapi("ModerationEvent");

export const CommentHistory = z
  .object({ commentId: z.string(), status: Status, version: z.number().int(), events: z.array(ModerationEvent) })
  .openapi("CommentHistory");

export const ClaimInput = z
  .object({ seconds: z.number().int().min(10).max(MAX_CLAIM_SECONDS).default(DEFAULT_CLAIM_SECONDS).openapi({ description: "Lease length; renew before it ends." }) })
  .openapi("ClaimInput");

export const ClaimResult = z
  .object({ commentId: z.string(), holder: z.string(), claimedAt: Iso, expiresAt: Iso, version: z.number().int(), status: z.string() })
  .openapi("Claim");

export const ReleaseQuery = z.object({ force: z.enum(["true", "false"]).optional().openapi({ description: "Admins only: end someone else's claim." }) });

export const ReasonCode = z.enum(REJECT_REASON_CODES).openapi("RejectReasonCode");

export const ModerationDecisionInput = z
  .object({
    action: z.enum(["approve", "reject", "escalate", "note"]),
    version: z.number().int().min(0).optional().openapi({ description: "The version you saw; required except for note. A stale one answers 409." }),
    reasonCode: ReasonCode.optional().openapi({ description: "Required for reject." }),
    note: z.string().max(2000).optional().openapi({ description: "Free text; required for note and for reasonCode other." }),
  })
  .openapi("ModerationDecisionInput");

const DecisionFields = {
  commentId: z.string(), action: z.string(), status: Status, previousStatus: Status, version: z.number().int(),
  reasonCode: ReasonCode.nullable(), decidedAt: Iso,
};
export const ModerationDecisionResult = z.object(DecisionFields).openapi("ModerationDecisionResult");

export const BulkDecisionInput = z
  .object({
    action: z.enum(["approve", "reject", "escalate", "note"]),
    reasonCode: ReasonCode.optional(),
    note: z.string().max(2000).optional(),
    items: z.array(z.object({ id: z.string().min(1).max(64), version: z.number().int().min(0) })).min(1).max(500),
  })
  .openapi("BulkDecisionInput");

export const BulkDecisionResult = z
  .object({
    results: z.array(
      z.union([
        z.object({ id: z.string(), ok: z.literal(true), ...DecisionFields }),
        z.object({ id: z.string(), ok: z.literal(false), httpStatus: z.number().int(), code: z.string(), detail: z.string() }),
      ]),
    ),
    succeeded: z.number().int(),
    failed: z.number().int(),
  })
  .openapi("BulkDecisionResult");

const Threshold = z.object({
  hold: z.number().min(0).max(1),
  reject: z.number().min(0).max(1).nullable().openapi({ description: "null: never reject automatically." }),
});
export const PolicyBody = z.object({
  categories: z.object(Object.fromEntries(ABUSE_CATEGORIES.map((c) => [c, Threshold])) as Record<(typeof ABUSE_CATEGORIES)[number], typeof Threshold>),
  holdWhenFlagged: z.boolean(),
});
export const PolicyInput = z
  .object({
    categories: z.object(Object.fromEntries(ABUSE_CATEGORIES.map((c) => [c, Threshold.partial()])) as Record<(typeof ABUSE_CATEGORIES)[number], ReturnType<typeof Threshold.partial>>).partial().default({}),
    holdWhenFlagged: z.boolean().optional(),
    version: z.number().int().min(0).optional().openapi({ description: "The policy version you saw; a stale one answers 409." }),
  })
  .openapi("SitePolicyInput");
export const SitePolicy = z
  .object({ site: z.string(), policy: PolicyBody, version: z.number().int(), isDefault: z.boolean(), updatedAt: Iso.nullable(), updatedBy: z.string().nullable() })
  .openapi("SitePolicy");
export const SiteParam = z.object({ site: z.string().min(1).max(255).openapi({ param: { name: "site", in: "path" }, example: "news.example" }) });

export const IdParam = z.object({ id: z.string().min(1).max(64).openapi({ param: { name: "id", in: "path" } }) });

export const KeyInput = z.object({ role: z.enum(API_KEY_ROLES), name: z.string().min(1).max(200) }).openapi("ApiKeyInput");
const KeyFields = { id: z.string(), name: z.string(), role: z.enum(API_KEY_ROLES) };
export const CreatedKey = z.object({ ...KeyFields, token: z.string().openapi({ description: "Shown once: only its hash is stored." }) }).openapi("CreatedApiKey");
export const KeyList = z.object({ keys: z.array(z.object({ ...KeyFields, createdAt: Iso, revokedAt: Iso.nullable() })) }).openapi("ApiKeyList");

export const WebhookInput = z
  .object({
    url: z.url({ protocol: /^https?$/ }).max(2048),
    events: z.array(z.enum(WEBHOOK_EVENTS)).min(1).default([...WEBHOOK_EVENTS]),
    secret: z.string().min(16).max(200).optional().openapi({ description: "HMAC key; generated when omitted. Returned once." }),
  })
  .openapi("WebhookInput");
const WebhookFields = { id: z.string(), url: z.string(), events: z.array(z.enum(WEBHOOK_EVENTS)), createdAt: Iso, createdBy: z.string(), disabledAt: Iso.nullable() };
export const CreatedWebhook = z.object({ ...WebhookFields, secret: z.string() }).openapi("CreatedWebhook");
export const WebhookList = z
  .object({ webhooks: z.array(z.object({ ...WebhookFields, deliveries: z.object({ delivered: z.number().int(), failed: z.number().int(), pending: z.number().int() }) })) })
  .openapi("WebhookList");
export const DrainResult = z.object({ delivered: z.number().int(), retrying: z.number().int(), failed: z.number().int() }).openapi("WebhookDrainReport");
