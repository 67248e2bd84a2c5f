// Experiment (not part of training): does a small hidden layer on hashed features rank better than the
// linear toxic head? Per fold, the linear head (as train:abuse trains it) gives a logit; a fastText-like
// layer — D hashed embeddings per bucket summed over the text's features, tanh, one output weight each —
// is then trained on top of that logit (the linear part held fixed), and the out-of-fold predictions are
// reported like train:abuse reports the linear ones.
//   SHARED_DIR=… npx tsx scripts/abuse-hidden-experiment.ts [dims=8] [bits=16] [epochs=3]
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { RULE_INPUTS } from "../src/analysis/abuse/model";
import { loadExamples } from "./abuse-data";
import { report, type Scored } from "./abuse-report";
import { prepare, SETTINGS, trainHead } from "./abuse-train-lib";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dataDir = join(resolve(process.env.SHARED_DIR ?? join(root, "..", "shared")), "data");
if (!existsSync(join(dataDir, "abuse"))) {
  console.log(`no abuse data at ${dataDir}/abuse: experiment skipped`);
  process.exit(0);
}
const [D = 8, bits = 16, epochs = 3] = process.argv.slice(2).map(Number);
const examples = loadExamples(dataDir, SETTINGS.seed, SETTINGS.valShare);
const data = prepare(examples);
const folds = Math.round(1 / SETTINGS.valShare);
const foldOf = (splitKey: number) => Math.min(folds - 1, Math.floor(splitKey * folds));
const linearP = new Float64Array(examples.length), hiddenP = new Float64Array(examples.length);
const size = 1 << bits, hmask = size - 1, tmask = (1 << SETTINGS.toxicBits) - 1;

function linearLogit(head: ReturnType<typeof trainHead>, i: number): number {
  const from = data.offsets[i]!, to = data.offsets[i + 1]!;
  const x = to > from ? Math.pow(to - from, -SETTINGS.lengthPower) : 0;
  let z = head.bias;
  for (let k = 0; k < RULE_INPUTS; k++) z += head.rules[k]! * data.evidence[i * RULE_INPUTS + k]!;
  for (let f = from; f < to; f++) z += head.w[data.feats[f]! & tmask]! * x;
  return z;
}

let seed = 12345;
const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
for (let fold = 0; fold < folds; fold++) {
  const t0 = Date.now();
  const items = examples.flatMap((e, i) => (foldOf(e.splitKey) === fold ? [] : [{ i, y: e.toxic, weight: e.weight }]));
  const head = trainHead(SETTINGS.toxicBits, data, items, SETTINGS.seed, true);
  const offset = new Float64Array(examples.length);
  examples.forEach((_, i) => (offset[i] = linearLogit(head, i)));
  const E = new Float32Array(size * D).map(() => (random() - 0.5) * 0.1), gE = new Float32Array(size * D).fill(1e-6);
  const v = new Float64Array(D).map(() => (random() - 0.5) * 0.1), gv = new Float64Array(D).fill(1e-6);
  const c = new Float64Array(D), gc = new Float64Array(D).fill(1e-6);
  const h = new Float64Array(D), a = new Float64Array(D), gh = new Float64Array(D);
  const lr = 0.05;
  const forward = (i: number): number => {
    const from = data.offsets[i]!, to = data.offsets[i + 1]!;
    const x = to > from ? Math.pow(to - from, -SETTINGS.lengthPower) : 0;
    h.set(c);
    for (let f = from; f < to; f++) { const b = (data.feats[f]! & hmask) * D; for (let j = 0; j < D; j++) h[j]! += E[b + j]! * x; }
    let z = offset[i]!;
    for (let j = 0; j < D; j++) { a[j] = Math.tanh(h[j]!); z += v[j]! * a[j]!; }
    return z;
  };
  const order = items.slice();
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let k = order.length - 1; k > 0; k--) { const j = Math.floor(random() * (k + 1)); [order[k], order[j]] = [order[j]!, order[k]!]; }
    for (const { i, y, weight } of order) {
      const p = 1 / (1 + Math.exp(-forward(i)));
      const g = (p - y) * weight;
      for (let j = 0; j < D; j++) {
        gh[j] = g * v[j]! * (1 - a[j]! * a[j]!);
        const gvj = g * a[j]!;
        gv[j]! += gvj * gvj; v[j]! -= (lr * gvj) / Math.sqrt(gv[j]!);
        gc[j]! += gh[j]! * gh[j]!; c[j]! -= (lr * gh[j]!) / Math.sqrt(gc[j]!);
      }
      const from = data.offsets[i]!, to = data.offsets[i + 1]!;
      const x = to > from ? Math.pow(to - from, -SETTINGS.lengthPower) : 0;
      for (let f = from; f < to; f++) {
        const b = (data.feats[f]! & hmask) * D;
        for (let j = 0; j < D; j++) { const ge = gh[j]! * x; gE[b + j]! += ge * ge; E[b + j]! -= (lr * ge) / Math.sqrt(gE[b + j]!); }
      }
    }
  }
  examples.forEach((e, i) => {
    if (foldOf(e.splitKey) !== fold) return;
    linearP[i] = 1 / (1 + Math.exp(-offset[i]!));
    hiddenP[i] = 1 / (1 + Math.exp(-forward(i)));
  });
  console.log(`fold ${fold + 1}/${folds} in ${Date.now() - t0} ms`);
}
const ev = (i: number) => data.evidence.subarray(i * RULE_INPUTS, (i + 1) * RULE_INPUTS);
const scored = (p: Float64Array): Scored[] => examples.map((e, i) => ({ set: e.set, toxic: e.toxic, cats: e.categories, p: p[i]!, ev: ev(i) }));
report("linear toxic head, out of fold", scored(linearP), []);
report(`linear + hidden layer (${D} dims, 2^${bits} buckets, ${epochs} epochs), out of fold`, scored(hiddenP), []);
