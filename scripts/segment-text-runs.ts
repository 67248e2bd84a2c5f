// Dev helper: groups lines the text segmenter misplaces into runs (contiguous lines with the same
// predicted/gold pair, e.g. "B-" = predicted body, silver gold boilerplate) over all dev pages and lists
// the runs by lost tokens, largest first: the error classes to fix next.
//   SHARED_DIR=/work/shared npx tsx scripts/segment-text-runs.ts B- 40
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { segmentTextTraced } from "../src/analysis/segment/text/index";
const dir = join(resolve(process.env.SHARED_DIR ?? "../shared"), "data", "pages");
const want = process.argv[2] ?? "B-"; // predicted+gold
const tok = (s: string) => (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).length;
const runs: [number, string, number, string][] = [];
for (const f of readdirSync(dir).filter((n) => n.endsWith(".txt"))) {
  const gold = JSON.parse(readFileSync(join(dir, f.replace(".txt", ".json")), "utf8"));
  const goldOf = new Map<string, string>();
  const put = (t: string, tag: string) => { for (const l of t.split("\n")) { const k = l.trim(); if (k && !goldOf.has(k)) goldOf.set(k, tag); } };
  for (const c of gold.comments ?? []) put(c.text, "c");
  put(gold.title ?? "", "T");
  for (const b of gold.body ?? []) put(b, "B");
  for (const b of gold.boilerplate ?? []) put(b, "-");
  const { lines, destinations } = segmentTextTraced(readFileSync(join(dir, f), "utf8"));
  let cur: [number, string, number, string] | null = null;
  lines.forEach((l, i) => {
    const d = destinations[i]!;
    const p = d.kind === "comment-text" ? "c" : d.kind === "comment-meta" ? "-" : { title: "T", body: "B", boilerplate: "-" }[d.kind]!;
    let g = goldOf.get(l.text) ?? goldOf.get(l.content) ?? "?";
    if (g === "?") g = "-";
    if (p + g === want) {
      if (!cur) { cur = [0, f.slice(5, 13), l.index, ""]; runs.push(cur); }
      cur[0] += tok(l.text);
      if (cur[3].length < 300) cur[3] += " | " + l.text.slice(0, 70);
    } else cur = null;
  });
}
runs.sort((a, b) => b[0] - a[0]);
let total = 0; for (const r of runs) total += r[0];
console.log("total", total, "runs", runs.length);
for (const r of runs.slice(0, Number(process.argv[3] ?? 50))) console.log(r[0], r[1], r[2], r[3].slice(0, 300));
