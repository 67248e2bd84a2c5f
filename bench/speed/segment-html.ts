// HTML segmentation speed on the dev pages (../shared/data/pages/*.html or $SHARED_DIR), beside the
// parser alone (parse5, the floor of any DOM-based segmenter), plus pathological 10,000-deep nesting.
//
// Parser choice (measured on the same 140 dev pages, 21.9 MB, Node 20, one core, when this was built):
// parse5 8.1.1 ≈ 38 MB/s, htmlparser2 12 + domhandler ≈ 28 MB/s, linkedom 0.18 ≈ 12 MB/s; all three
// survive 10,000-deep nesting. parse5 is pure JS (Workers-safe) and builds the WHATWG tree, the same one
// jsdom builds for the gold renders (implied end tags, foster parenting, <noscript> as markup).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "parse5";
import { segmentHtml } from "../../src/analysis/segment/html/index";
import { bestMs, fmt } from "./_timing";

function loadPages(): string[] {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
  const shared = resolve(process.env.SHARED_DIR ?? join(root, "..", "shared"));
  const dir = join(shared, "data", "pages");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".html"))
    .sort()
    .map((f) => readFileSync(join(dir, f), "utf8"));
}

function mbPerSecond(pages: string[], bytes: number, fn: (html: string) => unknown, ms: number): number {
  for (const p of pages.slice(0, 10)) fn(p);
  let rounds = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    for (const p of pages) fn(p);
    rounds++;
    now = performance.now();
  }
  return (bytes * rounds) / ((now - start) / 1000) / 1e6;
}

export default async function (): Promise<void> {
  const pages = loadPages();
  if (pages.length === 0) {
    console.log("segment-html: ../shared/data/pages not found, page throughput skipped");
  } else {
    const bytes = pages.reduce((sum, p) => sum + new TextEncoder().encode(p).length, 0);
    const parseOnly = mbPerSecond(pages, bytes, (h) => parse(h, { scriptingEnabled: false }), 3000);
    const full = mbPerSecond(pages, bytes, segmentHtml, 3000);
    console.log(`pages: ${pages.length}, ${fmt(bytes / 1e6, 1)} MB`);
    console.log(`baseline parse5 parse only: ${fmt(parseOnly, 1)} MB/s`);
    console.log(`segmentHtml:                ${fmt(full, 1)} MB/s (goal >= 10)`);
  }
  const depth = 10_000;
  const deepDivs = `<html><body>${"<div class=comment>".repeat(depth)}deep text${"</div>".repeat(depth)}</body></html>`;
  const deepLists = `<ol class=commentlist>${'<li class="comment"><p>reply</p><ol class="children">'.repeat(depth)}`;
  const parseDeep = bestMs(() => parse(deepDivs, { scriptingEnabled: false }));
  const segDeep = bestMs(() => segmentHtml(deepDivs));
  const segLists = bestMs(() => segmentHtml(deepLists));
  console.log(`10,000-deep <div>: parse5 ${fmt(parseDeep, 1)} ms, segmentHtml ${fmt(segDeep, 1)} ms (goal < 100 ms)`);
  console.log(`10,000-deep nested comment lists: segmentHtml ${fmt(segLists, 1)} ms (goal < 100 ms)`);
}
