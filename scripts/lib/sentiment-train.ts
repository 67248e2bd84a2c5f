// Training library of the learned sentiment adjustment (scripts/train-sentiment.ts): loading the dev sets
// with their features, the linear model's fit (squared loss, ridge, AdaGrad), cross-validation and the
// figures the issue asks for (Pearson r and 3-class macro-F1 per set).
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { DENSE_COUNT, denseFeatures, forEachHashed, hashScale, hashString, LABEL_EVIDENCE_FEATURE } from "../../src/analysis/sentiment/features";
import type { LinearWeights, ModelWeights } from "../../src/analysis/sentiment/model";
import { applyRules, hasRuleEvidence } from "../../src/analysis/sentiment/rules";
import { scan } from "../../src/analysis/sentiment/tokenize";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const dataDir = join(resolve(process.env.SHARED_DIR ?? join(root, "..", "shared")), "data", "sentiment");
export const SENTIMENT_SETS = ["tweets", "nytEditorialSnippets", "movieReviewSnippets", "amazonReviewSnippets"] as const;
export const BITS = Number(process.env.BITS ?? 17);
export const MASK = (1 << BITS) - 1;
export const VALIDATION_SHARE = 0.15;
export const EPOCHS = Number(process.env.EPOCHS ?? 20);

export interface Item {
  set: number;
  id: string;
  text: string;
  target: number;
  dense: Float64Array;
  buckets: Int32Array;
  scale: number;
  /** No rule evidence at all (no sentiment word, emoticon or emoji). */
  bare: boolean;
  validation: boolean;
}

/** Extra dense features for experiments (appended after the shipped ones). */
export type ExtraFeatures = (s: ReturnType<typeof scan>, rules: ReturnType<typeof applyRules>, text: string) => number[];

export function load(extra?: ExtraFeatures): Item[] {
  const items: Item[] = [];
  SENTIMENT_SETS.forEach((name, set) => {
    for (const line of readFileSync(join(dataDir, `${name}.jsonl`), "utf8").split("\n")) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as { id: string; text: string; rating: number };
      const s = scan(row.text);
      const rules = applyRules(s);
      const more = extra ? extra(s, rules, row.text) : [];
      const dense = new Float64Array(DENSE_COUNT + more.length);
      denseFeatures(s, rules, dense);
      dense.set(more, DENSE_COUNT);
      const buckets: number[] = [];
      forEachHashed(s, MASK, (b) => buckets.push(b));
      const validation = hashString(`validation|${row.id}`) / 2 ** 32 < VALIDATION_SHARE;
      items.push({ set, id: row.id, text: row.text, target: row.rating / 4, dense, buckets: Int32Array.from(buckets), scale: hashScale(s.wordCount), bare: !hasRuleEvidence(rules), validation });
    }
  });
  return items;
}

