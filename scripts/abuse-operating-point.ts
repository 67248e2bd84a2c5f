// The operating point (the P(toxic) that maps to 0.5) chosen on the whole detector's out-of-fold figures.
// train:abuse first picks it on the model's out-of-fold scores with the rule floors added (abuse-report.ts
// flaggedAt), which leaves out what detectAbuse adds: the bar for short texts, naming threats only with a
// cue, impersonal "will kill you", spam. Near that first pick the two disagree by a point or so of
// Wikipedia F1 (0.49 and 0.50 gave the same model figures but 0.763 and 0.752 on the detector), so the
// candidates around it are scored the way eval-abuse --folds scores: every dev item by the detector with
// a model trained without its fold.
import { createAbuseDetector } from "../src/analysis/abuse/index";
import type { Example } from "./abuse-data";
import { metricsAt, objective, type Scored } from "./abuse-report";
import { type Prepared, trainFoldModels } from "./abuse-train-lib";

const NO_EVIDENCE = [0, 0, 0, 0, 0, 0];
/** Candidates: the first pick ± SPAN hundredths (on other fold draws the detector's best lay 0.05 below the model's pick). */
const SPAN = 10;

export function detectorOperatingPoint(
  examples: Example[], data: Prepared, folds: number, foldOf: (e: Example) => number, first: number, amazon: string[],
): number {
  const models = trainFoldModels(examples, data, first, folds, foldOf);
  let best = first, bestObjective = -Infinity;
  console.log("\nwhole detector, out of fold (flagged as detectAbuse flags):");
  for (let k = -SPAN; k <= SPAN; k++) {
    const t = Math.round((first + k / 100) * 100) / 100;
    if (t <= 0 || t >= 1) continue;
    const detectors = models.map((m) => createAbuseDetector(undefined, { ...m, threshold: t }));
    // Flags as 1/0 scores, read by metricsAt at 0.5 with no rule floor: the detector already applied them.
    const items: Scored[] = examples.map((e) => ({
      set: e.set, toxic: e.toxic, cats: e.categories, p: detectors[foldOf(e)]!(e.text).flagged ? 1 : 0, ev: NO_EVIDENCE,
    }));
    const clean = amazon.map((text, i) => ({ p: detectors[i % folds]!(text).flagged ? 1 : 0, ev: NO_EVIDENCE }));
    const m = metricsAt(items, clean, 0.5);
    const o = objective(m);
    console.log(`${t.toFixed(2)}  civil ${m.civil_recall!.toFixed(3)} threat ${m.civil_threat_recall!.toFixed(3)}  wiki ${m.wikitox_f1!.toFixed(3)}  olid ${m.olid_f1!.toFixed(3)}  catlarge ${m.catlarge_fpr!.toFixed(4)}  nyt ${m.nyt_fpr!.toFixed(3)}  objective ${o.toFixed(4)}`);
    if (o > bestObjective) { bestObjective = o; best = t; }
  }
  return best;
}
