import type { AbuseResult } from "../analysis/types";
import type { CommentStatus } from "../db/schema";

export interface IngestDecision {
  status: CommentStatus;
  action: "auto_publish" | "auto_hold";
  reason: string | null;
  details: Record<string, unknown>;
}

/**
 * The automatic decision for a new comment: a comment the analysis flags waits for a human (held);
 * anything else is published. Every such decision is recorded as an event by actor "system", with the
 * categories and scores that caused it.
 */
export function decideAtIngest(abuse: AbuseResult): IngestDecision {
  const details = { score: abuse.score, categories: abuse.categories, categoryScores: abuse.categoryScores };
  if (abuse.flagged) {
    return { status: "held", action: "auto_hold", reason: `flagged: ${abuse.categories.join(", ") || "abuse"}`, details };
  }
  return { status: "published", action: "auto_publish", reason: null, details };
}
