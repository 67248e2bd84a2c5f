// Validation report of the abuse training script: the goals measured on held-out predictions
// across decision thresholds, and the threshold that best meets them all.
//
// "Flagged" is computed as detectAbuse does it (index.ts), from P(toxic) — which already reads the rule
// evidence — and each non-spam category's rule evidence added on top (noisy-or, RULE_WEIGHTS), as if every
// category had the model's full score: exact for the model's strongest category, slightly pessimistic
// (flags a little more) for the others.
import { RULE_WEIGHTS } from "../src/analysis/abuse/index";
import { ABUSE_CATEGORIES } from "../src/analysis/types";
import type { ModelScores } from "../src/analysis/abuse/model";

export interface Scored {
  set: string;
  toxic: number;
  cats: Set<string> | null;
  /** P(toxic) from a model that never saw the item. */
  p: number;
  /** Rule evidence per category, ABUSE_CATEGORIES order. */
  ev: ArrayLike<number>;
  /** The model's category scores, where known (for the naming figures). */
  s?: ModelScores;
}

/** The goals of issue 4 (figure, target, higher is better?). */
const GOALS = [
  ["civil_recall", 0.8, true],
  ["civil_insult_recall", 0.75, true],
  ["civil_threat_recall", 0.75, true],
  ["wikitox_f1", 0.8, true],
  // Goal 1%: 0.8% leaves room for the held-back split's noise (≈ 30 false positives in 3,000).
  ["catlarge_fpr", 0.008, false],
  ["olid_f1", 0.7, true],
  ["davidson_f1", 0.94, true],
  ["nyt_fpr", 0.02, false],
] as const;

/** Maps P(toxic) so that the operating point `t` becomes 0.5 (as index.ts calibrate). */
const calibrate = (p: number, t: number): number => (p < t ? (0.5 * p) / t : 0.5 + (0.5 * (p - t)) / (1 - t));
/** Floor weights of the rule evidence, 0 for spam (a spam flag is not an abuse flag in these sets). */
const floorWeights = ABUSE_CATEGORIES.map((c) => (c === "spam" ? 0 : RULE_WEIGHTS[c]));
export function flaggedAt(s: { p: number; ev: ArrayLike<number> }, t: number): boolean {
  let miss = 1;
  for (let k = 0; k < floorWeights.length; k++) miss = Math.min(miss, 1 - floorWeights[k]! * s.ev[k]!);
  return 1 - (1 - calibrate(s.p, t)) * miss >= 0.5;
}

export function metricsAt(items: Scored[], extraClean: { p: number; ev: ArrayLike<number> }[], t: number): Record<string, number> {
  const m: Record<string, number> = {};
  const f1 = (pred: Scored[]) => {
    let tp = 0, fp = 0, fn = 0;
    for (const s of pred) { const f = flaggedAt(s, t); if (f && s.toxic) tp++; else if (f) fp++; else if (s.toxic) fn++; }
    return tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
  };
  const rate = (pred: { p: number; ev: ArrayLike<number> }[]) => (pred.length ? pred.filter((s) => flaggedAt(s, t)).length / pred.length : 0);
  const by = (set: string) => items.filter((s) => s.set.startsWith(set));
  const civilToxic = by("civil").filter((s) => s.toxic);
  m.civil_recall = rate(civilToxic);
  m.civil_insult_recall = rate(civilToxic.filter((s) => s.cats?.has("insult")));
  m.civil_threat_recall = rate(civilToxic.filter((s) => s.cats?.has("threat")));
  m.civil_identity_recall = rate(civilToxic.filter((s) => s.cats?.has("identity_attack")));
  if (items.every((x) => x.s)) {
    // "named": the category reaches 0.5 as index.ts computes it (calibrated P(toxic) × its squared share).
    const named = (pred: Scored[], c: "insult" | "threat" | "identity_attack" | "profanity") => {
      const gold = pred.filter((x) => x.cats?.has(c));
      const hit = gold.filter((x) => {
        const s = x.s!;
        const top = Math.max(s.insult, s.threat, s.identity_attack, s.profanity, 1e-9);
        return calibrate(x.p, t) * (s[c] / top) ** 2 >= 0.5;
      });
      return gold.length ? hit.length / gold.length : 0;
    };
    m.named_insult = named(civilToxic, "insult");
    m.named_threat = named(civilToxic, "threat");
    m.named_ident = named([...civilToxic, ...by("davidson")], "identity_attack");
    m.named_prof = named([...civilToxic, ...by("davidson"), ...by("olid")], "profanity");
  }
  m.wikitox_f1 = f1(by("wiki_toxicity"));
  m.catlarge_fpr = rate(by("wiki_cat_large").filter((s) => !s.toxic));
  m.olid_f1 = f1(by("olid"));
  m.davidson_f1 = f1(by("davidson"));
  m.madlibs_f1 = f1(by("bias_madlibs"));
  m.nyt_fpr = rate(by("prose_nyt"));
  m.amazon_fpr = rate(extraClean);
  return m;
}

/** How well figures meet the goals: any shortfall dominates, then the sum of the figures breaks ties. */
export function objective(m: Record<string, number>): number {
  let shortfall = 0, sum = 0;
  for (const [name, goal, higher] of GOALS) {
    const v = m[name]!;
    const gap = higher ? (v - goal) / goal : (goal - v) / goal;
    shortfall += Math.min(0, gap);
    sum += higher ? v : -v * 10;
  }
  return shortfall * 10 + sum * 0.01;
}

/**
 * Prints the figures of `items` (held-out predictions) at several thresholds and returns the threshold
 * of P(toxic) that best meets the goals. `extraClean`: clean prose never trained on (Amazon review
 * snippets), a proxy for ordinary comment language.
 */
export function report(title: string, items: Scored[], extraClean: { p: number; ev: ArrayLike<number> }[]): number {
  let best = 0.5, bestObj = -Infinity;
  for (let t = 0.05; t < 0.96; t += 0.01) {
    const o = objective(metricsAt(items, extraClean, t));
    if (o > bestObj) { bestObj = o; best = Math.round(t * 100) / 100; }
  }
  const names = Object.keys(metricsAt(items, extraClean, 0.5));
  console.log(`\n${title} (${items.length} items; nyt_fpr = NYT editorial snippets; amazon_fpr = Amazon review snippets, never trained on)`);
  console.log("thr   " + names.join(" "));
  const rows = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, best].sort((a, b) => a - b);
  for (const t of rows) {
    const m = metricsAt(items, extraClean, t);
    console.log(`${t.toFixed(2)}${t === best ? "*" : " "} ` + names.map((n) => m[n]!.toFixed(3).padStart(n.length)).join(" "));
  }
  console.log(`best threshold here: ${best}`);
  return best;
}
