// Experiment (not part of training): a cascade. The linear toxic head (as train:abuse trains it) scores
// every item; items whose calibrated P(abusive) falls in a band around the operating point [lo, hi] are
// scored again by a second linear model over richer features the fast model lacks (char 3..6-grams
// within words, word trigrams, skip-bigrams; NB log-count-ratio scaled like the first stage), and the
// final score of a band item combines both. Everything is out of fold, nested: for each outer fold the
// band of the training items comes from inner out-of-fold first-stage scores (a first stage trained
// without them), so the second stage learns on scores like the ones it will see. Modes:
//   band  the second stage trains on band items only, with the first stage's logit as an input;
//   all   the second stage trains on every item (no first-stage input); band items average the logits.
// Prints the share of items in the band per set and on the typical comments of the speed bench, then
// the train:abuse report of the first stage alone and of the cascade (threshold re-chosen on the result).
//   SHARED_DIR=… npx tsx scripts/abuse-cascade-experiment.ts [band|all] [lo=0.25] [hi=0.75]
//   env FAM=c3,c4,c5,c6,w1,w2,w3,sk (feature families)  BITS=19  EPOCHS=6  L2=1e-6  MIX=1 (band) / 0.5 (all)
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { TYPICAL_COMMENTS } from "../bench/speed/_typical-comments";
import { decodeModel, ruleLogit, RULE_INPUTS, scoreWithModel } from "../src/analysis/abuse/model";
import { modelInput } from "../src/analysis/abuse/model-input";
import { ruleEvidence } from "../src/analysis/abuse/evidence";
import { findAbuseMatches } from "../src/analysis/abuse/rules";
import { ABUSE_MODEL } from "../src/analysis/abuse/weights";
import { ABUSE_CATEGORIES } from "../src/analysis/types";
import { hashString, loadExamples } from "./abuse-data";
import { report, type Scored } from "./abuse-report";
import { prepare, rng, SETTINGS, trainHead } from "./abuse-train-lib";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dataDir = join(resolve(process.env.SHARED_DIR ?? join(root, "..", "shared")), "data");
if (!existsSync(join(dataDir, "abuse"))) {
  console.log(`no abuse data at ${dataDir}/abuse: experiment skipped`);
  process.exit(0);
}
const mode = process.argv[2] === "all" ? "all" : "band";
const [lo = 0.25, hi = 0.75] = process.argv.slice(3).map(Number);
const FAM = new Set((process.env.FAM ?? "c3,c4,c5,c6,w1,w2,w3,sk").split(","));
const BITS = Number(process.env.BITS ?? 19), EPOCHS = Number(process.env.EPOCHS ?? 6), L2 = Number(process.env.L2 ?? 1e-6);
const MIX = Number(process.env.MIX ?? (mode === "band" ? 1 : 0.5));

const examples = loadExamples(dataDir, SETTINGS.seed, SETTINGS.valShare);
const data = prepare(examples);
const folds = Math.round(1 / SETTINGS.valShare);
const foldOf = (i: number) => Math.min(folds - 1, Math.floor(examples[i]!.splitKey * folds));
const evidenceOf = (i: number) => data.evidence.subarray(i * RULE_INPUTS, (i + 1) * RULE_INPUTS);
const t = ABUSE_MODEL.threshold;
const calibrate = (p: number) => (p < t ? (0.5 * p) / t : 0.5 + (0.5 * (p - t)) / (1 - t));
const inBand = (p: number) => calibrate(p) >= lo && calibrate(p) <= hi;
const logit = (p: number) => Math.log(Math.max(1e-6, p) / Math.max(1e-6, 1 - p));
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** First-stage P(toxic) of the items `predict` by a head trained on the items `train` (indices). */
function firstStage(train: (i: number) => boolean, predict: (i: number) => boolean, out: Float64Array): void {
  const items = examples.flatMap((e, i) => (train(i) ? [{ i, y: e.toxic, weight: e.weight }] : []));
  const head = trainHead(SETTINGS.toxicBits, data, items, SETTINGS.seed, true);
  const mask = (1 << SETTINGS.toxicBits) - 1;
  for (let i = 0; i < examples.length; i++) {
    if (!predict(i)) continue;
    const from = data.offsets[i]!, to = data.offsets[i + 1]!;
    const x = to > from ? Math.pow(to - from, -SETTINGS.lengthPower) : 0;
    let z = head.bias;
    for (let k = 0; k < RULE_INPUTS; k++) z += head.rules[k]! * data.evidence[i * RULE_INPUTS + k]!;
    for (let f = from; f < to; f++) z += head.w[data.feats[f]! & mask]! * x;
    out[i] = sigmoid(z);
  }
}