/** Deterministic shuffle (mulberry32). */
export function shuffled<T>(xs: T[], seed: number): T[] {
  let a = seed >>> 0;
  const rand = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const out = xs.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export interface Fit {
  bias: number;
  dense: Float64Array;
  hashed: Float64Array;
}

/** Each set's share of the training loss (tweets, NYT, movies, Amazon): see setWeights. */
const SET_LOSS_WEIGHTS = [4, 1, 1, 1];

/**
 * Per-set weights of the squared loss: every set weighs the same in total whatever its size, and in units
 * of its own rating variance. Pearson r judges each set by its residual variance relative to the set's
 * variance (1 - r²), so a set of mild ratings (NYT editorials) must not count less than one of strong ones
 * (movie reviews) merely because its errors are numerically smaller.
 */
export function setWeights(items: readonly Item[]): number[] {
  const n = [0, 0, 0, 0], sum = [0, 0, 0, 0], sq = [0, 0, 0, 0];
  for (const it of items) {
    n[it.set]!++;
    sum[it.set]! += it.target;
    sq[it.set]! += it.target * it.target;
  }
  // Chosen on 5-fold CV by the weakest goal margin: 1.3 while the NYT editorials were the weakest set; since
  // the opinion lexicon lifted them (r .599 -> .614), 1 (+0.0003 against 1.3's -0.0004, the tweets weakest).
  const power = Number(process.env.VARIANCE_WEIGHTING ?? 1);
  const w = n.map((k, s) => (k ? items.length / 4 / k / Math.max(sq[s]! / k - (sum[s]! / k) ** 2, 1e-3) ** power : 0));
  // Then each set's share of the loss, chosen on 5-fold CV by the weakest goal margin: the tweets x4 (grid
  // 1 / 1.5 / 2 / 3 / 4 / 6: tweets r .9004 / .9026 / .9040 / .9058 / .9068 / .9079 while NYT r fell
  // .614 -> .606; x4 keeps both furthest above their goals, .90 and .60). SET_LOSS_WEIGHTS=a,b,c,d overrides.
  const share = (process.env.SET_LOSS_WEIGHTS ?? SET_LOSS_WEIGHTS.join(",")).split(",").map(Number);
  for (let k = 0; k < w.length; k++) w[k]! *= share[k] ?? 1;
  const mean = w.reduce((a, b) => a + b, 0) / w.filter((x) => x > 0).length;
  return w.map((x) => x / mean);
}

/** Squared loss (weighted by setWeights), ridge on the hashed weights, AdaGrad. */
export function train(items: Item[], l2: number, lr: number, bigramL2: number): Fit {
  // Ridge: each bucket's penalty is spread over its occurrences, so rare n-grams are held back as much
  // as frequent ones; bigrams (upper half of the table) are sparser and get their own strength.
  const counts = new Float64Array(1 << BITS);
  for (const it of items) for (const b of it.buckets) counts[b]!++;
  const penalty = new Float64Array(1 << BITS);
  for (let b = 0; b < penalty.length; b++) penalty[b] = counts[b]! ? (b > MASK >>> 1 ? bigramL2 : l2) / counts[b]! : 0;
  const D = items[0]!.dense.length;
  const fit: Fit = { bias: 0, dense: new Float64Array(D), hashed: new Float64Array(1 << BITS) };
  const gDense = new Float64Array(D).fill(1e-8);
  const gHashed = new Float64Array(1 << BITS).fill(1e-8);
  let gBias = 1e-8;
  const setWeight = setWeights(items);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const it of shuffled(items, 1234 + epoch)) {
      const err = (predictRaw(fit, it) - it.target) * setWeight[it.set]!;
      gBias += err * err;
      fit.bias -= (lr * err) / Math.sqrt(gBias);
      for (let k = 0; k < D; k++) {
        const g = err * it.dense[k]!;
        gDense[k]! += g * g;
        fit.dense[k]! -= (lr * g) / Math.sqrt(gDense[k]!);
      }
      for (const b of it.buckets) {
        const g = err * it.scale + penalty[b]! * fit.hashed[b]!;
        gHashed[b]! += g * g;
        fit.hashed[b]! -= (lr * g) / Math.sqrt(gHashed[b]!);
      }
    }
  }
  return fit;
}

export function predictRaw(fit: Fit, it: Item): number {
  let y = fit.bias;
  for (let k = 0; k < it.dense.length; k++) y += fit.dense[k]! * it.dense[k]!;
  let h = 0;
  for (const b of it.buckets) h += fit.hashed[b]!;
  return y + h * it.scale;
}

export function pearson(xs: number[], ys: number[]): number {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx, dy = ys[i]! - my;
    sxy += dx * dy; sxx += dx * dx; syy += dy * dy;
  }
  return sxy / Math.sqrt(sxx * syy);
}

export const cls = (v: number, neg: number, pos: number): number => (v > pos ? 2 : v < neg ? 0 : 1);
function macroF1(pred: number[], gold: number[]): number {
  const perClass = classF1(pred, gold).filter((f) => f !== null);
  return perClass.reduce((a, b) => a + b, 0) / perClass.length;
}
/** F1 of negative, neutral, positive (classes 0 / 1 / 2; null for a class absent from gold and predictions). */
function classF1(pred: number[], gold: number[]): Array<number | null> {
  const tp = [0, 0, 0], fp = [0, 0, 0], fn = [0, 0, 0];
  for (let i = 0; i < pred.length; i++) {
    const p = pred[i]!, g = gold[i]!;
    if (p === g) tp[g]!++;
    else { fn[g]!++; fp[p]!++; }
  }
  return [0, 1, 2].map((c) => (tp[c]! + fn[c]! + fp[c]! === 0 ? null : tp[c]! ? (2 * tp[c]!) / (2 * tp[c]! + fp[c]! + fn[c]!) : 0));
}

/** Per set: Pearson r, macro-F1, accuracy, and the F1 of each class (negative / neutral / positive). */
export interface Report { r: number[]; f1: number[]; accuracy: number[]; classF1: Array<Array<number | null>> }
/** What the label thresholds compare, as src/analysis/sentiment/index.ts computes it. */
export const labelScore = (pred: number, it: Item, bareScale: number, evidenceWeight: number): number =>
  (Math.max(-1, Math.min(1, pred)) + evidenceWeight * it.dense[LABEL_EVIDENCE_FEATURE]!) * (it.bare ? bareScale : 1);

