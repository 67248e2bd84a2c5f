// Trainable parts over word vectors for scripts/abuse-embedding-experiment.ts. Each Encoder adds a term to
// the toxic head's logit; forward(i) remembers what backward needs, so the two are called in pairs.
// All learn with AdaGrad, as the linear head does (abuse-train-lib.ts trainHead).
import { RULE_INPUTS } from "../src/analysis/abuse/model";
import { logCountRatios, rng, SETTINGS, type Prepared } from "./abuse-train-lib";

export interface Encoder {
  forward(i: number): number;
  /** d(loss)/d(the term forward returned), for the example of the last forward call. */
  backward(grad: number): void;
}
export type Items = { i: number; y: number; weight: number }[];

/** Small AdaGrad parameter block. */
function params(n: number, init: () => number): { w: Float64Array; g: Float64Array; step(k: number, grad: number, lr: number): void } {
  const w = Float64Array.from({ length: n }, init), g = new Float64Array(n).fill(1e-6);
  return { w, g, step: (k, grad, lr) => { g[k]! += grad * grad; w[k]! -= (lr * grad) / Math.sqrt(g[k]!); } };
}

/**
 * Dense per-example inputs x (dim each): linear weights when h = 0, else h tanh units whose weighted sum
 * is the term (a Deep-Averaging-Network layer when x is a mean of word vectors).
 */
export function denseEncoder(x: Float32Array, dim: number, h: number, lr: number, seed: number): Encoder {
  const init = rng(seed), U = h || 1;
  const W = params(U * dim, () => (h ? (init() - 0.5) * 0.2 : 0)), c = params(U, () => 0);
  const v = params(U, () => (h ? (init() - 0.5) * 0.2 : 1));
  const a = new Float64Array(U);
  let last = 0;
  return {
    forward(i) {
      last = i;
      let z = 0;
      for (let u = 0; u < U; u++) {
        let s = c.w[u]!;
        for (let j = 0; j < dim; j++) s += W.w[u * dim + j]! * x[i * dim + j]!;
        a[u] = h ? Math.tanh(s) : s;
        z += v.w[u]! * a[u]!;
      }
      return z;
    },
    backward(grad) {
      for (let u = 0; u < U; u++) {
        const gu = grad * v.w[u]! * (h ? 1 - a[u]! * a[u]! : 1);
        if (h) { v.step(u, grad * a[u]!, lr); c.step(u, gu, lr); }
        for (let j = 0; j < dim; j++) W.step(u * dim + j, gu * x[last * dim + j]!, lr);
      }
    },
  };
}

/**
 * Word detectors: h tanh units over each word's vector (table: d per word), max-pooled over the text's
 * words (a one-word-window convolution). A unit that learns "insult-like word" fires on a neighbour of the
 * insults seen in training even when that word itself was never seen. words[wordOff[i] .. wordOff[i+1]):
 * the example's words as table rows, -1 when not in the table.
 */
export function wordMaxEncoder(table: Float32Array, d: number, words: Int32Array, wordOff: Int32Array, h: number, lr: number, seed: number): Encoder {
  const init = rng(seed);
  const W = params(h * d, () => (init() - 0.5) * 0.2), c = params(h, () => 0), v = params(h, () => (init() - 0.5) * 0.2);
  const m = new Float64Array(h), arg = new Int32Array(h);
  return {
    forward(i) {
      m.fill(0);
      arg.fill(-1);
      let z = 0;
      for (let u = 0; u < h; u++) {
        let best = -Infinity;
        for (let f = wordOff[i]!; f < wordOff[i + 1]!; f++) {
          const k = words[f]!;
          if (k < 0) continue;
          let s = c.w[u]!;
          for (let j = 0; j < d; j++) s += W.w[u * d + j]! * table[k * d + j]!;
          if (s > best) { best = s; arg[u] = k; }
        }
        if (arg[u]! >= 0) { m[u] = Math.tanh(best); z += v.w[u]! * m[u]!; }
      }
      return z;
    },
    backward(grad) {
      for (let u = 0; u < h; u++) {
        const k = arg[u]!;
        if (k < 0) continue;
        v.step(u, grad * m[u]!, lr);
        const gu = grad * v.w[u]! * (1 - m[u]! * m[u]!);
        c.step(u, gu, lr);
        for (let j = 0; j < d; j++) W.step(u * d + j, gu * table[k * d + j]!, lr);
      }
    },
  };
}

