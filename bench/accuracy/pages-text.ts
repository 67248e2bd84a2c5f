// Text-track page segmentation, scored by the shared score-pages.mjs on ../shared/data/pages/*.txt
// (silver gold in NAME.json) and on seeds/*.txt (seeds/gold), beside a naive baseline scored in the
// same run: every non-blank line is body, no comments.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SegmentedPage } from "../../src/analysis/types";
import { segmentText } from "../../src/analysis/segment/text/index";
import { lastLine, runScorer, type AccuracyContext } from "./context";

type Segmenter = (content: string) => SegmentedPage;

const naive: Segmenter = (content) => {
  const lines = content.split("\n").map((l) => l.trim()).filter((l) => l.length > 0);
  return { title: lines[0] ?? "", body: lines.slice(1), boilerplate: [], comments: [] };
};

/** Writes NAME.json predictions for every NAME.txt in `dir` into a fresh temp dir; returns it. */
function predict(dir: string, segment: Segmenter): string {
  const out = mkdtempSync(join(tmpdir(), "pages-text-"));
  for (const f of readdirSync(dir).filter((n) => n.endsWith(".txt"))) {
    const page = segment(readFileSync(join(dir, f), "utf8"));
    writeFileSync(join(out, f.replace(/\.txt$/u, ".json")), JSON.stringify(page));
  }
  return out;
}

function score(ctx: AccuracyContext, label: string, textDir: string, goldDir: string, segment: Segmenter, table: boolean): void {
  const pred = predict(textDir, segment);
  try {
    const out = runScorer(ctx, "score-pages.mjs", [goldDir, pred]);
    const lines = out.trimEnd().split("\n");
    if (table) {
      // The table's summary: MACRO and MICRO rows plus the counts line.
      for (const l of lines) if (/^(MACRO|MICRO|comment count error)/u.test(l)) console.log(`  ${l}`);
    }
    console.log(`${label.padEnd(22)} ${lastLine(out)}`);
  } finally {
    rmSync(pred, { recursive: true, force: true });
  }
}

export default async function pagesText(ctx: AccuracyContext): Promise<void> {
  if (!ctx.benchDir) {
    console.log("pages-text: ../shared/bench not found, skipped");
    return;
  }
  const seedsDir = join(ctx.root, "seeds");
  if (existsSync(join(seedsDir, "gold"))) {
    score(ctx, "seeds segmentText", seedsDir, join(seedsDir, "gold"), segmentText, true);
    score(ctx, "seeds naive", seedsDir, join(seedsDir, "gold"), naive, false);
  }
  const pagesDir = ctx.dataDir ? join(ctx.dataDir, "pages") : null;
  if (!pagesDir || !existsSync(pagesDir)) {
    console.log("pages-text: ../shared/data/pages not found, dev pages skipped");
    return;
  }
  // score-pages.mjs reads every NAME.json in the gold dir: the pages dir holds only gold JSON files.
  score(ctx, "pages segmentText", pagesDir, pagesDir, segmentText, true);
  score(ctx, "pages naive", pagesDir, pagesDir, naive, false);
}
