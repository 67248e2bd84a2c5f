// The learned adjustment: a linear model over the rule features and hashed word n-grams, trained by
// scripts/train-sentiment.ts. Its weights are a generated module (int8, base64) decoded on first use.
import { DENSE_COUNT, denseFeatures, forEachHashed, hashScale, LABEL_EVIDENCE_FEATURE } from "./features";
import { SENTIMENT_MODEL } from "./model.generated";
import type { RuleAnalysis } from "./rules";
import type { Scan } from "./tokenize";

export interface ModelWeights {
  bits: number;
  bias: number;
  dense: readonly number[];
  /** Value of one int8 step of the hashed weights. */
  hashedScale: number;
  /** base64 of 2^bits signed bytes, or "" for no hashed features. */
  hashed: string;
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
}

export interface LoadedModel extends Omit<ModelWeights, "hashed"> {
  hashed: Int8Array;
  mask: number;
}

export function decodeModel(w: ModelWeights): LoadedModel {
  const bin = atob(w.hashed);
  const hashed = new Int8Array(bin.length);
  for (let i = 0; i < bin.length; i++) hashed[i] = bin.charCodeAt(i) << 24 >> 24;
  if (w.hashed && hashed.length !== 1 << w.bits) throw new Error("sentiment model: hashed table size mismatch");
  return { ...w, hashed, mask: hashed.length ? hashed.length - 1 : 0 };
}

let model: LoadedModel | undefined;
export const sentimentModel = (): LoadedModel => (model ??= decodeModel(SENTIMENT_MODEL));

const dense = new Float64Array(DENSE_COUNT);
let table: Int8Array = new Int8Array(0);
let acc = 0;
const addBucket = (bucket: number): void => {
  acc += table[bucket]!;
};

/** The label's rule evidence of the text last passed to predict(). */
export const labelEvidence = (): number => dense[LABEL_EVIDENCE_FEATURE]!;

/** The model's raw output (rating / 4 scale, not yet clipped). */
export function predict(m: LoadedModel, scan: Scan, rules: RuleAnalysis): number {
  denseFeatures(scan, rules, dense);
  let y = m.bias;
  for (let i = 0; i < DENSE_COUNT; i++) y += (m.dense[i] ?? 0) * dense[i]!;
  if (m.hashed.length) {
    table = m.hashed;
    acc = 0;
    forEachHashed(scan, m.mask, addBucket);
    y += acc * m.hashedScale * hashScale(scan.wordCount);
  }
  return y;
}
