// Training core of the abuse model, shared by scripts/train-abuse.ts (writes the weights) and
// scripts/eval-abuse.ts (scores the combined detector on the validation split).
import { extractFeatures } from "../src/analysis/abuse/features";
import { CATEGORY_HEADS, RULE_INPUTS, type SerializedModel, type SerializedTable } from "../src/analysis/abuse/model";
import { modelInput } from "../src/analysis/abuse/model-input";
import { ruleEvidence } from "../src/analysis/abuse/evidence";
import { findAbuseMatches } from "../src/analysis/abuse/rules";
import { ABUSE_CATEGORIES } from "../src/analysis/types";
import type { Example } from "./abuse-data";

export const SETTINGS = {
  seed: 20261123,
  toxicBits: 18,
  categoryBits: 14,
  lengthPower: 0.5,
  epochs: 6,
  learningRate: 0.2,
  l2: 1e-7,
  valShare: 0.2,
  maxClassWeight: 10,
  /** NB-SVM-style scaling of the toxic head's features by their log-count ratio (0: off). */
  nb: 1,
};
// Experiments: ABUSE_TRAIN='{"epochs":6}' overrides settings (the committed weights use the defaults above).
Object.assign(SETTINGS, JSON.parse(process.env.ABUSE_TRAIN ?? "{}") as Partial<typeof SETTINGS>);

/** The folds every script cuts (5; the validation split is fold 0): by a hash of the example's text. */
export const FOLDS = Math.round(1 / SETTINGS.valShare);
export const foldOf = (e: Example): number => Math.min(FOLDS - 1, Math.floor(e.splitKey * FOLDS));

/** Deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What training reads of every example, computed once and shared by every model trained on the same examples. */
export interface Prepared {
  /** Hashed features, packed: feats[offsets[i] .. offsets[i+1]). */
  feats: Int32Array;
  offsets: Int32Array;
  /** Rule evidence per example, RULE_INPUTS values each in ABUSE_CATEGORIES order (rules.ts ruleEvidence). */
  evidence: Float32Array;
  /** Per example: its source's training-only logit offset of the toxic head (abuse-data.ts Example.offset). */
  offset: Float32Array;
}

export function prepare(examples: Example[]): Prepared {
  const t0 = Date.now();
  const offsets = new Int32Array(examples.length + 1);
  const evidence = new Float32Array(examples.length * RULE_INPUTS);
  const chunks: Int32Array[] = [];
  let total = 0;
  examples.forEach((e, i) => {
    // The model reads what detectAbuse gives it: evaded lexicon matches spelled as their terms.
    const matches = findAbuseMatches(e.text);
    const { hashes, count } = extractFeatures(modelInput(e.text, matches));
    chunks.push(hashes.slice(0, count));
    total += count;
    offsets[i + 1] = total;
    if (matches.length > 0) {
      const ev = ruleEvidence(matches);
      ABUSE_CATEGORIES.forEach((c, k) => (evidence[i * RULE_INPUTS + k] = ev[c]));
    }
  });
  const feats = new Int32Array(total);
  chunks.forEach((c, i) => feats.set(c, offsets[i]!));
  console.log(`features: ${total.toLocaleString()} for ${examples.length} examples, with rule evidence (${Date.now() - t0} ms)`);
  return { feats, offsets, evidence, offset: Float32Array.from(examples, (e) => e.offset) };
}

interface Head {
  w: Float32Array;
  g: Float32Array;
  bias: number;
  gBias: number;
  /** Weights of the dense rule-evidence inputs (toxic head only, else empty). */
  rules: Float64Array;
  gRules: Float64Array;
}

/**
 * One logistic head trained with AdaGrad on the examples that have a label for it. With `withRules`, the
 * rule evidence of each example is a dense input as well (not length-normalised: one match is one match).
 */
