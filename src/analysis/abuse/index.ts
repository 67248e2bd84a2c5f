// detectAbuse: the learned model (model.ts) combined with the rule matches (rules.ts), per-category
// thresholds that a deployment can override, and spans that tell a moderator why a comment was flagged.
//
// Scores. The model gives P(abusive) and, for insult/threat/identity_attack/profanity, P(category |
// abusive). P(abusive) is first mapped so that 0.5 is the model's operating point chosen on the
// validation split (monotone, piecewise linear), which keeps the default thresholds at 0.5 whatever the
// retrained model's calibration. Each category gets that score times its share relative to the most
// likely category (the most likely one gets the full score). Rule matches give their category a fixed
// score (RULE_SCORES); a category's score is the larger of model and rules.
import { ABUSE_CATEGORIES, type AbuseCategory, type AbuseMatch, type AbuseResult, type AbuseThresholds } from "../types";
import { isWordCode } from "./features";
import { decodeModel, scoreWithModel, toxicWeightOf, type AbuseModel, type ModelScores } from "./model";
import { ABUSE_MODEL } from "./weights";

/**
 * Default per-category thresholds on the [0, 1] category scores. 0.5 is the model's validation-chosen
 * operating point; rule matches score at or above it. Raise a category's threshold to flag less of it
 * (e.g. profanity 0.95 for a site that tolerates swearing), lower it to flag more.
 */
export const DEFAULT_ABUSE_THRESHOLDS: Readonly<Record<AbuseCategory, number>> = Object.freeze({
  profanity: 0.5,
  insult: 0.5,
  threat: 0.5,
  identity_attack: 0.5,
  sexual: 0.5,
  spam: 0.5,
});

let model: AbuseModel | null = null;
/** Decodes the committed weights on first use (not at import: Workers start-up stays cheap). */
function getModel(): AbuseModel {
  return (model ??= decodeModel(ABUSE_MODEL));
}

/** Maps P(abusive) so that the model's operating point becomes 0.5. */
function calibrate(p: number): number {
  const t = ABUSE_MODEL.threshold;
  return p < t ? (0.5 * p) / t : 0.5 + (0.5 * (p - t)) / (1 - t);
}

/** The model's category scores (sexual and spam are left to the rules). */
function modelCategoryScores(s: ModelScores): Record<AbuseCategory, number> {
  const overall = calibrate(s.toxic);
  const top = Math.max(s.insult, s.threat, s.identity_attack, s.profanity, 1e-9);
  return {
    insult: (overall * s.insult) / top,
    threat: (overall * s.threat) / top,
    identity_attack: (overall * s.identity_attack) / top,
    profanity: (overall * s.profanity) / top,
    sexual: 0,
    spam: 0,
  };
}

/** Up to three words that push the model's score up most, as coarse "model" spans. */
function modelSpans(text: string, category: AbuseCategory): AbuseMatch[] {
  const m = getModel();
  const words: { start: number; end: number; weight: number }[] = [];
  for (let i = 0; i < text.length;) {
    if (!isWordCode(text.charCodeAt(i))) { i++; continue; }
    let end = i + 1;
    while (end < text.length && isWordCode(text.charCodeAt(end))) end++;
    const weight = toxicWeightOf(m, text.slice(i, end));
    if (weight > 0) words.push({ start: i, end, weight });
    i = end;
  }
  words.sort((a, b) => b.weight - a.weight || a.start - b.start);
  // Only words near the strongest one: "you are an idiot" points at "idiot", not at "you".
  const floor = (words[0]?.weight ?? 0) * 0.4;
  return words.slice(0, 3).filter((w) => w.weight >= floor).sort((a, b) => a.start - b.start).map((w) => ({
    start: w.start,
    end: w.end,
    category,
    term: text.slice(w.start, w.end).toLowerCase(),
    rule: "model",
  }));
}

export type AbuseDetector = (text: string) => AbuseResult;

/** Builds a detector with the given thresholds merged over the defaults, resolved once. */
export function createAbuseDetector(thresholds?: AbuseThresholds): AbuseDetector {
  const limits = ABUSE_CATEGORIES.map((c) => thresholds?.[c] ?? DEFAULT_ABUSE_THRESHOLDS[c]);
  return (text: string): AbuseResult => {
    const modelScores = scoreWithModel(getModel(), text);
    const categoryScores = modelCategoryScores(modelScores);
    const matches: AbuseMatch[] = [];
    const categories: AbuseCategory[] = [];
    let score = 0;
    let modelTop: AbuseCategory | null = null;
    for (let k = 0; k < ABUSE_CATEGORIES.length; k++) {
      const c = ABUSE_CATEGORIES[k]!;
      const s = categoryScores[c];
      if (s > score) score = s;
      if (s >= limits[k]!) {
        categories.push(c);
        if (modelTop === null || s > categoryScores[modelTop]) modelTop = c;
      }
    }
    if (modelTop !== null && !matches.some((m) => categories.includes(m.category))) {
      matches.push(...modelSpans(text, modelTop));
    }
    return { flagged: categories.length > 0, score, categories, categoryScores, matches };
  };
}

const defaultDetector = createAbuseDetector();

/** Scores one comment for abuse. See DEFAULT_ABUSE_THRESHOLDS for the per-category thresholds. */
export function detectAbuse(text: string, options?: { thresholds?: AbuseThresholds }): AbuseResult {
  return options?.thresholds ? createAbuseDetector(options.thresholds)(text) : defaultDetector(text);
}

