// The learned part of abuse detection: a logistic-regression model over hashed features (features.ts),
// trained by scripts/train-abuse.ts. Two weight tables:
//  - "toxic": one head, P(the comment is abusive), which also reads the rules' per-category evidence
//    (rules.ts ruleEvidence) as six dense inputs with learned weights, so the model learns how far each
//    kind of rule match is to be trusted next to the words around it;
//  - "categories": four heads, P(category | abusive) for insult, threat, identity_attack, profanity,
//    stored interleaved (bucket * 4 + head) so one feature touches one cache line.
// Weights are int8 with one scale per head, shipped base64 in a generated module (weights.ts) and
// decoded on first use, never at import.
import { extractFeatures, lastFeatures } from "./features";

export const CATEGORY_HEADS = ["insult", "threat", "identity_attack", "profanity"] as const;
/** Number of rule-evidence inputs of the toxic head: one per abuse category (ABUSE_CATEGORIES). */
export const RULE_INPUTS = 6;
export type ModelCategory = (typeof CATEGORY_HEADS)[number];

/** One weight table as serialised by the training script. */
export interface SerializedTable {
  /** log2 of the number of buckets. */
  bits: number;
  heads: readonly string[];
  /** Per head: float weight = int8 * scale. */
  scales: readonly number[];
  bias: readonly number[];
  /** base64 of the int8 weights, bucket-major (bucket * heads.length + head). */
  data: string;
}

export interface SerializedModel {
  version: number;
  /** The summed weights are multiplied by featureCount^-lengthPower (long texts do not pile up). */
  lengthPower: number;
  /** P(toxic) at which the model alone flags: the operating point chosen on the validation split. */
  threshold: number;
  toxic: SerializedTable;
  categories: SerializedTable;
  /**
   * Version 2: the toxic head's weight for each category's rule evidence, in ABUSE_CATEGORIES order
   * (profanity, insult, threat, identity_attack, sexual, spam). Absent: the rules do not enter the model.
   */
  ruleWeights?: readonly number[];
}

/** A decoded table, ready for scoring. */
export interface WeightTable {
  mask: number;
  heads: number;
  weights: Int8Array;
  /**
   * For four-head tables: each bucket's four int8 weights packed into one int32 (head k in bits 8k..8k+7),
   * so inference does one load per feature instead of four. Built from the bytes, whatever the platform's endianness.
   */
  packed: Int32Array | null;
  scales: Float64Array;
  bias: Float64Array;
}

export interface AbuseModel {
  lengthPower: number;
  /** Weights of the rule evidence in the toxic logit (ABUSE_CATEGORIES order; zeros for a version 1 model). */
  ruleWeights: Float64Array;
  toxic: WeightTable;
  categories: WeightTable;
}

export interface ModelScores {
  /** P(abusive) in [0, 1]. */
  toxic: number;
  /** P(category | abusive) in [0, 1]. */
  insult: number;
  threat: number;
  identity_attack: number;
  profanity: number;
}

function decodeBase64(b64: string): Int8Array {
  const bin = atob(b64);
  const bytes = new Int8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = (bin.charCodeAt(i) << 24) >> 24;
  return bytes;
}

export function decodeTable(t: SerializedTable): WeightTable {
  const weights = decodeBase64(t.data);
  if (weights.length !== (1 << t.bits) * t.heads.length) throw new Error("abuse model: weight table has the wrong size");
  const packed = t.heads.length === 4 ? packFour(weights) : null;
  return { mask: (1 << t.bits) - 1, heads: t.heads.length, weights, packed, scales: Float64Array.from(t.scales), bias: Float64Array.from(t.bias) };
}

function packFour(weights: Int8Array): Int32Array {
  const packed = new Int32Array(weights.length >> 2);
  for (let b = 0; b < packed.length; b++) {
    const j = b << 2;
    packed[b] = (weights[j]! & 255) | ((weights[j + 1]! & 255) << 8) | ((weights[j + 2]! & 255) << 16) | (weights[j + 3]! << 24);
  }
  return packed;
}

