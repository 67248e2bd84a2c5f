// Validation report of the abuse training script: the goals measured on the internal validation
// split across decision thresholds, and the threshold that best meets them all.
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { ModelScores } from "../src/analysis/abuse/model";
import { readJsonl, type Example } from "./abuse-data";

interface Scored { set: string; toxic: number; cats: Set<string> | null; p: number; s: ModelScores }

/** The goals of issue 4 (figure, target, higher is better?). */
const GOALS = [
  ["civil_recall", 0.8, true],
  ["civil_insult_recall", 0.75, true],
  ["civil_threat_recall", 0.75, true],
  ["wikitox_f1", 0.8, true],
  ["catlarge_fpr", 0.007, false], // 1% goal minus a margin for the rule matches added on top
  ["olid_f1", 0.7, true],
  ["davidson_f1", 0.94, true],
  ["nyt_fpr", 0.02, false],
] as const;

function metricsAt(items: Scored[], extraClean: number[], t: number): Record<string, number> {
  const m: Record<string, number> = {};
  const f1 = (pred: Scored[]) => {
    let tp = 0, fp = 0, fn = 0;
    for (const s of pred) { const f = s.p >= t; if (f && s.toxic) tp++; else if (f) fp++; else if (s.toxic) fn++; }
    return tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
  };
  const recall = (pred: Scored[]) => pred.length ? pred.filter((s) => s.p >= t).length / pred.length : 0;
  const by = (set: string) => items.filter((s) => s.set.startsWith(set));
  const civilToxic = by("civil").filter((s) => s.toxic);
  m.civil_recall = recall(civilToxic);
  m.civil_insult_recall = recall(civilToxic.filter((s) => s.cats?.has("insult")));
  m.civil_threat_recall = recall(civilToxic.filter((s) => s.cats?.has("threat")));
  m.civil_identity_recall = recall(civilToxic.filter((s) => s.cats?.has("identity_attack")));
  // "named": the category reaches 0.5 as index.ts computes it (calibrated P(toxic) × its share).
  const named = (pred: Scored[], c: "insult" | "threat" | "identity_attack" | "profanity") => {
    const gold = pred.filter((x) => x.cats?.has(c));
    const hit = gold.filter((x) => {
      const cal = x.p < t ? (0.5 * x.p) / t : 0.5 + (0.5 * (x.p - t)) / (1 - t);
      const top = Math.max(x.s.insult, x.s.threat, x.s.identity_attack, x.s.profanity, 1e-9);
      return (cal * x.s[c]) / top >= 0.5;
    });
    return gold.length ? hit.length / gold.length : 0;
  };
  m.named_insult = named(civilToxic, "insult");
  m.named_threat = named(civilToxic, "threat");
  m.named_ident = named([...civilToxic, ...by("davidson")], "identity_attack");
  m.named_prof = named([...civilToxic, ...by("davidson"), ...by("olid")], "profanity");
  m.wikitox_f1 = f1(by("wiki_toxicity"));
  const cl = by("wiki_cat_large").filter((s) => !s.toxic);
  m.catlarge_fpr = cl.filter((s) => s.p >= t).length / Math.max(1, cl.length);
  m.olid_f1 = f1(by("olid"));
  m.davidson_f1 = f1(by("davidson"));
  m.madlibs_f1 = f1(by("bias_madlibs"));
  const prose = by("prose_nyt");
  m.nyt_fpr = prose.filter((s) => s.p >= t).length / Math.max(1, prose.length);
  m.amazon_fpr = extraClean.filter((p) => p >= t).length / Math.max(1, extraClean.length);
  return m;
}

function objective(m: Record<string, number>): number {
  let shortfall = 0, sum = 0;
  for (const [name, goal, higher] of GOALS) {
    const v = m[name]!;
    const gap = higher ? (v - goal) / goal : (goal - v) / goal;
    shortfall += Math.min(0, gap);
    sum += higher ? v : -v * 10;
  }
  return shortfall * 10 + sum * 0.01;
}

/** Prints the validation figures and returns the chosen threshold of P(toxic). */
export function report(examples: Example[], valIdx: number[], score: (text: string) => ModelScores, dataDir: string): number {
  const items: Scored[] = valIdx.map((i) => {
    const e = examples[i]!;
    const s = score(e.text);
    return { set: e.set, toxic: e.toxic, cats: e.categories, p: s.toxic, s };
  });
  // Clean prose never trained on (Amazon review snippets): a proxy for ordinary comment language.
  const nyt = join(dataDir, "sentiment", "amazonReviewSnippets.jsonl");
  const extraClean = existsSync(nyt) ? readJsonl<{ text: string }>(nyt).map((r) => score(r.text).toxic) : [];
  let best = 0.5, bestObj = -Infinity;
  for (let t = 0.05; t < 0.96; t += 0.01) {
    const o = objective(metricsAt(items, extraClean, t));
    if (o > bestObj) { bestObj = o; best = Math.round(t * 100) / 100; }
  }
  const names = Object.keys(metricsAt(items, extraClean, 0.5));
  console.log(`\nvalidation (${items.length} items; nyt_fpr = validation part of NYT editorial snippets; amazon_fpr = Amazon review snippets, never trained on)`);
  console.log("thr   " + names.join(" "));
  const rows = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, best].sort((a, b) => a - b);
  for (const t of rows) {
    const m = metricsAt(items, extraClean, t);
    console.log(`${t.toFixed(2)}${t === best ? "*" : " "} ` + names.map((n) => m[n]!.toFixed(3).padStart(n.length)).join(" "));
  }
  console.log(`chosen threshold ${best}`);
  return best;
}
