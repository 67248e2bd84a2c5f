// Dev check for speed work on the analysis: times this checkout against another one (e.g.
// `git archive <commit> | tar -x -C /tmp/before`, node_modules linked) in ONE process, both bundled by
// esbuild as deployed, interleaving short rounds and keeping the best CPU time of each, so that a busy
// machine disturbs both alike. Covers analyzePage on the 200-comment synthetic page, segmentation alone,
// scoreComment, detectAbuse and scoreSentiment on the page's comments and on the typical comments of the
// comment-scoring bench.
// Usage: [ROUNDS=9] [CASES=regex] npx tsx scripts/analysis-speed-ab.ts /tmp/before
import { resolve } from "node:path";
import { syntheticPage } from "../bench/edge-pages";
import { importBundled } from "../bench/speed/_bundle";
import { TYPICAL_COMMENTS as TYPICAL } from "../bench/speed/_typical-comments";
import type { Analyzer } from "../src/analysis/analyze";
import type { SegmentedPage, SegmentOptions } from "../src/analysis/types";

interface Api {
  createAnalyzer: () => Analyzer;
  segment: (content: string, options: SegmentOptions) => SegmentedPage;
  detectAbuse: (text: string) => unknown;
  scoreSentiment: (text: string) => unknown;
}

const load = (dir: string) =>
  importBundled<Api>(
    ["analyze", "segment/index", "abuse/index", "sentiment/index"]
      .map((m, i) => `export { ${["createAnalyzer", "segment", "detectAbuse", "scoreSentiment"][i]} } from ${JSON.stringify(resolve(dir, "src/analysis", m))};`)
      .join("\n"),
  );

function cpuUs(fn: () => void, calls: number): number {
  const before = process.cpuUsage();
  for (let i = 0; i < calls; i++) fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / calls;
}

const other = process.argv[2];
if (!other) {
  console.log("usage: npx tsx scripts/analysis-speed-ab.ts <other checkout>");
} else {
  const apis = [await load(other), await load(resolve(new URL(".", import.meta.url).pathname, ".."))];
  const page = syntheticPage(200, 1);
  const texts = apis[0]!.segment(page, { format: "text" }).comments.map((c) => c.text);
  const n = texts.length;
  const analyzers = apis.map((a) => a.createAnalyzer());
  const cases: [string, number, (i: number) => () => void][] = [
    ["analyzePage, per comment", n, (i) => () => void analyzers[i]!.analyzePage(page, "text")],
    ["segment, per comment", n, (i) => () => void apis[i]!.segment(page, { format: "text" })],
    ["scoreComment (page comments)", n, (i) => () => { for (const t of texts) analyzers[i]!.scoreComment(t); }],
    ["detectAbuse (page comments)", n, (i) => () => { for (const t of texts) apis[i]!.detectAbuse(t); }],
    ["scoreSentiment (page comments)", n, (i) => () => { for (const t of texts) apis[i]!.scoreSentiment(t); }],
    ["scoreComment (typical, ~173 ch)", TYPICAL.length * 40, (i) => () => { for (let k = 0; k < 40; k++) for (const t of TYPICAL) analyzers[i]!.scoreComment(t); }],
  ];
  const rounds = Number(process.env.ROUNDS ?? 9);
  const only = process.env.CASES ? new RegExp(process.env.CASES, "i") : null;
  for (const [label, per, make] of cases) {
    if (only && !only.test(label)) continue;
    const fns = [make(0), make(1)];
    for (const f of fns) for (let w = 0; w < 3; w++) f();
    const best = [Infinity, Infinity];
    const ratios: number[] = []; // other / this, per round of back-to-back runs: drifts in load cancel out
    for (let r = 0; r < rounds; r++) {
      const first = r % 2; // alternate which one runs first
      const t = [0, 0];
      t[first] = cpuUs(fns[first]!, 3) / per;
      t[1 - first] = cpuUs(fns[1 - first]!, 3) / per;
      for (let k = 0; k < 2; k++) best[k] = Math.min(best[k]!, t[k]!);
      ratios.push(t[0]! / t[1]!);
    }
    ratios.sort((a, b) => a - b);
    const median = ratios[ratios.length >> 1]!;
    console.log(`${label.padEnd(34)} other ${best[0]!.toFixed(2).padStart(6)} µs   this ${best[1]!.toFixed(2).padStart(6)} µs   best ${(best[0]! / best[1]!).toFixed(2)}×, median of paired rounds ${median.toFixed(2)}×`);
  }
}