export function trainHead(bits: number, data: Prepared, items: { i: number; y: number; weight: number }[], seed: number, withRules = false): Head {
  const size = 1 << bits, mask = size - 1;
  const R = withRules ? RULE_INPUTS : 0;
  const { feats, offsets, evidence } = data;
  const head: Head = {
    w: new Float32Array(size), g: new Float32Array(size).fill(1e-6), bias: 0, gBias: 1e-6,
    rules: new Float64Array(R), gRules: new Float64Array(R).fill(1e-6),
  };
  // NB-SVM: each bucket's input is scaled by its log-count ratio r (positives vs negatives among the
  // training items); the learned weight w then acts as w × r, which is what inference stores.
  const scale = withRules && SETTINGS.nb ? logCountRatios(size, mask, data, items) : null;
  const random = rng(seed);
  const order = items.slice();
  const lr = SETTINGS.learningRate;
  for (let epoch = 0; epoch < SETTINGS.epochs; epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [order[k], order[j]] = [order[j]!, order[k]!];
    }
    for (const { i, y, weight } of order) {
      const from = offsets[i]!, to = offsets[i + 1]!;
      const x = to > from ? Math.pow(to - from, -SETTINGS.lengthPower) : 0;
      // The source's offset (toxic head only): in the loss, not in the weights inference reads.
      let z = head.bias + (withRules ? data.offset[i]! : 0);
      for (let k = 0; k < R; k++) z += head.rules[k]! * evidence[i * RULE_INPUTS + k]!;
      if (scale) for (let f = from; f < to; f++) { const b = feats[f]! & mask; z += head.w[b]! * scale[b]! * x; }
      else for (let f = from; f < to; f++) z += head.w[feats[f]! & mask]! * x;
      const p = 1 / (1 + Math.exp(-z));
      const grad = (p - y) * weight;
      head.gBias += grad * grad;
      head.bias -= (lr * grad) / Math.sqrt(head.gBias);
      for (let k = 0; k < R; k++) {
        const gk = grad * evidence[i * RULE_INPUTS + k]!;
        head.gRules[k]! += gk * gk;
        head.rules[k]! -= (lr * gk) / Math.sqrt(head.gRules[k]!);
      }
      const gx = grad * x;
      for (let f = from; f < to; f++) {
        const b = feats[f]! & mask;
        const gi = (scale ? gx * scale[b]! : gx) + SETTINGS.l2 * head.w[b]!;
        head.g[b]! += gi * gi;
        head.w[b]! -= (lr * gi) / Math.sqrt(head.g[b]!);
      }
    }
  }
  if (scale) for (let b = 0; b < size; b++) head.w[b]! *= scale[b]!;
  return head;
}

/** Per bucket: log of (share among positive items' features + α) over (share among negatives' + α), scaled by SETTINGS.nb. */
export function logCountRatios(size: number, mask: number, data: Prepared, items: { i: number; y: number; weight: number }[]): Float32Array {
  const pos = new Float64Array(size), neg = new Float64Array(size);
  let pSum = 0, nSum = 0;
  for (const { i, y, weight } of items) {
    const counts = y ? pos : neg;
    for (let f = data.offsets[i]!; f < data.offsets[i + 1]!; f++) counts[data.feats[f]! & mask]! += weight;
    if (y) pSum += weight * (data.offsets[i + 1]! - data.offsets[i]!); else nSum += weight * (data.offsets[i + 1]! - data.offsets[i]!);
  }
  const r = new Float32Array(size);
  const alpha = 1;
  for (let b = 0; b < size; b++) {
    const v = Math.log(((pos[b]! + alpha) / pSum) / ((neg[b]! + alpha) / nSum));
    // Interpolated with 1 (plain features) so rare buckets keep some step size.
    r[b] = 1 + SETTINGS.nb * (Math.abs(v) - 1) > 0.05 ? 1 + SETTINGS.nb * (Math.abs(v) - 1) : 0.05;
  }
  return r;
}

/**
 * Out-of-fold P(toxic) of every example: the toxic head (with its rule inputs) trained `folds` times, each
 * time without one fold (folds by a hash of the normalised text, like the validation split). Used to
 * choose the operating point on every dev item instead of one small split.
 */
export function outOfFoldToxic(examples: Example[], data: Prepared, folds: number, foldOf: (e: Example) => number): Float64Array {
  const p = new Float64Array(examples.length);
  const mask = (1 << SETTINGS.toxicBits) - 1;
  for (let fold = 0; fold < folds; fold++) {
    const t0 = Date.now();
    const items = examples.flatMap((e, i) => (foldOf(e) === fold ? [] : [{ i, y: e.toxic, weight: e.weight }]));
    const head = trainHead(SETTINGS.toxicBits, data, items, SETTINGS.seed, true);
    examples.forEach((e, i) => {
      if (foldOf(e) !== fold) return;
      const from = data.offsets[i]!, to = data.offsets[i + 1]!;
      const x = to > from ? Math.pow(to - from, -SETTINGS.lengthPower) : 0;
      let z = head.bias;
      for (let k = 0; k < RULE_INPUTS; k++) z += head.rules[k]! * data.evidence[i * RULE_INPUTS + k]!;
      for (let f = from; f < to; f++) z += head.w[data.feats[f]! & mask]! * x;
      p[i] = 1 / (1 + Math.exp(-z));
    });
    console.log(`fold ${fold + 1}/${folds} trained in ${Date.now() - t0} ms`);
  }
  return p;
}