export function decodeModel(m: SerializedModel): AbuseModel {
  if (m.categories.heads.join() !== CATEGORY_HEADS.join() || m.categories.heads.length !== 4) {
    throw new Error("abuse model: unexpected category heads");
  }
  const ruleWeights = new Float64Array(RULE_INPUTS);
  if (m.ruleWeights) {
    if (m.ruleWeights.length !== RULE_INPUTS) throw new Error("abuse model: unexpected number of rule weights");
    ruleWeights.set(m.ruleWeights);
  }
  return { lengthPower: m.lengthPower, ruleWeights, toxic: decodeTable(m.toxic), categories: decodeTable(m.categories) };
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/**
 * The toxic head's logit contribution of the rules: Σ weight × evidence over the categories, `evidence`
 * indexed like ABUSE_CATEGORIES (ruleEvidence's values in that order).
 */
export function ruleLogit(model: AbuseModel, evidence: ArrayLike<number>): number {
  const w = model.ruleWeights;
  let z = 0;
  for (let k = 0; k < RULE_INPUTS; k++) z += w[k]! * evidence[k]!;
  return z;
}

/** Scores `text` with a decoded model; `rules` is ruleLogit of its rule evidence (0: no rule matched). */
export function scoreWithModel(model: AbuseModel, text: string, rules = 0): ModelScores {
  const s = scoreInto(model, text, rules);
  return { toxic: s[0]!, insult: s[1]!, threat: s[2]!, identity_attack: s[3]!, profanity: s[4]! };
}

/** Where scoreInto writes: P(abusive), then P(category | abusive) in CATEGORY_HEADS order. Shared, overwritten per call. */
const scores = new Float64Array(5);

/**
 * scoreWithModel without the result object: returns a shared buffer overwritten by the next call.
 * Below `categoryCutoff` of P(abusive) the category heads are not read (about half of the table lookups):
 * their scores are then the heads' priors (sigmoid of their biases), which only ever get multiplied by
 * that small P(abusive) (index.ts), so a clean comment skips work that cannot flag it.
 */
export function scoreInto(model: AbuseModel, text: string, rules = 0, categoryCutoff = 0): Float64Array {
  const features = extractFeatures(text);
  const hashes = features.hashes, count = features.count;
  const tox = model.toxic.weights, tm = model.toxic.mask;
  let t = 0;
  for (let i = 0; i < count; i++) t += tox[hashes[i]! & tm]!;
  const norm = count > 0 ? Math.pow(count, -model.lengthPower) : 0;
  scores[0] = sigmoid(model.toxic.bias[0]! + t * model.toxic.scales[0]! * norm + rules);
  const cb = model.categories.bias;
  if (scores[0] < categoryCutoff) {
    for (let k = 0; k < 4; k++) scores[k + 1] = sigmoid(cb[k]!);
    return scores;
  }
  const cm = model.categories.mask;
  const packed = model.categories.packed ?? (model.categories.packed = packFour(model.categories.weights));
  let a = 0, b = 0, c = 0, d = 0;
  // The four category weights are summed two lanes at a time (SWAR): each int8 is biased to 0..255 by
  // flipping its top bit, bytes 0 and 2 add up in the 16-bit halves of one accumulator, bytes 1 and 3 in
  // another, and every 256 features (256 × 255 < 2^16: no carry between halves) the halves are unbiased
  // into the sums. Same integers as sign-extending each byte, half the operations per feature.
  for (let i = 0; i < count;) {
    const stop = Math.min(count, i + 256);
    const bias = 128 * (stop - i);
    let even = 0, odd = 0;
    for (; i < stop; i++) {
      const w = packed[hashes[i]! & cm]! ^ 0x80808080;
      even += w & 0x00ff00ff;
      odd += (w >>> 8) & 0x00ff00ff;
    }
    a += (even & 0xffff) - bias;
    b += (odd & 0xffff) - bias;
    c += (even >>> 16) - bias;
    d += (odd >>> 16) - bias;
  }
  const cs = model.categories.scales;
  scores[1] = sigmoid(cb[0]! + a * cs[0]! * norm);
  scores[2] = sigmoid(cb[1]! + b * cs[1]! * norm);
  scores[3] = sigmoid(cb[2]! + c * cs[2]! * norm);
  scores[4] = sigmoid(cb[3]! + d * cs[3]! * norm);
  return scores;
}

/** Sum of the toxic head's weights over the features of text[start, end) (for explanations). */
export function toxicWeightOf(model: AbuseModel, text: string, start = 0, end = text.length): number {
  const { hashes, count } = extractFeatures(text, start, end);
  let t = 0;
  for (let i = 0; i < count; i++) t += model.toxic.weights[hashes[i]! & model.toxic.mask]!;
  return t * model.toxic.scales[0]!;
}

/** Sum of the toxic head's weights over hashes[from, to) of the last feature extraction (features.ts lastWords). */
export function toxicWeightOfLast(model: AbuseModel, from: number, to: number): number {
  const hashes = lastFeatures().hashes, w = model.toxic.weights, mask = model.toxic.mask;
  let t = 0;
  for (let i = from; i < to; i++) t += w[hashes[i]! & mask]!;
  return t * model.toxic.scales[0]!;
}
