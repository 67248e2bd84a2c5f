// Text segmentation throughput on the dev pages (../shared/data/pages/*.txt or $SHARED_DIR), beside a
// baseline in the same run (split lines and trim each: the least any line-based segmenter must do),
// plus the time for 1 MB of hostile text (one huge line, deep indentation ladders, endless list
// markers, thousands of stamps and headers) which must stay linear.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { segmentText } from "../../src/analysis/segment/text/index";
import { hostileTextPage } from "../../tests/analysis/hostile-text";
import { bestMs, fmt } from "./_timing";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

function loadPages(): string[] {
  const shared = resolve(process.env.SHARED_DIR ?? join(root, "..", "shared"));
  const dir = join(shared, "data", "pages");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(join(dir, f), "utf8"));
}

/** MB/s of fn over all pages, best of several rounds of about `ms` each. */
function throughput(pages: string[], fn: (s: string) => unknown, ms = 1500): number {
  const bytes = pages.reduce((a, p) => a + Buffer.byteLength(p, "utf8"), 0);
  for (const p of pages) fn(p); // warm-up
  let rounds = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    for (const p of pages) fn(p);
    rounds++;
  }
  const seconds = (performance.now() - start) / 1000;
  return (bytes * rounds) / seconds / 1e6;
}

const splitAndTrim = (s: string): number => {
  let n = 0;
  for (const l of s.split("\n")) if (l.trim().length > 0) n++;
  return n;
};

export default async function segmentTextSpeed(): Promise<void> {
  const pages = loadPages();
  if (pages.length === 0) {
    console.log("segment-text: ../shared/data/pages not found, throughput skipped");
  } else {
    const mb = pages.reduce((a, p) => a + Buffer.byteLength(p, "utf8"), 0) / 1e6;
    const base = throughput(pages, splitAndTrim);
    const seg = throughput(pages, segmentText);
    console.log(`dev pages: ${pages.length} pages, ${fmt(mb, 2)} MB`);
    console.log(`baseline split lines + trim   ${fmt(base, 1)} MB/s`);
    console.log(`segmentText                    ${fmt(seg, 1)} MB/s (goal >= 20 MB/s)`);
  }
  for (const kind of ["mixed", "one-line", "ladder", "stamps"] as const) {
    const page = hostileTextPage(1 << 20, kind);
    const ms = bestMs(() => segmentText(page), 3);
    const base = bestMs(() => splitAndTrim(page), 3);
    console.log(`hostile 1 MB (${kind.padEnd(8)}) segmentText ${fmt(ms, 1)} ms (goal < 100 ms); baseline ${fmt(base, 1)} ms`);
  }
}