/** Where the intensity gate makes an item neutral (ModelWeights.intensity). */
export interface NeutralGate { intensities: number[]; neutralBelow: number }

export function evaluate(preds: number[], items: Item[], neg: number, pos: number, bareScale = 1, withR = true, evidenceWeight = 0, gate?: NeutralGate): Report {
  const r: number[] = [], f1: number[] = [], accuracy: number[] = [], perClass: Array<Array<number | null>> = [];
  for (let s = 0; s < SENTIMENT_SETS.length; s++) {
    const idx = items.map((it, i) => (it.set === s ? i : -1)).filter((i) => i >= 0);
    const p = idx.map((i) => Math.max(-1, Math.min(1, preds[i]!)));
    const gold = idx.map((i) => cls(items[i]!.target, -0.05, 0.05));
    const predicted = idx.map((i) =>
      gate && gate.intensities[i]! < gate.neutralBelow ? 1 : cls(labelScore(preds[i]!, items[i]!, bareScale, evidenceWeight), neg, pos));
    r.push(withR ? pearson(p, idx.map((i) => items[i]!.target)) : 0);
    f1.push(macroF1(predicted, gold));
    perClass.push(classF1(predicted, gold));
    accuracy.push(predicted.filter((c, k) => c === gold[k]).length / idx.length);
  }
  return { r, f1, accuracy, classF1: perClass };
}
export const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
export const show = (rep: Report): string =>
  SENTIMENT_SETS.map((n, s) => `${n.slice(0, 6)} r=${rep.r[s]!.toFixed(4)} acc=${rep.accuracy[s]!.toFixed(3)} F1=${rep.f1[s]!.toFixed(3)}`).join("  ");

/** VADER's macro-F1 per set (issue 5): every set's must be beaten, not their mean. */
const VADER_F1 = [0.746, 0.521, 0.405, 0.514];
/** THRESHOLDS=mean restores the former objective (the mean macro-F1 over the sets). */
const WEAKEST = process.env.THRESHOLDS !== "mean";
const LABEL_EVIDENCE_GRID = (process.env.LABEL_EVIDENCE ?? "0,0.1,0.2,0.4").split(",").map(Number);

/** The objective of the label settings: the weakest margin of a set's macro-F1 over VADER's (the mean breaks ties). */
function labelObjective(cm: Int32Array[]): number {
  let f = 0, sets = 0, weakest = Infinity;
  for (const [set, m] of cm.entries()) {
    let classes = 0, sum = 0;
    for (let c = 0; c < 3; c++) {
      const tp = m[c * 3 + c]!;
      const fn = m[c * 3]! + m[c * 3 + 1]! + m[c * 3 + 2]! - tp;
      const fp = m[c]! + m[3 + c]! + m[6 + c]! - tp;
      if (tp + fn + fp === 0) continue;
      classes++;
      sum += tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
    }
    if (classes) { f += sum / classes; sets++; weakest = Math.min(weakest, sum / classes - VADER_F1[set]!); }
  }
  if (!sets) return -Infinity;
  return WEAKEST ? weakest + 1e-3 * (f / sets) : f / sets;
}

/**
 * The best thresholds (0.01 grid) for label scores `v`; `neutral[i]` forces item i neutral (the intensity
 * gate). Confusion counts per candidate, no allocation per item.
 */
function bestThresholds(v: number[], items: Item[], gold: number[], neutral?: Uint8Array): { neg: number; pos: number; objective: number } {
  const cm = SENTIMENT_SETS.map(() => new Int32Array(9));
  let best = { neg: -0.05, pos: 0.05, objective: -Infinity };
  for (let a = -30; a <= 10; a++) {
    for (let b = a; b <= 30; b++) {
      const neg = a / 100, pos = b / 100;
      for (const m of cm) m.fill(0);
      for (let i = 0; i < v.length; i++) cm[items[i]!.set]![gold[i]! * 3 + (neutral?.[i] ? 1 : cls(v[i]!, neg, pos))]!++;
      const objective = labelObjective(cm);
      if (objective > best.objective) best = { neg, pos, objective };
    }
  }
  return best;
}

const goldClasses = (items: Item[]): number[] => items.map((it) => cls(it.target, -0.05, 0.05));

/**
 * Label thresholds, the shrinking of evidence-free scores and the label's lean on the rule evidence
 * (labelScore), maximising the weakest margin of a set's macro-F1 over VADER's: ~8k candidates per setting.
 */
