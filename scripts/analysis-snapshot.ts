// Dev check for speed work on the whole analysis: writes, as one JSON file, the scores (abuse and
// sentiment, as createAnalyzer().scoreComment returns them) of the abuse and sentiment dev texts and
// the seeds' gold comments, and the full analyzePage output of every dev page (text and HTML), the seeds,
// the synthetic edge-bench pages and the hostile text pages. Two checkouts are output-identical when
// `cmp before.json after.json` says so.
// Usage: npx tsx scripts/analysis-snapshot.ts OUT.json [CHECKOUT]   (CHECKOUT defaults to this one, so
// `git archive <commit> | tar -x -C /tmp/before` and passing /tmp/before snapshots the old code with
// the same texts). Without ../shared it still covers the seeds and the synthetic and hostile pages.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { syntheticPage } from "../bench/edge-pages";
import type { Analyzer } from "../src/analysis/analyze";
import { hostileTextPage } from "../tests/analysis/hostile-text";
import { snapshotTexts } from "./abuse-snapshot";

const root = resolve(new URL(".", import.meta.url).pathname, "..");
const out = process.argv[2];
if (!out) throw new Error("usage: analysis-snapshot.ts OUT.json [CHECKOUT]");
const checkout = resolve(process.argv[3] ?? root);
const { createAnalyzer } = (await import(pathToFileURL(join(checkout, "src/analysis/analyze.ts")).href)) as {
  createAnalyzer: () => Analyzer;
};
const analyzer = createAnalyzer();

const sharedDir = [process.env.SHARED_DIR, resolve(root, "../shared"), resolve(root, "../../shared")].find(
  (d): d is string => d !== undefined && existsSync(join(d, "data")),
);

const texts = snapshotTexts(root) ?? [];
if (sharedDir) {
  const dir = join(sharedDir, "data", "sentiment");
  for (const file of existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".jsonl")).sort() : []) {
    for (const line of readFileSync(join(dir, file), "utf8").split("\n")) if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
  }
}

const pages: [string, string, "text" | "html"][] = [];
const pageDirs = [join(root, "seeds"), ...(sharedDir ? [join(sharedDir, "data", "pages"), join(sharedDir, "seeds")] : [])];
for (const dir of pageDirs.filter((d) => existsSync(d))) {
  for (const f of readdirSync(dir).sort()) {
    const format = f.endsWith(".txt") ? "text" : f.endsWith(".html") ? "html" : null;
    if (format) pages.push([join(dir, f), readFileSync(join(dir, f), "utf8"), format]);
  }
}
for (const n of [1, 20, 200]) pages.push([`synthetic:${n}`, syntheticPage(n, 1), "text"]);
for (const kind of ["mixed", "one-line", "ladder", "stamps"] as const) {
  for (const size of [1 << 12, 1 << 16]) pages.push([`hostile:${kind}:${size}`, hostileTextPage(size, kind), "text"]);
}

const results = {
  comments: texts.map((t) => analyzer.scoreComment(t)),
  pages: Object.fromEntries(pages.map(([name, content, format]) => [name.replace(`${root}/`, "").replace(`${sharedDir ?? "\0"}/`, "shared/"), analyzer.analyzePage(content, format)])),
};
writeFileSync(out, JSON.stringify(results) + "\n");
console.log(`analysis-snapshot (${checkout}): ${texts.length} comments, ${pages.length} pages -> ${out}`);
