// Dev helper: prints each line of a dev text page with the segmenter's destination beside the silver
// gold's (T title, B body, - boilerplate, cN comment text, mN comment meta, ? not found in gold).
// Lines where the two disagree are marked "!".
//   SHARED_DIR=/work/shared npx tsx scripts/segment-text-diff.ts NAME [--all]
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { segmentTextTraced } from "../src/analysis/segment/text/index";

const shared = resolve(process.env.SHARED_DIR ?? "../shared");
const name = process.argv[2];
if (!name) throw new Error("usage: segment-text-diff NAME [--all]");
const all = process.argv.includes("--all");
const base = join(shared, "data", "pages", name.replace(/\.(txt|json)$/u, ""));
const gold = JSON.parse(readFileSync(`${base}.json`, "utf8"));
const { lines, destinations, page } = segmentTextTraced(readFileSync(`${base}.txt`, "utf8"));
const goldOf = new Map<string, string>();
const put = (t: string, tag: string): void => {
  for (const l of t.split("\n")) {
    const k = l.trim();
    if (k && !goldOf.has(k)) goldOf.set(k, tag);
  }
};
(gold.comments ?? []).forEach((c: { text: string; author?: string; parent: number | null }, i: number) => {
  put(c.text, `c${i}`);
});
put(gold.title ?? "", "T");
for (const b of gold.body ?? []) put(b, "B");
for (const b of gold.boilerplate ?? []) put(b, "-");
const norm = (t: string): string => (t.startsWith("c") ? "c" : t.startsWith("m") ? "-" : t);
lines.forEach((l, i) => {
  const d = destinations[i]!;
  const p = d.kind === "comment-text" ? `c${d.comment}` : d.kind === "comment-meta" ? `m${d.comment}` : { title: "T", body: "B", boilerplate: "-" }[d.kind];
  let g = goldOf.get(l.text) ?? goldOf.get(l.content) ?? "?";
  if (g === "?") {
    for (const [k, v] of goldOf) if (k.length > 20 && (k.includes(l.content) || l.content.includes(k))) { g = v; break; }
  }
  const bad = norm(p) !== norm(g) && !(g === "?" && p === "-");
  if (all || bad) console.log(`${bad ? "!" : " "} ${String(l.index).padStart(4)} ${p.padEnd(4)} ${g.padEnd(4)} ${l.text.slice(0, 110)}`);
});
console.log("gold comments:", JSON.stringify((gold.comments ?? []).map((c: { author?: string; parent: number | null }) => [c.author ?? null, c.parent])));
console.log("pred comments:", JSON.stringify(page.comments.map((c) => [c.author, c.parent])));