export function chooseThresholds(preds: number[], items: Item[]): [number, number, number, number] {
  const gold = goldClasses(items);
  let best: [number, number, number, number] = [-0.05, 0.05, 1, 0];
  let bestF = -Infinity;
  for (const evidence of LABEL_EVIDENCE_GRID) for (const bare of [1, 0.7, 0.5, 0.35, 0.25, 0.15]) {
    const t = bestThresholds(preds.map((x, i) => labelScore(x, items[i]!, bare, evidence)), items, gold);
    if (t.objective > bestF) { bestF = t.objective; best = [t.neg, t.pos, bare, evidence]; }
  }
  return best;
}

export interface NeutralGateChoice { neutralBelow: number; neg: number; pos: number; objective: number }

/**
 * The intensity gate (ModelWeights.intensity.neutralBelow, on a 0.005 grid) and the thresholds re-chosen
 * with it, the label's other settings kept. Returns null where no gate beats labelling without one.
 */
export function chooseNeutralGate(preds: number[], intensities: number[], items: Item[], [, , bare, evidence]: number[]): NeutralGateChoice | null {
  const gold = goldClasses(items);
  const v = preds.map((x, i) => labelScore(x, items[i]!, bare!, evidence!));
  let best: NeutralGateChoice | null = null;
  const ungated = bestThresholds(v, items, gold).objective;
  for (let k = 1; k <= 60; k++) {
    const neutralBelow = k * 0.005;
    const t = bestThresholds(v, items, gold, Uint8Array.from(intensities, (x) => (x < neutralBelow ? 1 : 0)));
    if (t.objective > (best?.objective ?? ungated)) best = { neutralBelow, ...t };
  }
  return best;
}

/**
 * The intensity model's training items: the same features, how strongly the text is rated (|rating| / 4).
 * Absolute values of the dense features instead of (or beside) the signed ones were worse on 5-fold CV
 * (tweets macro-F1 .741 / .743 against .745).
 */
export const asIntensityItems = (items: Item[]): Item[] =>
  items.map((it) => ({ ...it, target: Math.abs(it.target) }));

const round = (x: number): number => Number(x.toPrecision(6));

function quantiseLinear(fit: Fit): LinearWeights {
  // The step spans the largest weight: clipping even the top 0.05% of weights moved some dev scores by
  // 0.2, while the full range keeps every score within 0.01 of the float model's.
  let cap = 0;
  for (const w of fit.hashed) cap = Math.max(cap, Math.abs(w));
  const step = (cap || 1) / 127;
  const q = new Int8Array(fit.hashed.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.max(-127, Math.min(127, Math.round(fit.hashed[i]! / step)));
  return {
    bias: round(fit.bias),
    dense: Array.from(fit.dense, round),
    hashedScale: Number(step.toPrecision(8)),
    hashed: Buffer.from(q.buffer).toString("base64"),
  };
}

export function quantise(
  fit: Fit, [negativeBelow, positiveAbove, bareLabelScale, labelEvidenceWeight]: number[], note: string,
  intensity?: { fit: Fit; neutralBelow: number },
): ModelWeights {
  return {
    bits: BITS,
    ...quantiseLinear(fit),
    negativeBelow: round(negativeBelow!),
    positiveAbove: round(positiveAbove!),
    bareLabelScale: round(bareLabelScale!),
    labelEvidenceWeight: round(labelEvidenceWeight!),
    ...(intensity ? { intensity: { ...quantiseLinear(intensity.fit), neutralBelow: round(intensity.neutralBelow) } } : {}),
    ...({ validation: note } as object),
  } as ModelWeights;
}

/** Out-of-fold predictions of k-fold CV (CV=k, default 5; CV=0 skips it) with the chosen settings. */
export function crossValidate(items: Item[], chosen: { l2: number; lr: number; bigramL2: number }, folds: number): number[] {
  // FOLD_SALT=x draws other folds, to see how much a CV figure moves with the split alone.
  const fold = items.map((it) => hashString(`${process.env.FOLD_SALT ?? "fold"}|${it.id}`) % folds);
  const preds = new Array<number>(items.length).fill(0);
  for (let f = 0; f < folds; f++) {
    const fit = train(items.filter((_, i) => fold[i] !== f), chosen.l2, chosen.lr, chosen.bigramL2);
    items.forEach((it, i) => {
      if (fold[i] === f) preds[i] = predictRaw(fit, it);
    });
  }
  return preds;
}

