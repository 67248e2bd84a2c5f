// HTML segmentation speed on the dev pages (../shared/data/pages/*.html or $SHARED_DIR), beside the
// parser alone (htmlparser2's Parser with empty callbacks: the floor of this segmenter), plus
// pathological 10,000-deep nesting.
//
// Parser choice (140 dev pages, 21.9 MB, Node 20; see the report for the figures): parse5 8.1.1 (full
// WHATWG tree), htmlparser2 12 + domhandler (tree), linkedom 0.18 (DOM) were measured; all survive
// 10,000-deep nesting, none recurses. htmlparser2's streaming Parser, feeding our flat arrays directly
// without building a tree, was about 3x faster than parse5 plus flattening, gave the same accuracy on the
// dev pages, and is pure JS (Workers-safe). Its open-element stack uses Array#unshift, so the parser
// itself is super-linear on extreme nesting: the deep figures below show that cost.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Parser } from "htmlparser2";
import { segmentHtml } from "../../src/analysis/segment/html/index";
import { bestMs, fmt } from "./_timing";

/** The parser with nothing attached: tokenising and tag balancing only. */
function parseOnly(html: string): void {
  new Parser({ onopentag() {}, ontext() {}, onclosetag() {} }, { decodeEntities: true }).end(html);
}

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
    const parseRate = mbPerSecond(pages, bytes, parseOnly, 3000);
    const full = mbPerSecond(pages, bytes, segmentHtml, 3000);
    console.log(`pages: ${pages.length}, ${fmt(bytes / 1e6, 1)} MB`);
    console.log(`baseline htmlparser2 parse only: ${fmt(parseRate, 1)} MB/s`);
    console.log(`segmentHtml:                ${fmt(full, 1)} MB/s (goal >= 10)`);
  }
  const depth = 10_000;
  const deepDivs = `<html><body>${"<div class=comment>".repeat(depth)}deep text${"</div>".repeat(depth)}</body></html>`;
  const deepLists = `<ol class=commentlist>${'<li class="comment"><p>reply</p><ol class="children">'.repeat(depth)}`;
  const parseDeep = bestMs(() => parseOnly(deepDivs));
  const parseLists = bestMs(() => parseOnly(deepLists));
  const segDeep = bestMs(() => segmentHtml(deepDivs));
  const segLists = bestMs(() => segmentHtml(deepLists));
  console.log(`10,000-deep <div>: parser alone ${fmt(parseDeep, 1)} ms, segmentHtml ${fmt(segDeep, 1)} ms (goal < 100 ms)`);
  console.log(`10,000-deep nested comment lists: parser alone ${fmt(parseLists, 1)} ms, segmentHtml ${fmt(segLists, 1)} ms (goal < 100 ms)`);
}