/** int8 quantisation with one scale per head; the scale clips the rare extreme weights at the 99.99th percentile. */
function quantize(bits: number, heads: Head[], names: readonly string[]): SerializedTable {
  const size = 1 << bits, H = heads.length;
  const q = new Int8Array(size * H);
  const scales: number[] = [];
  heads.forEach((h, k) => {
    const abs = Float32Array.from(h.w, Math.abs).sort();
    const clip = Math.max(abs[Math.floor(abs.length * 0.9999)] ?? 0, 1e-9);
    const scale = clip / 127;
    scales.push(scale);
    for (let b = 0; b < size; b++) q[b * H + k] = Math.max(-127, Math.min(127, Math.round(h.w[b]! / scale)));
  });
  let bin = "";
  const u8 = new Uint8Array(q.buffer);
  for (let i = 0; i < u8.length; i += 0x8000) bin += String.fromCharCode(...u8.subarray(i, i + 0x8000));
  return { bits, heads: names, scales, bias: heads.map((h) => h.bias), data: Buffer.from(bin, "latin1").toString("base64") };
}

/** Trains every head on `train` and returns the serialised (quantised) model. */
export function train(examples: Example[], trainIdx: number[], threshold: number, data: Prepared = prepare(examples)): SerializedModel {
  const t0 = Date.now();
  const toxicItems = trainIdx.map((i) => ({ i, y: examples[i]!.toxic, weight: examples[i]!.weight }));
  const toxic = trainHead(SETTINGS.toxicBits, data, toxicItems, SETTINGS.seed, true);
  const cats = CATEGORY_HEADS.map((c, k) => {
    const items = trainIdx
      .filter((i) => { const e = examples[i]!; return e.toxic === 1 && e.categories !== null && e.categoryKnown.has(c); })
      .map((i) => ({ i, y: examples[i]!.categories!.has(c) ? 1 : 0, weight: 1 }));
    // Rare categories (threats: ~100 of ~20k) would otherwise never be the most likely one: weigh the
    // smaller class up, by at most SETTINGS.maxClassWeight.
    const pos = items.filter((x) => x.y).length, neg = items.length - pos;
    const up = Math.min(SETTINGS.maxClassWeight, Math.max(pos, neg) / Math.max(1, Math.min(pos, neg)));
    for (const x of items) if ((x.y === 1) === pos < neg) x.weight = up;
    console.log(`head ${c}: ${items.length} items, ${items.filter((x) => x.y).length} positive`);
    return trainHead(SETTINGS.categoryBits, data, items, SETTINGS.seed + k + 1);
  });
  console.log(`trained in ${Date.now() - t0} ms`);
  console.log(`rule weights: ${ABUSE_CATEGORIES.map((c, k) => `${c} ${toxic.rules[k]!.toFixed(2)}`).join(", ")}`);
  return {
    version: 2,
    lengthPower: SETTINGS.lengthPower,
    threshold,
    toxic: quantize(SETTINGS.toxicBits, [toxic], ["toxic"]),
    categories: quantize(SETTINGS.categoryBits, cats, CATEGORY_HEADS),
    // Rounded: the generated file stays readable and the same data gives the same bytes.
    ruleWeights: Array.from(toxic.rules, (w) => Math.round(w * 1e4) / 1e4),
  };
}

/** One model per fold, each trained on every example outside it (what out-of-fold figures are scored with). */
export function trainFoldModels(
  examples: Example[], data: Prepared, threshold: number, folds = FOLDS, fold: (e: Example) => number = foldOf,
): SerializedModel[] {
  return Array.from({ length: folds }, (_, f) => train(examples, examples.flatMap((e, i) => (fold(e) === f ? [] : [i])), threshold, data));
}
