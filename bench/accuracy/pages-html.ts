// HTML track of page segmentation on ../shared/data/pages/*.html, scored by score-pages.mjs, beside a
// naive baseline (every rendered line is body, no comments) measured in the same run.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { segmentHtml } from "../../src/analysis/segment/html/index";
import { parseHtml } from "../../src/analysis/segment/html/dom";
import { computeNames } from "../../src/analysis/segment/html/names";
import { renderLines } from "../../src/analysis/segment/html/render";
import type { SegmentedPage } from "../../src/analysis/types";
import { lastLine, runScorer, type AccuracyContext } from "./context";

function naive(html: string): SegmentedPage {
  const dom = parseHtml(html);
  const lines = renderLines({ dom, names: computeNames(dom), candidate: new Uint8Array(dom.size), bodyRoot: -1, titleEl: -1, textLen: new Int32Array(dom.size) });
  return { title: dom.docTitle, body: lines.text, boilerplate: [], comments: [] };
}

function summary(out: string): string[] {
  const rows = out.trimEnd().split("\n");
  return rows.filter((r) => r.startsWith("MACRO") || r.startsWith("MICRO") || r.startsWith("comment count") || r.startsWith("predictions missing"));
}

export default async function (ctx: AccuracyContext): Promise<void> {
  const pagesDir = ctx.dataDir ? join(ctx.dataDir, "pages") : null;
  if (!pagesDir || !existsSync(pagesDir) || !ctx.benchDir) {
    console.log("pages-html: ../shared/data/pages not found, skipped");
    return;
  }
  const names = readdirSync(pagesDir).filter((f) => f.endsWith(".html")).sort();
  const ours = mkdtempSync(join(tmpdir(), "seg-html-"));
  const base = mkdtempSync(join(tmpdir(), "seg-html-naive-"));
  try {
    for (const f of names) {
      const html = readFileSync(join(pagesDir, f), "utf8");
      const stem = f.replace(/\.html$/, "");
      writeFileSync(join(ours, `${stem}.json`), JSON.stringify(segmentHtml(html)));
      writeFileSync(join(base, `${stem}.json`), JSON.stringify(naive(html)));
    }
    const baseOut = runScorer(ctx, "score-pages.mjs", [pagesDir, base]);
    const out = runScorer(ctx, "score-pages.mjs", [pagesDir, ours]);
    if (process.env.SEG_HTML_TABLE) console.log(out);
    console.log(`baseline (all text as body, no comments): ${lastLine(baseOut)}`);
    for (const row of summary(out)) console.log(row);
    console.log(lastLine(out));
  } finally {
    rmSync(ours, { recursive: true, force: true });
    rmSync(base, { recursive: true, force: true });
  }
}
