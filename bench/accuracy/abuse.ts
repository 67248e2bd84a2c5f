// Abuse accuracy on every dev set in ../shared/data/abuse, scored by ../shared/bench/score-labels.mjs:
// detectAbuse beside the bad-words baseline (isProfane → flagged), both measured in this run.
// The committed model was trained on all of these dev items, so its row ("detectAbuse") is optimistic by
// construction. The "out of fold" row is the figure to read: every item scored by the whole detector with
// a model trained without its fold (5 folds, as train:abuse and scripts/eval-abuse.ts --folds cut them);
// items training never reads (borderline Civil rows, madlibs beyond its sample) keep the committed
// model's score, which never saw them either.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Filter } from "bad-words";
import { createAbuseDetector, detectAbuse } from "../../src/analysis/abuse/index";
import { ABUSE_MODEL } from "../../src/analysis/abuse/weights";
import { loadExamples } from "../../scripts/abuse-data";
import { FOLDS, foldOf, prepare, SETTINGS, trainFoldModels } from "../../scripts/abuse-train-lib";
import { lastLine, runScorer, type AccuracyContext } from "./context";

interface Row { id: string; text: string }
type Predict = (text: string) => { flagged: boolean; score: number; categories: string[] };

const pick = (line: string, keys: string[]): string =>
  keys.map((k) => `${k}=${new RegExp(`(?:^| )${k}=(\\S+)`).exec(line)?.[1] ?? "-"}`).join(" ");

export default async function (ctx: AccuracyContext): Promise<void> {
  if (!ctx.dataDir || !ctx.benchDir) {
    console.log("shared data not available: abuse accuracy skipped");
    return;
  }
  const dir = join(ctx.dataDir, "abuse");
  const sets = readdirSync(dir).filter((f) => f.endsWith(".jsonl")).sort();
  const filter = new Filter();
  const outOfFold = outOfFoldDetector(ctx.dataDir);
  const systems: [string, Predict][] = [
    ["out of fold", outOfFold],
    ["detectAbuse", (t) => { const r = detectAbuse(t); return { flagged: r.flagged, score: r.score, categories: r.categories }; }],
    ["bad-words", (t) => { const f = filter.isProfane(t); return { flagged: f, score: f ? 1 : 0, categories: f ? ["profanity"] : [] }; }],
  ];
  const tmp = mkdtempSync(join(tmpdir(), "abuse-acc-"));
  const keys = ["n", "precision", "recall", "f1", "fpr", "recall_insult", "recall_threat", "recall_identity_attack", "recall_profanity"];
  try {
    for (const set of sets) {
      const rows = readFileSync(join(dir, set), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Row);
      console.log(`\n${set}`);
      for (const [name, predict] of systems) {
        const predPath = join(tmp, `${name}-${set}`);
        const t0 = performance.now();
        writeFileSync(predPath, rows.map((r) => JSON.stringify({ id: r.id, abuse: predict(r.text) })).join("\n") + "\n");
        const ms = performance.now() - t0;
        const out = runScorer(ctx, "score-labels.mjs", [join(dir, set), predPath]);
        const auc = /AUC (\S+)/.exec(out)?.[1] ?? "n/a";
        console.log(`  ${name.padEnd(12)} ${pick(lastLine(out), keys)} auc=${auc}  (${(rows.length / (ms / 1000)).toFixed(0)} items/s)`);
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * A predictor that scores each dev text with the detector built on the fold model that never trained on
 * it (texts are keyed by content: the folds cut by a hash of the normalised text, so a text is in one fold).
 */
function outOfFoldDetector(dataDir: string): Predict {
  const t0 = Date.now();
  const examples = loadExamples(dataDir, SETTINGS.seed, SETTINGS.valShare);
  const foldByText = new Map<string, number>();
  for (const e of examples) foldByText.set(e.text, foldOf(e));
  const log = console.log;
  console.log = () => {}; // training's progress lines
  const detectors = trainFoldModels(examples, prepare(examples), ABUSE_MODEL.threshold).map((m) => createAbuseDetector(undefined, m));
  console.log = log;
  console.log(`(out of fold: ${FOLDS} fold models trained in ${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  return (text) => {
    const fold = foldByText.get(text);
    const r = fold === undefined ? detectAbuse(text) : detectors[fold]!(text);
    return { flagged: r.flagged, score: r.score, categories: r.categories };
  };
}
