// Abuse accuracy on every dev set in ../shared/data/abuse, scored by ../shared/bench/score-labels.mjs:
// detectAbuse beside the bad-words baseline (isProfane → flagged), both measured in this run.
// Note: the model was trained on these dev sets (minus nothing): these are dev figures, optimistic by
// construction; `npm run train:abuse` prints the internal-validation figures that are not.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Filter } from "bad-words";
import { detectAbuse } from "../../src/analysis/abuse/index";
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
  const systems: [string, Predict][] = [
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
