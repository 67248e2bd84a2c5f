// `npm run train:sentiment`: trains the learned adjustment of src/analysis/sentiment (a linear regression
// of rating/4 on the rule features plus hashed word n-grams) on the DEV splits in ../shared/data/sentiment
// (or $SHARED_DIR/data/sentiment), and writes src/analysis/sentiment/model.generated.ts.
// Deterministic: a fixed, id-hashed validation split (15% of each set) chooses the regularisation and the
// label thresholds; the shipped weights are then refitted on all dev items. Prints validation figures.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { DENSE_COUNT, denseFeatures, forEachHashed, hashScale, hashString } from "../src/analysis/sentiment/features";
import { decodeModel, predict, type ModelWeights } from "../src/analysis/sentiment/model";
import { applyRules } from "../src/analysis/sentiment/rules";
import { scan } from "../src/analysis/sentiment/tokenize";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dataDir = join(resolve(process.env.SHARED_DIR ?? join(root, "..", "shared")), "data", "sentiment");
export const SENTIMENT_SETS = ["tweets", "nytEditorialSnippets", "movieReviewSnippets", "amazonReviewSnippets"] as const;
const BITS = Number(process.env.BITS ?? 17);
const MASK = (1 << BITS) - 1;
const VALIDATION_SHARE = 0.15;
const EPOCHS = Number(process.env.EPOCHS ?? 12);

interface Item {
  set: number;
  id: string;
  text: string;
  target: number;
  dense: Float64Array;
  buckets: Int32Array;
  scale: number;
  /** No rule evidence at all (no sentiment word, emoticon or emoji). */
  bare: boolean;
  validation: boolean;
}

function load(): Item[] {
  const items: Item[] = [];
  SENTIMENT_SETS.forEach((name, set) => {
    for (const line of readFileSync(join(dataDir, `${name}.jsonl`), "utf8").split("\n")) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as { id: string; text: string; rating: number };
      const s = scan(row.text);
      const rules = applyRules(s);
      const dense = new Float64Array(DENSE_COUNT);
      denseFeatures(s, rules, dense);
      const buckets: number[] = [];
      forEachHashed(s, MASK, (b) => buckets.push(b));
      const validation = hashString(`validation|${row.id}`) / 2 ** 32 < VALIDATION_SHARE;
      items.push({ set, id: row.id, text: row.text, target: row.rating / 4, dense, buckets: Int32Array.from(buckets), scale: hashScale(s.wordCount), bare: rules.contributions.length === 0, validation });
    }
  });
  return items;
}

/** Deterministic shuffle (mulberry32). */
function shuffled<T>(xs: T[], seed: number): T[] {
  let a = seed >>> 0;
  const rand = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const out = xs.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

interface Fit {
  bias: number;
  dense: Float64Array;
  hashed: Float64Array;
}

/** Squared loss, L2, AdaGrad; every set weighs the same in total whatever its size. */
function train(items: Item[], l2: number, lr: number, bigramL2: number): Fit {
  // Ridge: each bucket's penalty is spread over its occurrences, so rare n-grams are held back as much
  // as frequent ones; bigrams (upper half of the table) are sparser and get their own strength.
  const counts = new Float64Array(1 << BITS);
  for (const it of items) for (const b of it.buckets) counts[b]!++;
  const penalty = new Float64Array(1 << BITS);
  for (let b = 0; b < penalty.length; b++) penalty[b] = counts[b]! ? (b > MASK >>> 1 ? bigramL2 : l2) / counts[b]! : 0;
  const fit: Fit = { bias: 0, dense: new Float64Array(DENSE_COUNT), hashed: new Float64Array(1 << BITS) };
  const gDense = new Float64Array(DENSE_COUNT).fill(1e-8);
  const gHashed = new Float64Array(1 << BITS).fill(1e-8);
  let gBias = 1e-8;
  const perSet = [0, 0, 0, 0];
  for (const it of items) perSet[it.set]!++;
  const setWeight = perSet.map((n) => (n ? items.length / 4 / n : 0));
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const it of shuffled(items, 1234 + epoch)) {
      const err = (predictRaw(fit, it) - it.target) * setWeight[it.set]!;
      gBias += err * err;
      fit.bias -= (lr * err) / Math.sqrt(gBias);
      for (let k = 0; k < DENSE_COUNT; k++) {
        const g = err * it.dense[k]!;
        gDense[k]! += g * g;
        fit.dense[k]! -= (lr * g) / Math.sqrt(gDense[k]!);
      }
      for (const b of it.buckets) {
        const g = err * it.scale + penalty[b]! * fit.hashed[b]!;
        gHashed[b]! += g * g;
        fit.hashed[b]! -= (lr * g) / Math.sqrt(gHashed[b]!);
      }
    }
  }
  return fit;
}

