// `npm run train:abuse`: trains the abuse model (src/analysis/abuse/model.ts) from the dev splits in
// ../shared/data/abuse (or $SHARED_DIR/data/abuse) and writes src/analysis/abuse/weights.ts.
//
// Reproducible: a fixed seed drives the validation split and the example order; the same data gives the
// same bytes. An internal validation split (20% of the dev items, chosen by a hash of the normalised text
// so duplicates stay together) picks the decision threshold; the figures printed for it are never
// training-set figures. Options: --val-only (train on the training part and stop after the report),
// --full (default: after the report, retrain on all dev items with the same settings and write weights).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { extractFeatures } from "../src/analysis/abuse/features";
import { CATEGORY_HEADS, decodeModel, scoreWithModel, type SerializedModel, type SerializedTable } from "../src/analysis/abuse/model";
import { loadExamples, type Example } from "./abuse-data";
import { report } from "./abuse-report";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const shared = resolve(process.env.SHARED_DIR ?? join(root, "..", "shared"));
const dataDir = join(shared, "data");
if (!existsSync(join(dataDir, "abuse"))) {
  console.log(`no abuse data at ${dataDir}/abuse: training skipped`);
  process.exit(0);
}
const args = new Set(process.argv.slice(2));

const SETTINGS = {
  seed: 20261123,
  toxicBits: 18,
  categoryBits: 14,
  lengthPower: 0.5,
  epochs: 4,
  learningRate: 0.2,
  l2: 1e-7,
  valShare: 0.2,
  maxClassWeight: 10,
};
// Experiments: ABUSE_TRAIN='{"epochs":6}' overrides settings (the committed weights use the defaults above).
Object.assign(SETTINGS, JSON.parse(process.env.ABUSE_TRAIN ?? "{}") as Partial<typeof SETTINGS>);

/** Deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Features of every example, packed: feats[offsets[i] .. offsets[i+1]). */
function featurize(examples: Example[]): { feats: Int32Array; offsets: Int32Array } {
  const offsets = new Int32Array(examples.length + 1);
  const chunks: Int32Array[] = [];
  let total = 0;
  examples.forEach((e, i) => {
    const { hashes, count } = extractFeatures(e.text);
    chunks.push(hashes.slice(0, count));
    total += count;
    offsets[i + 1] = total;
  });
  const feats = new Int32Array(total);
  chunks.forEach((c, i) => feats.set(c, offsets[i]!));
  return { feats, offsets };
}

interface Head {
  w: Float32Array;
  g: Float32Array;
  bias: number;
  gBias: number;
}

/** One logistic head trained with AdaGrad on the examples that have a label for it. */
function trainHead(bits: number, feats: Int32Array, offsets: Int32Array, items: { i: number; y: number; weight: number }[], seed: number): Head {
  const size = 1 << bits, mask = size - 1;
  const head: Head = { w: new Float32Array(size), g: new Float32Array(size).fill(1e-6), bias: 0, gBias: 1e-6 };
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
      let z = head.bias;
      for (let f = from; f < to; f++) z += head.w[feats[f]! & mask]! * x;
      const p = 1 / (1 + Math.exp(-z));
      const grad = (p - y) * weight;
      head.gBias += grad * grad;
      head.bias -= (lr * grad) / Math.sqrt(head.gBias);
      const gx = grad * x;
      for (let f = from; f < to; f++) {
        const b = feats[f]! & mask;
        const gi = gx + SETTINGS.l2 * head.w[b]!;
        head.g[b]! += gi * gi;
        head.w[b]! -= (lr * gi) / Math.sqrt(head.g[b]!);
      }
    }
  }
  return head;
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
function train(examples: Example[], trainIdx: number[], threshold: number): SerializedModel {
  const t0 = Date.now();
  const { feats, offsets } = featurize(examples);
  console.log(`features: ${feats.length.toLocaleString()} for ${examples.length} examples (${Date.now() - t0} ms)`);
  const toxicItems = trainIdx.map((i) => ({ i, y: examples[i]!.toxic, weight: examples[i]!.weight }));
  const toxic = trainHead(SETTINGS.toxicBits, feats, offsets, toxicItems, SETTINGS.seed);
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
    return trainHead(SETTINGS.categoryBits, feats, offsets, items, SETTINGS.seed + k + 1);
  });
  console.log(`trained in ${Date.now() - t0} ms`);
  return {
    version: 1,
    lengthPower: SETTINGS.lengthPower,
    threshold,
    toxic: quantize(SETTINGS.toxicBits, [toxic], ["toxic"]),
    categories: quantize(SETTINGS.categoryBits, cats, CATEGORY_HEADS),
  };
}

const examples = loadExamples(dataDir, SETTINGS.seed, SETTINGS.valShare);
const trainIdx: number[] = [], valIdx: number[] = [];
examples.forEach((e, i) => (e.val ? valIdx : trainIdx).push(i));
console.log(`examples: ${examples.length} (train ${trainIdx.length}, validation ${valIdx.length})`);

const valModel = train(examples, trainIdx, 0.5);
const decoded = decodeModel(valModel);
const threshold = report(examples, valIdx, (text) => scoreWithModel(decoded, text), dataDir);

if (!args.has("--val-only")) {
  console.log("\nretraining on all dev items with the same settings");
  const full = train(examples, examples.map((_, i) => i), threshold);
  const body = JSON.stringify(full);
  const out = join(root, "src/analysis/abuse/weights.ts");
  writeFileSync(
    out,
    `// Generated by scripts/train-abuse.ts (npm run train:abuse) — do not edit by hand.\n` +
      `// Settings: ${JSON.stringify(SETTINGS)}\n` +
      `import type { SerializedModel } from "./model";\n\n` +
      `export const ABUSE_MODEL: SerializedModel = ${body};\n`,
  );
  console.log(`wrote ${out} (${(readFileSync(out).length / 1024).toFixed(0)} KB)`);
}
