// Dev helper: ranks dev text pages by comment-split, parent and author errors (same matching as
// score-pages.mjs: Jaccard ≥ 0.5 on token sets, greedy best-first), so split/nesting work starts where
// the most comments are lost.
//   SHARED_DIR=/work/shared npx tsx scripts/segment-text-split-rank.ts [N] [--authors]
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { segmentText } from "../src/analysis/segment/text/index";

const dir = join(resolve(process.env.SHARED_DIR ?? "../shared"), "data", "pages");
const tokens = (s: string): string[] => s.normalize("NFC").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const fold = (s: string | null | undefined): string => (s ?? "").normalize("NFC").toLowerCase().replace(/\s+/gu, " ").trim();
interface C { text: string; author?: string | null; parent: number | null }
function match(g: C[], p: C[]): Map<number, number> {
  const gs = g.map((c) => new Set(tokens(c.text)));
  const ps = p.map((c) => new Set(tokens(c.text)));
  const pairs: [number, number, number][] = [];
  gs.forEach((a, i) => ps.forEach((b, j) => {
    let inter = 0;
    for (const t of a) if (b.has(t)) inter++;
    const u = a.size + b.size - inter;
    const jac = u ? inter / u : 1;
    if (jac >= 0.5) pairs.push([jac, i, j]);
  }));
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const g2p = new Map<number, number>(), pu = new Set<number>();
  for (const [, i, j] of pairs) if (!g2p.has(i) && !pu.has(j)) { g2p.set(i, j); pu.add(j); }
  return g2p;
}
const n = Number(process.argv[2] ?? 40);
const showAuthors = process.argv.includes("--authors");
const rows: [number, string][] = [];
const tot = { tp: 0, fp: 0, fn: 0, pok: 0, pn: 0, aok: 0, an: 0 };
for (const f of readdirSync(dir).filter((x) => x.endsWith(".txt")).sort()) {
  const gold = JSON.parse(readFileSync(join(dir, f.replace(/\.txt$/u, ".json")), "utf8"));
  const g: C[] = gold.comments ?? [];
  const p: C[] = segmentText(readFileSync(join(dir, f), "utf8")).comments;
  const m = match(g, p);
  let pok = 0, pn = 0, aok = 0, an = 0;
  const bad: string[] = [];
  for (const [i, j] of m) {
    const gp = g[i]!.parent;
    if (gp !== null && gp !== undefined) {
      pn++;
      if (p[j]!.parent !== null && m.get(gp) === p[j]!.parent) pok++;
    }
    const ga = g[i]!.author;
    if (typeof ga === "string" && ga.trim()) {
      an++;
      if (fold(ga) === fold(p[j]!.author)) aok++;
      else if (showAuthors) bad.push(`    author gold=${JSON.stringify(ga)} pred=${JSON.stringify(p[j]!.author)}`);
    }
  }
  const fp = p.length - m.size, fn = g.length - m.size;
  Object.assign(tot, { tp: tot.tp + m.size, fp: tot.fp + fp, fn: tot.fn + fn, pok: tot.pok + pok, pn: tot.pn + pn, aok: tot.aok + aok, an: tot.an + an });
  const cost = fp + fn + (pn - pok) + (showAuthors ? an - aok : 0);
  if (cost) rows.push([cost, `${f.replace(/\.txt$/u, "")}\tg${g.length} p${p.length} fp${fp} fn${fn}\tpar ${pok}/${pn}\tauth ${aok}/${an}${bad.length ? "\n" + bad.slice(0, 6).join("\n") : ""}`]);
}
rows.sort((a, b) => b[0] - a[0]);
for (const [c, r] of rows.slice(0, n)) console.log(`${c}\t${r}`);
const f1 = (2 * tot.tp) / (2 * tot.tp + tot.fp + tot.fn);
console.log(`split_f1=${f1.toFixed(3)} tp=${tot.tp} fp=${tot.fp} fn=${tot.fn} parent=${tot.pok}/${tot.pn} author=${tot.aok}/${tot.an}`);
