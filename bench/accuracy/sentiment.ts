// Sentiment accuracy on the VADER ground-truth sets (dev split in ../shared/data/sentiment): our
// scoreSentiment beside the `sentiment` package (AFINN-165) baseline, both scored by score-labels.mjs.
// VADER's figures are the published ones quoted in issue 5 (we do not run VADER).
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Sentiment from "sentiment";
import { scoreSentiment } from "../../src/analysis/sentiment/index";
import type { SentimentLabel } from "../../src/analysis/types";
import { lastLine, runScorer, type AccuracyContext } from "./context";

const SETS = ["tweets", "nytEditorialSnippets", "movieReviewSnippets", "amazonReviewSnippets"] as const;
/** Issue 5: VADER's Pearson r and macro-F1 per set; r goals per set. */
const VADER = { tweets: [0.879, 0.746], nytEditorialSnippets: [0.492, 0.521], movieReviewSnippets: [0.418, 0.405], amazonReviewSnippets: [0.572, 0.514] } as const;
const GOAL_R = { tweets: 0.9, nytEditorialSnippets: 0.6, movieReviewSnippets: 0.55, amazonReviewSnippets: 0.65 } as const;

const label = (score: number): SentimentLabel => (score > 0.05 ? "positive" : score < -0.05 ? "negative" : "neutral");
const afinn = new Sentiment();
/** AFINN baseline: the comparative score (valence per token) halved and clipped into [-1, 1]. */
function baseline(text: string): { score: number; label: SentimentLabel } {
  const score = Math.max(-1, Math.min(1, afinn.analyze(text).comparative / 2));
  return { score, label: label(score) };
}

const figures = (line: string): string => line.replace(/^kind=sentiment n=\d+ missing=\d+ /, "");

export default async function (ctx: AccuracyContext): Promise<void> {
  const dir = ctx.dataDir ? join(ctx.dataDir, "sentiment") : null;
  if (!dir || !existsSync(dir) || !ctx.benchDir) {
    console.log("sentiment data not found: skipped");
    return;
  }
  const tmp = mkdtempSync(join(tmpdir(), "sentiment-acc-"));
  try {
    for (const set of SETS) {
      const gold = join(dir, `${set}.jsonl`);
      const rows = readFileSync(gold, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as { id: string; text: string });
      const ours = rows.map((r) => {
        const { score, label } = scoreSentiment(r.text);
        return JSON.stringify({ id: r.id, sentiment: { score, label } });
      });
      const base = rows.map((r) => JSON.stringify({ id: r.id, sentiment: baseline(r.text) }));
      writeFileSync(join(tmp, `${set}.ours.jsonl`), ours.join("\n") + "\n");
      writeFileSync(join(tmp, `${set}.afinn.jsonl`), base.join("\n") + "\n");
      const o = lastLine(runScorer(ctx, "score-labels.mjs", [gold, join(tmp, `${set}.ours.jsonl`)]));
      const b = lastLine(runScorer(ctx, "score-labels.mjs", [gold, join(tmp, `${set}.afinn.jsonl`)]));
      const [vr, vf] = VADER[set];
      console.log(`${set} (${rows.length} dev items; includes the items the model was trained on)`);
      console.log(`  ours       ${figures(o)}`);
      console.log(`  sentiment  ${figures(b)}   (AFINN baseline, comparative/2 clipped)`);
      console.log(`  VADER      pearson_r=${vr.toFixed(3)} macro_f1=${vf.toFixed(3)}   (published, issue 5)  goal r >= ${GOAL_R[set].toFixed(2)}`);
    }
    // The honest estimate: the model refitted without the validation items (see train-sentiment.ts).
    const { SENTIMENT_MODEL } = await import("../../src/analysis/sentiment/model.generated");
    console.log("\nheld-out estimates recorded by train:sentiment (the figures above include training items):");
    for (const part of SENTIMENT_MODEL.validation.split("; ")) console.log(`  ${part}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