function predictRaw(fit: Fit, it: Item): number {
  let y = fit.bias;
  for (let k = 0; k < DENSE_COUNT; k++) y += fit.dense[k]! * it.dense[k]!;
  let h = 0;
  for (const b of it.buckets) h += fit.hashed[b]!;
  return y + h * it.scale;
}

function pearson(xs: number[], ys: number[]): number {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx, dy = ys[i]! - my;
    sxy += dx * dy; sxx += dx * dx; syy += dy * dy;
  }
  return sxy / Math.sqrt(sxx * syy);
}

const cls = (v: number, neg: number, pos: number): number => (v > pos ? 2 : v < neg ? 0 : 1);
function macroF1(pred: number[], gold: number[], neg: number, pos: number): number {
  const perClass = classF1(pred, gold, neg, pos).filter((f) => f !== null);
  return perClass.reduce((a, b) => a + b, 0) / perClass.length;
}
/** F1 of negative, neutral, positive (null for a class absent from gold and predictions). */
function classF1(pred: number[], gold: number[], neg: number, pos: number): Array<number | null> {
  const tp = [0, 0, 0], fp = [0, 0, 0], fn = [0, 0, 0];
  for (let i = 0; i < pred.length; i++) {
    const p = cls(pred[i]!, neg, pos), g = cls(gold[i]!, -0.05, 0.05);
    if (p === g) tp[g]!++;
    else { fn[g]!++; fp[p]!++; }
  }
  return [0, 1, 2].map((c) => (tp[c]! + fn[c]! + fp[c]! === 0 ? null : tp[c]! ? (2 * tp[c]!) / (2 * tp[c]! + fp[c]! + fn[c]!) : 0));
}

interface Report { r: number[]; f1: number[] }
function evaluate(preds: number[], items: Item[], neg: number, pos: number, bareScale = 1, withR = true): Report {
  const r: number[] = [], f1: number[] = [];
  for (let s = 0; s < SENTIMENT_SETS.length; s++) {
    const idx = items.map((it, i) => (it.set === s ? i : -1)).filter((i) => i >= 0);
    const p = idx.map((i) => Math.max(-1, Math.min(1, preds[i]!)));
    const g = idx.map((i) => items[i]!.target);
    r.push(withR ? pearson(p, g) : 0);
    f1.push(macroF1(idx.map((i, k) => (items[i]!.bare ? p[k]! * bareScale : p[k]!)), g, neg, pos));
  }
  return { r, f1 };
}
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
const show = (rep: Report): string =>
  SENTIMENT_SETS.map((n, s) => `${n.slice(0, 6)} r=${rep.r[s]!.toFixed(3)} F1=${rep.f1[s]!.toFixed(3)}`).join("  ");

/** Label thresholds (and the shrinking of evidence-free scores) maximising the mean macro-F1 over the sets. */
function chooseThresholds(preds: number[], items: Item[]): [number, number, number] {
  let best: [number, number, number] = [-0.05, 0.05, 1];
  let bestF = -1;
  for (const bare of [1, 0.7, 0.5, 0.35, 0.25, 0.15]) {
    for (let neg = -0.3; neg <= 0.1; neg += 0.01) {
      for (let pos = neg; pos <= 0.3; pos += 0.01) {
        const f = mean(evaluate(preds, items, neg, pos, bare, false).f1);
        if (f > bestF) { bestF = f; best = [neg, pos, bare]; }
      }
    }
  }
  return best;
}

