// detectAbuse: the learned model (model.ts) combined with the rule matches (rules.ts), per-category
// thresholds that a deployment can override, and spans that tell a moderator why a comment was flagged.
//
// Scores. The model gives P(abusive) and, for insult/threat/identity_attack/profanity, P(category |
// abusive). P(abusive) is first mapped so that 0.5 is the model's operating point chosen on the
// validation split (monotone, piecewise linear), which keeps the default thresholds at 0.5 whatever the
// retrained model's calibration. Each category gets that score times its squared share relative to
// the most likely category (the most likely one gets the full score). Rule matches give their category a fixed
// score (RULE_SCORES); a category's score is the larger of model and rules.
import { ABUSE_CATEGORIES, type AbuseCategory, type AbuseMatch, type AbuseResult, type AbuseThresholds } from "../types";
import { isWordCode } from "./features";
import { decodeModel, scoreInto, toxicWeightOf, type AbuseModel, type SerializedModel } from "./model";
import { findAbuseMatches, ruleEvidence } from "./rules";
import { ABUSE_MODEL } from "./weights";

/**
 * Default per-category thresholds on the [0, 1] category scores. 0.5 is the model's validation-chosen
 * operating point; a severe rule match alone scores above it. Raise a category's threshold to flag less of it
 * (e.g. profanity 0.95 for a site that tolerates swearing), lower it to flag more.
 */
export const DEFAULT_ABUSE_THRESHOLDS: Readonly<Record<AbuseCategory, number>> = Object.freeze({
  profanity: 0.5,
  insult: 0.5,
  threat: 0.5,
  identity_attack: 0.5,
  sexual: 0.5,
  // One outside link or e-mail address scores about 0.5 in the rules; links are ordinary in discussion
  // (sources, references), so spam needs more than one weak signal by default.
  spam: 0.7,
});

/**
 * How much a rule match's severity counts against the model's view (noisy-or of model score and
 * RULE_WEIGHT × rule evidence). Below 1, a mild word ("pissing", "pinhead") flags only with some
 * support from the model, while a severe match (severity ≥ 0.72) still flags on its own, which keeps
 * evasions the model cannot read ("f u c k y o u") flagged. Chosen on the validation split.
 */
const RULE_WEIGHT = 0.7;

let committedModel: AbuseModel | null = null;
/** Decodes the committed weights on first use (not at import: Workers start-up stays cheap). */
function getCommittedModel(): AbuseModel {
  return (committedModel ??= decodeModel(ABUSE_MODEL));
}

/** Maps P(abusive) so that the model's operating point `t` becomes 0.5. */
function calibrate(p: number, t: number): number {
  return p < t ? (0.5 * p) / t : 0.5 + (0.5 * (p - t)) / (1 - t);
}

/**
 * The model's category scores (sexual and spam are left to the rules), from scoreInto's buffer
 * [toxic, insult, threat, identity_attack, profanity]. Key order is the result's (insult first).
 */
function modelCategoryScores(s: Float64Array, threshold: number): Record<AbuseCategory, number> {
  const overall = calibrate(s[0]!, threshold);
  const insult = s[1]!, threat = s[2]!, identity = s[3]!, profanity = s[4]!;
  const top = Math.max(insult, threat, identity, profanity, 1e-9);
  // Squared share: a runner-up category must be nearly as likely as the top one to be named too
  // ("Kill yourself" is a threat, not also an identity attack).
  return {
    insult: overall * ((insult / top) * (insult / top)),
    threat: overall * ((threat / top) * (threat / top)),
    identity_attack: overall * ((identity / top) * (identity / top)),
    profanity: overall * ((profanity / top) * (profanity / top)),
    sexual: 0,
    spam: 0,
  };
}

/** Up to three words that push the model's score up most, as coarse "model" spans. */
function modelSpans(m: AbuseModel, text: string, category: AbuseCategory): AbuseMatch[] {
  const words: { start: number; end: number; weight: number }[] = [];
  for (let i = 0; i < text.length;) {
    if (!isWordCode(text.charCodeAt(i))) { i++; continue; }
    let end = i + 1;
    while (end < text.length && isWordCode(text.charCodeAt(end))) end++;
    const weight = toxicWeightOf(m, text, i, end);
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

/**
 * Builds a detector with the given thresholds merged over the defaults, resolved once. `model` replaces
 * the committed weights (used by scripts/eval-abuse.ts to score a model trained without the validation items).
 */
export function createAbuseDetector(thresholds?: AbuseThresholds, model?: SerializedModel): AbuseDetector {
  const limits = ABUSE_CATEGORIES.map((c) => thresholds?.[c] ?? DEFAULT_ABUSE_THRESHOLDS[c]);
  const operatingPoint = (model ?? ABUSE_MODEL).threshold;
  let decoded: AbuseModel | null = null;
  return (text: string): AbuseResult => {
    const m = model ? (decoded ??= decodeModel(model)) : getCommittedModel();
    const categoryScores = modelCategoryScores(scoreInto(m, text), operatingPoint);
    const matches = findAbuseMatches(text);
    if (matches.length > 0) {
      // A rule match and the model agreeing count more than either alone (noisy-or).
      const evidence = ruleEvidence(matches);
      for (const c of ABUSE_CATEGORIES) categoryScores[c] = 1 - (1 - categoryScores[c]) * (1 - RULE_WEIGHT * evidence[c]);
    }
    const categories: AbuseCategory[] = [];
    let score = 0;
    let top: AbuseCategory | null = null;
    for (let k = 0; k < ABUSE_CATEGORIES.length; k++) {
      const c = ABUSE_CATEGORIES[k]!;
      const s = categoryScores[c];
      if (s > score) score = s;
      if (s >= limits[k]!) {
        categories.push(c);
        if (top === null || s > categoryScores[top]) top = c;
      }
    }
    // Flagged without a rule span in any flagged category: the model's strongest words explain it.
    if (top !== null && !matches.some((x) => categories.includes(x.category))) matches.push(...modelSpans(m, text, top));
    return { flagged: categories.length > 0, score, categories, categoryScores, matches };
  };
}

const defaultDetector = createAbuseDetector();

/** Scores one comment for abuse. See DEFAULT_ABUSE_THRESHOLDS for the per-category thresholds. */
export function detectAbuse(text: string, options?: { thresholds?: AbuseThresholds }): AbuseResult {
  return options?.thresholds ? createAbuseDetector(options.thresholds)(text) : defaultDetector(text);
}

