// Whole-page analysis speed: createAnalyzer().analyzePage (text segmentation + abuse + sentiment of
// every comment) on the 200-comment synthetic page of `npm run bench:edge`, per comment, beside its
// parts measured in the same run: segmentation alone, and scoreComment over the page's comments alone
// (the scoring-only baseline: what the page costs beyond scoring is segmentation and assembly).
// Budget (issue 8): 5 ms CPU for a whole 200-comment POST /v1/pages, so ≤ ~2.5 ms (≈ 12 µs per comment)
// for the analysis. Timed twice: as bundled by esbuild (as deployed: the Worker bundle) and through
// tsx's loader (as `npm start` runs the Node service). CPU time, best of several rounds.
import type { Analyzer } from "../../src/analysis/analyze";
import { createAnalyzer } from "../../src/analysis/analyze";
import { segment } from "../../src/analysis/segment/index";
import { storySignature } from "../../src/analysis/stories";
import type { SegmentedPage, SegmentOptions } from "../../src/analysis/types";
import { syntheticPage } from "../edge-pages";
import { importBundled } from "./_bundle";
import { cpuMsPerCall } from "./_timing";

interface Api {
  createAnalyzer: () => Analyzer;
  segment: (content: string, options: SegmentOptions) => SegmentedPage;
  storySignature: (title: string, body: string) => Uint32Array | null;
}

function measure(label: string, api: Api, page: string): void {
  const analyzer = api.createAnalyzer();
  const texts = api.segment(page, { format: "text" }).comments.map((c) => c.text);
  const n = texts.length;
  const whole = cpuMsPerCall(() => analyzer.analyzePage(page, "text"), 8);
  const seg = cpuMsPerCall(() => api.segment(page, { format: "text" }), 8);
  const scoring = cpuMsPerCall(() => { for (const t of texts) analyzer.scoreComment(t); }, 8);
  const segmented = api.segment(page, { format: "text" });
  const body = segmented.body.join("\n");
  const story = cpuMsPerCall(() => api.storySignature(segmented.title, body), 200);
  const us = (ms: number) => `${((ms * 1000) / n).toFixed(1).padStart(5)} µs/comment (${ms.toFixed(2)} ms/page)`;
  console.log(`${label}:`);
  console.log(`  analyzePage (whole page)        ${us(whole)}`);
  console.log(`  segmentation alone              ${us(seg)}`);
  console.log(`  scoreComment × ${n} alone (base) ${us(scoring)}`);
  console.log(`  whole − scoring alone           ${us(whole - scoring)}`);
  console.log(`  story signature (POST /v1/pages, once per page): ${(story * 1000).toFixed(1)} µs`);
}

export default async function (): Promise<void> {
  const page = syntheticPage(200, 1);
  const comments = segment(page, { format: "text" }).comments;
  const avg = comments.reduce((a, c) => a + c.text.length, 0) / comments.length;
  console.log(`synthetic page: ${page.length} characters, ${comments.length} comments of ${avg.toFixed(0)} characters on average; CPU time, best of 7 rounds`);
  const bundled = await importBundled<Api>(
    'export { createAnalyzer } from "./src/analysis/analyze"; export { segment } from "./src/analysis/segment/index"; export { storySignature } from "./src/analysis/stories";',
  );
  measure("esbuild bundle (as deployed)", bundled, page);
  measure("tsx loader (as `npm start`)", { createAnalyzer, segment, storySignature }, page);
  console.log("budget: ≤ 12 µs/comment (2.5 ms for 200 comments: half of the 5 ms edge CPU budget)");
}