/** The richer features: a plain (regex) normalisation is enough for an experiment. */
function richFeatures(text: string): Int32Array {
  const norm = text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/['’]/g, "");
  const words = norm.split(/[^a-z0-9@#$*]+/).filter(Boolean).map((w) => w.replace(/(.)\1\1+/g, "$1$1"));
  const out: number[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (FAM.has("w1")) out.push(hashString(w, 1));
    if (FAM.has("w2") && k > 0) out.push(hashString(`${words[k - 1]} ${w}`, 2));
    if (FAM.has("w3") && k > 1) out.push(hashString(`${words[k - 2]} ${words[k - 1]} ${w}`, 3));
    if (FAM.has("sk") && k > 1) out.push(hashString(`${words[k - 2]} _ ${w}`, 4));
    const padded = ` ${w} `;
    for (let n = 3; n <= 6; n++) {
      if (FAM.has(`c${n}`)) for (let j = 0; j + n <= padded.length; j++) out.push(hashString(padded.slice(j, j + n), 10 + n));
    }
  }
  return Int32Array.from(out);
}
const rich = examples.map((e) => richFeatures(modelInput(e.text, findAbuseMatches(e.text))));

/** Second stage: logistic regression (AdaGrad, NB-scaled inputs) plus dense inputs [first-stage logit, rule evidence]. */
function secondStage(items: number[], first: Float64Array, seed: number): (i: number, p1: number) => number {
  const size = 1 << BITS, mask = size - 1, D = 1 + RULE_INPUTS, useFirst = mode === "band";
  const w = new Float32Array(size), g = new Float32Array(size).fill(1e-6);
  const dw = new Float64Array(D), dg = new Float64Array(D).fill(1e-6);
  if (useFirst) dw[0] = 1; // start from the first stage's answer
  let bias = 0, gBias = 1e-6;
  const pos = new Float64Array(size), neg = new Float64Array(size);
  let pSum = 0, nSum = 0;
  for (const i of items) {
    const e = examples[i]!, counts = e.toxic ? pos : neg;
    for (const f of rich[i]!) counts[f & mask]! += e.weight;
    if (e.toxic) pSum += e.weight * rich[i]!.length; else nSum += e.weight * rich[i]!.length;
  }
  const r = new Float32Array(size);
  for (let b = 0; b < size; b++) r[b] = Math.max(0.05, Math.abs(Math.log(((pos[b]! + 1) / pSum) / ((neg[b]! + 1) / nSum))));
  const dense = (i: number, p1: number) => [useFirst ? logit(p1) : 0, ...evidenceOf(i)];
  const random = rng(seed);
  const order = items.slice();
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let k = order.length - 1; k > 0; k--) { const j = Math.floor(random() * (k + 1)); [order[k], order[j]] = [order[j]!, order[k]!]; }
    for (const i of order) {
      const fs = rich[i]!, x = fs.length ? Math.pow(fs.length, -SETTINGS.lengthPower) : 0, dv = dense(i, first[i]!), e = examples[i]!;
      let z = bias;
      for (let k = 0; k < D; k++) z += dw[k]! * dv[k]!;
      for (const f of fs) z += w[f & mask]! * r[f & mask]! * x;
      const grad = (sigmoid(z) - e.toxic) * e.weight;
      gBias += grad * grad;
      bias -= (SETTINGS.learningRate * grad) / Math.sqrt(gBias);
      for (let k = 0; k < D; k++) { const gk = grad * dv[k]!; dg[k]! += gk * gk; dw[k]! -= (SETTINGS.learningRate * gk) / Math.sqrt(dg[k]!); }
      for (const f of fs) {
        const b = f & mask, gi = grad * x * r[b]! + L2 * w[b]!;
        g[b]! += gi * gi;
        w[b]! -= (SETTINGS.learningRate * gi) / Math.sqrt(g[b]!);
      }
    }
  }
  return (i, p1) => {
    const fs = rich[i]!, x = fs.length ? Math.pow(fs.length, -SETTINGS.lengthPower) : 0, dv = dense(i, p1);
    let z = bias;
    for (let k = 0; k < D; k++) z += dw[k]! * dv[k]!;
    for (const f of fs) z += w[f & mask]! * r[f & mask]! * x;
    return z;
  };
}

const oof = new Float64Array(examples.length), cascade = new Float64Array(examples.length);
for (let f = 0; f < folds; f++) {
  const t0 = Date.now();
  firstStage((i) => foldOf(i) !== f, (i) => foldOf(i) === f, oof);
  // Inner out-of-fold first-stage scores of the training items: which of them are band items.
  const inner = new Float64Array(examples.length);
  for (let g = 0; g < folds; g++) if (g !== f) firstStage((i) => foldOf(i) !== f && foldOf(i) !== g, (i) => foldOf(i) === g, inner);
  const items = examples.flatMap((_, i) => (foldOf(i) !== f && (mode === "all" || inBand(inner[i]!)) ? [i] : []));
  const second = secondStage(items, inner, SETTINGS.seed + f);
  for (let i = 0; i < examples.length; i++) {
    if (foldOf(i) !== f) continue;
    const p1 = oof[i]!;
    cascade[i] = inBand(p1) ? sigmoid(MIX * second(i, p1) + (1 - MIX) * logit(p1)) : p1;
  }
  console.log(`fold ${f + 1}/${folds}: second stage on ${items.length} items (${Date.now() - t0} ms)`);
}

console.log(`\nband: calibrated P(abusive) in [${lo}, ${hi}] (operating point ${t} -> 0.5)`);
for (const set of [...new Set(examples.map((e) => e.set))]) {
  const idx = examples.flatMap((e, i) => (e.set === set ? [i] : []));
  console.log(`  ${set.padEnd(28)} ${((100 * idx.filter((i) => inBand(oof[i]!)).length) / idx.length).toFixed(1)}% of ${idx.length}`);
}
const committed = decodeModel(ABUSE_MODEL);
const typical = TYPICAL_COMMENTS.map((text) => {
  const matches = findAbuseMatches(text);
  const ev = matches.length ? ABUSE_CATEGORIES.map((c) => ruleEvidence(matches)[c]) : ABUSE_CATEGORIES.map(() => 0);
  return scoreWithModel(committed, modelInput(text, matches), ruleLogit(committed, ev)).toxic;
});
console.log(`  typical comments (committed model): ${typical.filter(inBand).length} of ${typical.length} in the band; calibrated ${typical.map((p) => calibrate(p).toFixed(2)).join(" ")}`);
// Ranking inside the band, where the second stage acts: AUC of the first stage and of the cascade.
function auc(idx: number[], p: Float64Array): number {
  const sorted = idx.slice().sort((a, b) => p[a]! - p[b]!);
  let rank = 0, posRanks = 0, pos = 0;
  for (const i of sorted) { rank++; if (examples[i]!.toxic) { pos++; posRanks += rank; } }
  const neg = idx.length - pos;
  return pos && neg ? (posRanks - (pos * (pos + 1)) / 2) / (pos * neg) : NaN;
}
for (const [name, prefix] of [["all sets", ""], ["Wikipedia toxicity", "wiki_toxicity"], ["OLID", "olid"], ["Davidson", "davidson"]] as const) {
  const idx = examples.flatMap((e, i) => (e.set.startsWith(prefix) && inBand(oof[i]!) ? [i] : []));
  console.log(`  band AUC ${name.padEnd(20)} first stage ${auc(idx, oof).toFixed(3)}, cascade ${auc(idx, cascade).toFixed(3)} (${idx.length} items)`);
}
const scored = (p: Float64Array): Scored[] => examples.map((e, i) => ({ set: e.set, toxic: e.toxic, cats: e.categories, p: p[i]!, ev: evidenceOf(i) }));
report("first stage alone, out of fold", scored(oof), []);
report(`cascade (${mode}, ${[...FAM].join(",")}, 2^${BITS}), out of fold`, scored(cascade), []);
