// The learned adjustment: a linear model over the rule features and hashed word n-grams, trained by
// scripts/train-sentiment.ts. Its weights are a generated module (int8, base64) decoded on first use.
import { DENSE_COUNT, denseFeatures, forEachHashed, hashScale, LABEL_EVIDENCE_FEATURE } from "./features";
import { SENTIMENT_MODEL } from "./model.generated";
import type { RuleAnalysis } from "./rules";
import type { Scan } from "./tokenize";

/** A linear model over the dense features and the hashed n-grams. */
export interface LinearWeights {
  bias: number;
  dense: readonly number[];
  /** Value of one int8 step of the hashed weights. */
  hashedScale: number;
  /** base64 of 2^bits signed bytes, or "" for no hashed features. */
  hashed: string;
}

export interface ModelWeights extends LinearWeights {
  bits: number;
  negativeBelow: number;
  positiveAbove: number;
  /** For the label only: a text without any rule evidence has its score multiplied by this first. */
  bareLabelScale?: number;
  /**
   * For the label only: this much of the rule evidence (LABEL_EVIDENCE_FEATURE) is added to the score. The
   * regression shrinks weakly evidenced scores towards 0, where the label thresholds are; the rules' own
   * verdict is a better tie-breaker there than the threshold alone.
   */
  labelEvidenceWeight?: number;
  /**
   * For the label only: a second model of the same features predicting how strongly the text is rated
   * either way (|rating| / 4). Below `neutralBelow` the label is neutral whatever the score's sign: the
   * score of a mixed text is near 0 too, but the score alone cannot tell "no opinion" from "two opinions".
   */
  intensity?: LinearWeights & { neutralBelow: number };
}

export interface LoadedModel extends Omit<ModelWeights, "hashed" | "intensity"> {
  hashed: Int8Array;
  mask: number;
  intensity?: Omit<LinearWeights, "hashed"> & { hashed: Int8Array; neutralBelow: number };
}

function decodeTable(base64: string, bits: number): Int8Array {
  const bin = atob(base64);
  const hashed = new Int8Array(bin.length);
  for (let i = 0; i < bin.length; i++) hashed[i] = bin.charCodeAt(i) << 24 >> 24;
  if (base64 && hashed.length !== 1 << bits) throw new Error("sentiment model: hashed table size mismatch");
  return hashed;
}

export function decodeModel(w: ModelWeights): LoadedModel {
  const hashed = decodeTable(w.hashed, w.bits);
  const intensity = w.intensity && { ...w.intensity, hashed: decodeTable(w.intensity.hashed, w.bits) };
  if (intensity && intensity.hashed.length !== hashed.length) throw new Error("sentiment model: intensity table size mismatch");
  return { ...w, hashed, intensity, mask: hashed.length ? hashed.length - 1 : 0 };
}

let model: LoadedModel | undefined;
export const sentimentModel = (): LoadedModel => (model ??= decodeModel(SENTIMENT_MODEL));

const dense = new Float64Array(DENSE_COUNT);
let table: Int8Array = new Int8Array(0);
let intensityTable: Int8Array = new Int8Array(0);
let acc = 0;
let intensityAcc = 0;
const addBucket = (bucket: number): void => {
  acc += table[bucket]!;
};
// One pass over the n-grams feeds both models.
const addBucketToBoth = (bucket: number): void => {
  acc += table[bucket]!;
  intensityAcc += intensityTable[bucket]!;
};
let lastIntensity = Number.NaN;

/** The label's rule evidence of the text last passed to predict(). */
export const labelEvidence = (): number => dense[LABEL_EVIDENCE_FEATURE]!;
/** The intensity model's output (|rating| / 4 scale) for the text last passed to predict(); NaN without one. */
export const intensity = (): number => lastIntensity;

const denseSum = (weights: readonly number[], bias: number): number => {
  let y = bias;
  for (let i = 0; i < DENSE_COUNT; i++) y += (weights[i] ?? 0) * dense[i]!;
  return y;
};

/** The model's raw output (rating / 4 scale, not yet clipped). */
export function predict(m: LoadedModel, scan: Scan, rules: RuleAnalysis): number {
  denseFeatures(scan, rules, dense);
  let y = denseSum(m.dense, m.bias);
  const im = m.intensity;
  lastIntensity = im ? denseSum(im.dense, im.bias) : Number.NaN;
  if (m.hashed.length) {
    table = m.hashed;
    acc = 0;
    intensityAcc = 0;
    if (im) intensityTable = im.hashed;
    forEachHashed(scan, m.mask, im ? addBucketToBoth : addBucket);
    const k = hashScale(scan.wordCount);
    y += acc * m.hashedScale * k;
    if (im) lastIntensity += intensityAcc * im.hashedScale * k;
  }
  return y;
}