/**
 * The toxic head as trainHead trains it (NB-scaled hashed features, rule inputs, AdaGrad, the same example
 * order) with the encoder's term in the same logit, trained jointly. Returns the logit of any example.
 */
export function trainJoint(data: Prepared, items: Items, enc: Encoder): (i: number) => number {
  const size = 1 << SETTINGS.toxicBits, mask = size - 1, lr = SETTINGS.learningRate;
  const { feats, offsets, evidence } = data;
  const w = new Float32Array(size), g = new Float32Array(size).fill(1e-6);
  const rules = params(RULE_INPUTS, () => 0), bias = params(1, () => 0);
  const scale = logCountRatios(size, mask, data, items);
  const lengthScale = (i: number) => (offsets[i + 1]! > offsets[i]! ? Math.pow(offsets[i + 1]! - offsets[i]!, -SETTINGS.lengthPower) : 0);
  const random = rng(SETTINGS.seed);
  const order = items.slice();
  for (let epoch = 0; epoch < SETTINGS.epochs; epoch++) {
    for (let k = order.length - 1; k > 0; k--) { const j = Math.floor(random() * (k + 1)); [order[k], order[j]] = [order[j]!, order[k]!]; }
    for (const { i, y, weight } of order) {
      const from = offsets[i]!, to = offsets[i + 1]!, x = lengthScale(i);
      let z = bias.w[0]! + data.offset[i]! + enc.forward(i);
      for (let k = 0; k < RULE_INPUTS; k++) z += rules.w[k]! * evidence[i * RULE_INPUTS + k]!;
      for (let f = from; f < to; f++) { const b = feats[f]! & mask; z += w[b]! * scale[b]! * x; }
      const grad = (1 / (1 + Math.exp(-z)) - y) * weight;
      bias.step(0, grad, lr);
      for (let k = 0; k < RULE_INPUTS; k++) rules.step(k, grad * evidence[i * RULE_INPUTS + k]!, lr);
      enc.backward(grad);
      const gx = grad * x;
      for (let f = from; f < to; f++) {
        const b = feats[f]! & mask;
        const gi = gx * scale[b]! + SETTINGS.l2 * w[b]!;
        g[b]! += gi * gi;
        w[b]! -= (lr * gi) / Math.sqrt(g[b]!);
      }
    }
  }
  for (let b = 0; b < size; b++) w[b]! *= scale[b]!;
  return (i) => {
    let z = bias.w[0]! + enc.forward(i);
    for (let k = 0; k < RULE_INPUTS; k++) z += rules.w[k]! * evidence[i * RULE_INPUTS + k]!;
    const x = lengthScale(i);
    for (let f = offsets[i]!; f < offsets[i + 1]!; f++) z += w[feats[f]! & mask]! * x;
    return z;
  };
}

/**
 * Stacking: a term over the encoder and the linear head's logit L (a·L + b + encoder), trained on items
 * whose L came from models that never saw them, so the encoder can only learn what the n-grams miss.
 */
export function trainStacker(items: Items, L: Float64Array, enc: Encoder, withLogit: boolean, epochs: number, lr: number, seed: number): (i: number, l: number) => number {
  const ab = params(2, () => 0);
  ab.w[0] = withLogit ? 1 : 0;
  const random = rng(seed), order = items.slice();
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let k = order.length - 1; k > 0; k--) { const j = Math.floor(random() * (k + 1)); [order[k], order[j]] = [order[j]!, order[k]!]; }
    for (const { i, y, weight } of order) {
      const z = ab.w[0]! * L[i]! + ab.w[1]! + enc.forward(i);
      const grad = (1 / (1 + Math.exp(-z)) - y) * weight;
      if (withLogit) ab.step(0, grad * L[i]!, lr);
      ab.step(1, grad, lr);
      enc.backward(grad);
    }
  }
  return (i, l) => ab.w[0]! * l + ab.w[1]! + enc.forward(i);
}
