// `npm run train:sentiment`: trains the learned adjustment of src/analysis/sentiment (a linear regression
// of rating/4 on the rule features plus hashed word n-grams) on the DEV splits in ../shared/data/sentiment
// (or $SHARED_DIR/data/sentiment), and writes src/analysis/sentiment/model.generated.ts.
// Deterministic: 5-fold cross-validation (folds by id hash) chooses the regularisation and, from its
// out-of-fold predictions, the label thresholds; the shipped weights are then refitted on all dev items.
// Prints the cross-validated (held-out) figures, which are recorded with the weights.
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { decodeModel, intensity, predict } from "../src/analysis/sentiment/model";
import { applyRules } from "../src/analysis/sentiment/rules";
import { scan } from "../src/analysis/sentiment/tokenize";
import {
  asIntensityItems, chooseNeutralGate, chooseThresholds, crossValidate, dataDir, evaluate, load, quantise, root,
  SENTIMENT_SETS, show, train, predictRaw, type NeutralGateChoice,
} from "./lib/sentiment-train";

function main(): void {
  if (!existsSync(dataDir)) {
    console.log(`sentiment data not found at ${dataDir}: training skipped`);
    return;
  }
  const t0 = performance.now();
  const items = load();
  console.log(`${items.length} dev items, features in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  // Regularisation chosen on k-fold cross-validation: the setting whose weakest set is furthest above its
  // goal (issue 5: r >= .90 / .60 / .55 / .65), since every set's goal must hold, not their mean.
  const folds = Math.max(2, Number(process.env.CV ?? 5));
  const grid = (name: string, fallback: string): number[] => (process.env[name] ?? fallback).split(",").map(Number);
  let best: { l2: number; bigramL2: number; lr: number; outOfFold: number[]; margin: number } | undefined;
  for (const l2 of grid("L2", "2,4,8")) {
    for (const bigramL2 of grid("BIGRAM_L2", "10,20")) {
      const settings = { l2, bigramL2, lr: 0.05 };
      const outOfFold = crossValidate(items, settings, folds);
      const rep = evaluate(outOfFold, items, -0.05, 0.05);
      const margin = Math.min(...rep.r.map((r, s) => r - GOAL_R[s]!));
      console.log(`l2=${l2} bigram l2=${bigramL2}: ${folds}-fold CV ${show(rep)}  weakest margin ${margin.toFixed(4)}`);
      if (!best || margin > best.margin) best = { ...settings, outOfFold, margin };
    }
  }
  const chosen = best!;
  const { outOfFold } = chosen;
  // Label thresholds from the out-of-fold predictions (every dev item, none seen by the model that
  // predicted it): 16k items choose 4 numbers steadily.
  const plain = chooseThresholds(outOfFold, items);
  const thresholds: [number, number, number, number] = [...plain];
  const [, , bareScale, evidence] = thresholds;
  // The intensity model (|rating| / 4, the same features) and its neutral gate: its regularisation and the
  // gate chosen on its out-of-fold predictions by the label objective; the thresholds are re-chosen with
  // the gate in place.
  const intensityItems = asIntensityItems(items);
  let gate: NeutralGateChoice | null = null;
  let intensitySettings = chosen;
  let intensityOutOfFold: number[] = [];
  for (const l2 of grid("INTENSITY_L2", "2,4,8")) {
    const settings = { ...chosen, l2 };
    const oof = crossValidate(intensityItems, settings, folds);
    const g = chooseNeutralGate(outOfFold, oof, items, thresholds);
    console.log(`intensity l2=${l2}: ${g ? `gate ${g.neutralBelow.toFixed(3)}, weakest F1 margin over VADER ${g.objective.toFixed(4)}` : "no gate helps"}`);
    if (g && g.objective > (gate?.objective ?? -Infinity)) [gate, intensitySettings, intensityOutOfFold] = [g, settings, oof];
  }
  if (gate) [thresholds[0], thresholds[1]] = [gate.neg, gate.pos];
  const [neg, pos] = thresholds;
  console.log(`chosen l2=${chosen.l2} bigram l2=${chosen.bigramL2}, thresholds negative < ${neg.toFixed(2)}, positive > ${pos.toFixed(2)}, evidence-free scores x ${bareScale}, label leans on rule evidence x ${evidence}, ${gate ? `neutral where intensity (l2=${intensitySettings.l2}) < ${gate.neutralBelow.toFixed(3)}` : "no intensity gate (none helped)"}`);
  const neutralGate = gate ? { intensities: intensityOutOfFold, neutralBelow: gate.neutralBelow } : undefined;
  const ungated = evaluate(outOfFold, items, plain[0], plain[1], plain[2], true, plain[3]);
  console.log(`without the intensity gate (thresholds chosen without it): ${show(ungated)}`);
  const cv = evaluate(outOfFold, items, neg, pos, bareScale, true, evidence, neutralGate);
  const cvNote = `${folds}-fold cross-validation on all dev items (float weights): ${show(cv)}`;
  console.log(cvNote);
  cv.classF1.forEach((f, set) =>
    console.log(`  ${SENTIMENT_SETS[set]}: F1 negative / neutral / positive = ${f.map((x) => (x === null ? "n/a" : x.toFixed(3))).join(" / ")}`));
  console.log(`rules alone on all dev items:               ${show(evaluate(items.map((it) => it.dense[1]!), items, -0.05, 0.05))}`);

  const final = train(items, chosen.l2, chosen.lr, chosen.bigramL2);
  const finalIntensity = gate ? train(intensityItems, intensitySettings.l2, intensitySettings.lr, intensitySettings.bigramL2) : undefined;
  const weights = quantise(final, thresholds, cvNote, finalIntensity && { fit: finalIntensity, neutralBelow: gate!.neutralBelow });
  // The int8 weights must score like the float ones they replace.
  const shipped = decodeModel(weights);
  let worst = 0, total = 0, worstIntensity = 0;
  for (const it of items) {
    const s = scan(it.text);
    const d = Math.abs(predict(shipped, s, applyRules(s)) - predictRaw(final, it));
    if (finalIntensity) worstIntensity = Math.max(worstIntensity, Math.abs(intensity() - predictRaw(finalIntensity, it)));
    worst = Math.max(worst, d);
    total += d;
  }
  console.log(`int8 weights vs the float model on the dev items: mean difference ${(total / items.length).toFixed(4)}, largest ${worst.toFixed(4)}${finalIntensity ? `; intensity largest ${worstIntensity.toFixed(4)}` : ""}`);
  const out = `// GENERATED by scripts/train-sentiment.ts (npm run train:sentiment). Do not edit by hand.
// Linear model of rating/4: bias + dense rule features + int8 hashed n-gram weights (base64, 2^bits).
export const SENTIMENT_MODEL = ${JSON.stringify(weights, null, 2)} as const;
`;
  writeFileSync(join(root, "src/analysis/sentiment/model.generated.ts"), out);
  console.log(`wrote model.generated.ts (${(out.length / 1024).toFixed(0)} KB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

const GOAL_R = [0.9, 0.6, 0.55, 0.65];


main();