function quantise(fit: Fit, [negativeBelow, positiveAbove, bareLabelScale]: number[], note: string): ModelWeights {
  const mags = Array.from(fit.hashed, Math.abs).sort((a, b) => a - b);
  const cap = mags[Math.floor(mags.length * 0.9995)]! || 1;
  const step = cap / 127;
  const q = new Int8Array(fit.hashed.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.max(-127, Math.min(127, Math.round(fit.hashed[i]! / step)));
  const round = (x: number): number => Number(x.toPrecision(6));
  return {
    bits: BITS,
    bias: round(fit.bias),
    dense: Array.from(fit.dense, round),
    hashedScale: Number(step.toPrecision(8)),
    hashed: Buffer.from(q.buffer).toString("base64"),
    negativeBelow: round(negativeBelow!),
    positiveAbove: round(positiveAbove!),
    bareLabelScale: round(bareLabelScale!),
    ...({ validation: note } as object),
  } as ModelWeights;
}

function main(): void {
  if (!existsSync(dataDir)) {
    console.log(`sentiment data not found at ${dataDir}: training skipped`);
    return;
  }
  const t0 = performance.now();
  const items = load();
  const trainPart = items.filter((it) => !it.validation);
  const valPart = items.filter((it) => it.validation);
  console.log(`${items.length} dev items (${trainPart.length} train, ${valPart.length} validation), features in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const grid = (name: string, fallback: string): number[] => (process.env[name] ?? fallback).split(",").map(Number);
  let best: { l2: number; bigramL2: number; lr: number; fit: Fit; score: number } | undefined;
  for (const l2 of grid("L2", "0.5,1,2")) {
    for (const bigramL2 of grid("BIGRAM_L2", "5,10,20")) {
      const lr = 0.05;
      const fit = train(trainPart, l2, lr, bigramL2);
      const preds = valPart.map((it) => predictRaw(fit, it));
      const rep = evaluate(preds, valPart, -0.05, 0.05);
      const score = mean(rep.r);
      console.log(`l2=${l2} bigram l2=${bigramL2}: validation ${show(rep)}  mean r=${score.toFixed(4)}`);
      if (!best || score > best.score) best = { l2, bigramL2, lr, fit, score };
    }
  }
  console.log(`rules alone (compound, no learning): validation ${show(evaluate(valPart.map((it) => it.dense[1]!), valPart, -0.05, 0.05))}`);
  const chosen = best!;
  const valPreds = valPart.map((it) => predictRaw(chosen.fit, it));
  const thresholds = chooseThresholds(valPreds, valPart);
  const [neg, pos, bareScale] = thresholds;
  const shippedOnTrain = decodeModel(quantise(chosen.fit, thresholds, ""));
  const qPreds = valPart.map((it) => {
    const s = scan(it.text);
    return predict(shippedOnTrain, s, applyRules(s));
  });
  const valReport = evaluate(qPreds, valPart, neg, pos, bareScale);
  const note = `validation (15% of dev, model fitted on the other 85%, int8 weights): ${show(valReport)}`;
  console.log(`chosen l2=${chosen.l2} bigram l2=${chosen.bigramL2}, thresholds negative < ${neg!.toFixed(2)}, positive > ${pos!.toFixed(2)}, evidence-free scores x ${bareScale}`);
  console.log(note);
  for (let set = 0; set < SENTIMENT_SETS.length; set++) {
    const idx = valPart.map((it, i) => (it.set === set ? i : -1)).filter((i) => i >= 0);
    const f = classF1(idx.map((i) => Math.max(-1, Math.min(1, qPreds[i]!)) * (valPart[i]!.bare ? bareScale! : 1)), idx.map((i) => valPart[i]!.target), neg, pos);
    console.log(`  ${SENTIMENT_SETS[set]}: F1 negative / neutral / positive = ${f.map((x) => (x === null ? "n/a" : x.toFixed(3))).join(" / ")}`);
  }

  const folds = Number(process.env.CV ?? 5);
  const cvNote = folds > 1 ? crossValidate(items, chosen, thresholds, folds) : "";

  const final = train(items, chosen.l2, chosen.lr, chosen.bigramL2);
  const weights = quantise(final, thresholds, cvNote ? `${note}; ${cvNote}` : note);
  const out = `// GENERATED by scripts/train-sentiment.ts (npm run train:sentiment). Do not edit by hand.
// Linear model of rating/4: bias + dense rule features + int8 hashed n-gram weights (base64, 2^bits).
export const SENTIMENT_MODEL = ${JSON.stringify(weights, null, 2)} as const;
`;
  writeFileSync(join(root, "src/analysis/sentiment/model.generated.ts"), out);
  console.log(`wrote model.generated.ts (${(out.length / 1024).toFixed(0)} KB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

/**
 * k-fold estimate of the chosen settings (CV=k, default 5; CV=0 skips it), less noisy than one 15% split
 * (the label thresholds still come from that split, so F1 is slightly optimistic; r is not affected).
 */
function crossValidate(items: Item[], chosen: { l2: number; lr: number; bigramL2: number }, thresholds: number[], folds: number): string {
  const fold = items.map((it) => hashString(`fold|${it.id}`) % folds);
  const preds = new Array<number>(items.length).fill(0);
  for (let f = 0; f < folds; f++) {
    const fit = train(items.filter((_, i) => fold[i] !== f), chosen.l2, chosen.lr, chosen.bigramL2);
    items.forEach((it, i) => {
      if (fold[i] === f) preds[i] = predictRaw(fit, it);
    });
  }
  const [neg, pos, bare] = thresholds;
  const cv = `${folds}-fold cross-validation on all dev items (float weights): ${show(evaluate(preds, items, neg!, pos!, bare!))}`;
  console.log(cv);
  console.log(`rules alone on all dev items:               ${show(evaluate(items.map((it) => it.dense[1]!), items, -0.05, 0.05))}`);
  return cv;
}

main();
