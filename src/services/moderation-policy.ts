import { eq } from "drizzle-orm";
import { ABUSE_CATEGORIES, type AbuseCategory, type AbuseMatch, type AbuseResult } from "../analysis/types";
import type { Database } from "../db/database";
import { sitePolicies, type CommentStatus, type ModerationPolicy } from "../db/schema";
import { ConflictError, InvalidInputError } from "./errors";

/**
 * The documented default policy. Hold thresholds match the analyser's own flagging thresholds (0.5;
 * spam 0.75, two kinds of spam signal), a little lower for threats and identity attacks, where a miss
 * costs most. Only the categories whose
 * false positives are cheap to undo and whose true positives are never publishable reject on their own,
 * and only near certainty: everything else waits for a human.
 */
export const DEFAULT_POLICY: ModerationPolicy = Object.freeze({
  categories: Object.freeze({
    profanity: { hold: 0.5, reject: null },
    insult: { hold: 0.5, reject: null },
    threat: { hold: 0.4, reject: 0.95 },
    identity_attack: { hold: 0.4, reject: 0.95 },
    sexual: { hold: 0.5, reject: null },
    spam: { hold: 0.75, reject: 0.95 },
  }),
  holdWhenFlagged: true,
}) as ModerationPolicy;

export interface PolicyReason {
  category: AbuseCategory | "analyser";
  score: number;
  /** The threshold that was reached (hold or reject). */
  threshold: number;
  outcome: "hold" | "reject";
  /** Spans of the comment that support this category, to highlight. */
  spans: Pick<AbuseMatch, "start" | "end" | "term" | "rule">[];
}

export interface IngestDecision {
  status: CommentStatus;
  action: "auto_publish" | "auto_hold" | "auto_reject";
  /** One line for people; the reasons array is the machine-readable version. */
  reason: string | null;
  details: { policyVersion: number; score: number; reasons: PolicyReason[] };
}

const spansFor = (matches: readonly AbuseMatch[], category: AbuseCategory) =>
  matches.filter((m) => m.category === category).map(({ start, end, term, rule }) => ({ start, end, term, rule }));

/**
 * Applies a policy to an abuse result: reject if any category reaches its reject threshold, else hold if
 * any reaches its hold threshold (or the analyser flagged it and the policy says so), else publish.
 * Works on stored scores as well as fresh ones, so a changed policy can be replayed on old comments.
 */
export function applyPolicy(abuse: Pick<AbuseResult, "flagged" | "score" | "categoryScores" | "matches">, policy: ModerationPolicy, policyVersion = 0): IngestDecision {
  const reasons: PolicyReason[] = [];
  for (const category of ABUSE_CATEGORIES) {
    const score = abuse.categoryScores[category] ?? 0;
    const t = policy.categories[category];
    if (t.reject !== null && score >= t.reject) reasons.push({ category, score, threshold: t.reject, outcome: "reject", spans: spansFor(abuse.matches, category) });
    else if (score >= t.hold) reasons.push({ category, score, threshold: t.hold, outcome: "hold", spans: spansFor(abuse.matches, category) });
  }
  if (reasons.length === 0 && abuse.flagged && policy.holdWhenFlagged) {
    reasons.push({ category: "analyser", score: abuse.score, threshold: 0, outcome: "hold", spans: abuse.matches.map(({ start, end, term, rule }) => ({ start, end, term, rule })) });
  }
  reasons.sort((a, b) => (a.outcome === b.outcome ? b.score - a.score : a.outcome === "reject" ? -1 : 1));
  const details = { policyVersion, score: abuse.score, reasons };
  const top = reasons[0];
  if (!top) return { status: "published", action: "auto_publish", reason: null, details };
  const summary = reasons.map((r) => `${r.category} ${r.score.toFixed(2)} ≥ ${r.threshold}`).join(", ");
  if (top.outcome === "reject") return { status: "auto_rejected", action: "auto_reject", reason: `rejected by policy: ${summary}`, details };
  return { status: "held", action: "auto_hold", reason: `held by policy: ${summary}`, details };
}

export interface SitePolicy {
  site: string | null;
  policy: ModerationPolicy;
  /** 0 for the default policy. */
  version: number;
  isDefault: boolean;
  updatedAt: Date | null;
  updatedBy: string | null;
}

export async function getSitePolicy(database: Database, site: string | null): Promise<SitePolicy> {
  const row = site ? await database.db.query.sitePolicies.findFirst({ where: eq(sitePolicies.site, site) }) : undefined;
  if (!row) return { site, policy: DEFAULT_POLICY, version: 0, isDefault: true, updatedAt: null, updatedBy: null };
  return { site, policy: completePolicy(row.policy), version: row.version, isDefault: false, updatedAt: row.updatedAt, updatedBy: row.updatedBy };
}

/** Fills categories missing from a stored or submitted policy (e.g. one added later) with the defaults. */
export function completePolicy(partial: { categories?: Partial<Record<AbuseCategory, Partial<{ hold: number; reject: number | null }>>>; holdWhenFlagged?: boolean }): ModerationPolicy {
  const categories = {} as ModerationPolicy["categories"];
  for (const c of ABUSE_CATEGORIES) {
    const d = DEFAULT_POLICY.categories[c];
    const p = partial.categories?.[c];
    categories[c] = { hold: p?.hold ?? d.hold, reject: p && "reject" in p ? (p.reject ?? null) : d.reject };
    const t = categories[c];
    if (t.reject !== null && t.reject < t.hold) throw new InvalidInputError(`${c}: reject threshold ${t.reject} is below the hold threshold ${t.hold}`, { category: c });
  }
  return { categories, holdWhenFlagged: partial.holdWhenFlagged ?? DEFAULT_POLICY.holdWhenFlagged };
}

/**
 * Replaces a site's policy in one conditional statement: the version increments, so two admins editing
 * at once cannot silently overwrite each other when they pass the version they saw.
 */
export async function putSitePolicy(database: Database, site: string, input: Parameters<typeof completePolicy>[0], actor: string, now: Date, expectedVersion?: number): Promise<SitePolicy> {
  const policy = completePolicy(input);
  const current = await getSitePolicy(database, site);
  const seen = expectedVersion ?? current.version;
  const stale = (now: number | null) =>
    new ConflictError("stale_version", `The policy of ${site} changed since version ${seen}; reload it`, { site, seenVersion: seen, ...(now === null ? {} : { currentVersion: now }) });
  if (seen !== current.version) throw stale(current.version);
  const version = seen + 1;
  const written = await database.db
    .insert(sitePolicies)
    .values({ site, policy, version, updatedAt: now, updatedBy: actor })
    .onConflictDoUpdate({ target: sitePolicies.site, set: { policy, version, updatedAt: now, updatedBy: actor }, setWhere: eq(sitePolicies.version, seen) })
    .returning({ version: sitePolicies.version });
  if (written.length === 0) throw stale(null);
  return { site, policy, version, isDefault: false, updatedAt: now, updatedBy: actor };
}
