// Dev helper: scores every dev text page in-process (same token/Jaccard rules as score-pages.mjs) and
// ranks pages by lost tokens, so the largest error classes show first.
//   SHARED_DIR=/work/shared npx tsx scripts/segment-text-rank.ts [N] [--html]
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { segmentHtml } from "../src/analysis/segment/html/index";
import { segmentText } from "../src/analysis/segment/text/index";

const shared = resolve(process.env.SHARED_DIR ?? "../shared");
const dir = join(shared, "data", "pages");
const tokens = (s: string): string[] => s.normalize("NFC").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
function overlap(p: string[], g: string[]): { tp: number; fp: number; fn: number } {
  const bg = new Map<string, number>();
  for (const t of g) bg.set(t, (bg.get(t) ?? 0) + 1);
  let tp = 0;
  for (const t of p) {
    const c = bg.get(t) ?? 0;
    if (c > 0) { tp++; bg.set(t, c - 1); }
  }
  return { tp, fp: p.length - tp, fn: g.length - tp };
}
interface C { text: string; parent: number | null }
function split(g: C[], p: C[]): { tp: number; fp: number; fn: number; pok: number; pn: number } {
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
  let pok = 0, pn = 0;
  for (const [i, j] of g2p) {
    const gp = g[i]!.parent;
    if (gp === null || gp === undefined) continue;
    pn++;
    const pp = p[j]!.parent;
    if (pp !== null && g2p.get(gp) === pp) pok++;
  }
  return { tp: g2p.size, fp: p.length - g2p.size, fn: g.length - g2p.size, pok, pn };
}
const rows: string[][] = [];
const tot = { pok: 0, pn: 0, btp: 0, bfp: 0, bfn: 0, ctp: 0, cfp: 0, cfn: 0, stp: 0, sfp: 0, sfn: 0 };
// --html: the same ranking for the HTML track (pages/NAME.html).
const html = process.argv.includes("--html");
for (const f of readdirSync(dir).filter((n) => n.endsWith(".txt")).sort()) {
  const gold = JSON.parse(readFileSync(join(dir, f.replace(/\.txt$/u, ".json")), "utf8"));
  const pred = html ? segmentHtml(readFileSync(join(dir, f.replace(/\.txt$/u, ".html")), "utf8")) : segmentText(readFileSync(join(dir, f), "utf8"));
  const b = overlap(tokens(pred.body.join("\n")), tokens((gold.body ?? []).join("\n")));
  const c = overlap(tokens(pred.comments.map((x) => x.text).join("\n")), tokens((gold.comments ?? []).map((x: C) => x.text).join("\n")));
  const s = split(gold.comments ?? [], pred.comments);
  tot.btp += b.tp; tot.ctp += c.tp; tot.stp += s.tp; tot.bfp += b.fp; tot.bfn += b.fn; tot.cfp += c.fp; tot.cfn += c.fn; tot.sfp += s.fp; tot.sfn += s.fn;
  rows.push([f.replace(/\.txt$/u, ""), String(b.fp + b.fn + c.fp + c.fn), `b+${b.fp}/-${b.fn}`, `c+${c.fp}/-${c.fn}`, `s+${s.fp}/-${s.fn} g${(gold.comments ?? []).length} p${pred.comments.length}`, `par ${s.pok}/${s.pn}`]);
  tot.pok += s.pok; tot.pn += s.pn;
}
rows.sort((a, b) => Number(b[1]) - Number(a[1]));
const n = Number(process.argv.find((a, i) => i >= 2 && /^\d+$/u.test(a)) ?? 40);
for (const r of rows.slice(0, n)) console.log(r.join("\t"));
const f1 = (tp: number, fp: number, fn: number): string => ((2 * tp) / (2 * tp + fp + fn)).toFixed(3);
console.log(JSON.stringify(tot));
console.log(`body_f1=${f1(tot.btp, tot.bfp, tot.bfn)} comment_f1=${f1(tot.ctp, tot.cfp, tot.cfn)} split_f1=${f1(tot.stp, tot.sfp, tot.sfn)} parent=${(tot.pok / tot.pn).toFixed(3)}`);
