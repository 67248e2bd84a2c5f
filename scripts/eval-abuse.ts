// Validation figures of the COMBINED detector (model + rules, as detectAbuse computes them): trains the
// model on the training part only (same settings and split as `npm run train:abuse`) and scores the
// validation part, so none of these figures are training-set figures.
//   SHARED_DIR=… npx tsx scripts/eval-abuse.ts            the 20% validation split
//   SHARED_DIR=… npx tsx scripts/eval-abuse.ts --folds    every dev item, out of fold (5 models, ≈ 2 min):
//     five times the items, for the figures a split of a few dozen positives decides by chance (threats)
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createAbuseDetector } from "../src/analysis/abuse/index";
import { ABUSE_MODEL } from "../src/analysis/abuse/weights";
import { loadExamples, type Example } from "./abuse-data";
import { FOLDS, foldOf, prepare, SETTINGS, trainFoldModels } from "./abuse-train-lib";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dataDir = join(resolve(process.env.SHARED_DIR ?? join(root, "..", "shared")), "data");
if (!existsSync(join(dataDir, "abuse"))) {
  console.log(`no abuse data at ${dataDir}/abuse: evaluation skipped`);
  process.exit(0);
}
const examples = loadExamples(dataDir, SETTINGS.seed, SETTINGS.valShare);
// The operating point is the committed one (chosen by train:abuse on these same held-out predictions).
const folds = process.argv.includes("--folds") ? FOLDS : 1;
const foldOfExample = (e: Example) => (folds === 1 ? (e.val ? 0 : -1) : foldOf(e));
const data = prepare(examples);
interface Out { e: Example; flagged: boolean; cats: string[]; explain: string }
const outs: Out[] = [];
const models = trainFoldModels(examples, data, ABUSE_MODEL.threshold, folds, foldOfExample);
for (let fold = 0; fold < folds; fold++) {
  const detect = createAbuseDetector(undefined, models[fold]!);
  for (const e of examples) {
    if (foldOfExample(e) !== fold) continue;
    const r = detect(e.text);
    const explain = r.flagged ? `${r.score.toFixed(2)} ${r.matches.map((m) => `${m.term}:${m.rule}`).join(",")}` : "";
    outs.push({ e, flagged: r.flagged, cats: r.categories, explain });
  }
}
const val = outs.map((o) => o.e);
const bySet = (prefix: string) => outs.filter((o) => o.e.set.startsWith(prefix));
const f1 = (os: Out[]) => {
  let tp = 0, fp = 0, fn = 0;
  for (const o of os) { if (o.flagged && o.e.toxic) tp++; else if (o.flagged) fp++; else if (o.e.toxic) fn++; }
  return { f1: tp ? (2 * tp) / (2 * tp + fp + fn) : 0, p: tp / Math.max(1, tp + fp), r: tp / Math.max(1, tp + fn) };
};
const rate = (os: Out[]) => (os.length ? os.filter((o) => o.flagged).length / os.length : 0);
const fmt = (x: number) => x.toFixed(3);
const civil = bySet("civil").filter((o) => o.e.toxic);
const withCat = (os: Out[], c: string) => os.filter((o) => o.e.categories?.has(c));
console.log(`\ncombined detector on ${folds === 1 ? "the validation split" : `every dev item, out of ${folds} folds`} (${val.length} items)`);
console.log(`civil toxic recall ${fmt(rate(civil))} (n=${civil.length})  insult ${fmt(rate(withCat(civil, "insult")))} (n=${withCat(civil, "insult").length})  threat ${fmt(rate(withCat(civil, "threat")))} (n=${withCat(civil, "threat").length})  identity ${fmt(rate(withCat(civil, "identity_attack")))}  profanity ${fmt(rate(withCat(civil, "profanity")))}`);
for (const [name, prefix] of [["wiki toxicity", "wiki_toxicity"], ["OLID", "olid"], ["Davidson", "davidson"], ["madlibs", "bias_madlibs"]] as const) {
  const m = f1(bySet(prefix));
  console.log(`${name.padEnd(14)} F1 ${fmt(m.f1)}  P ${fmt(m.p)}  R ${fmt(m.r)}`);
}
const clean = (prefix: string) => bySet(prefix).filter((o) => !o.e.toxic);
console.log(`FPR CAT-LARGE clean ${fmt(rate(clean("wiki_cat_large")))} (n=${clean("wiki_cat_large").length})  NYT editorial ${fmt(rate(clean("prose_nyt")))}  movie reviews ${fmt(rate(clean("prose_movie")))}`);
// Naming: of the categories named on flagged items whose source labels that category, how many are right.
let named = 0, right = 0;
for (const o of outs) {
  if (!o.flagged || !o.e.toxic || !o.e.categories) continue;
  for (const c of o.cats) if (o.e.categoryKnown.has(c as never)) { named++; if (o.e.categories.has(c)) right++; }
}
console.log(`category naming precision ${fmt(right / Math.max(1, named))} (${named} named on labelled items)`);
for (const c of ["insult", "threat", "identity_attack", "profanity"]) {
  const gold = outs.filter((o) => o.e.categories?.has(c));
  console.log(`  named ${c.padEnd(16)} ${fmt(gold.filter((o) => o.cats.includes(c)).length / Math.max(1, gold.length))} (n=${gold.length})`);
}
if (process.argv.includes("--show-fp")) {
  const fpSet = process.argv[process.argv.indexOf("--show-fp") + 1] ?? "wiki_cat_large";
  for (const o of bySet(fpSet).filter((x) => x.flagged && !x.e.toxic).slice(0, Number(process.env.SHOW ?? 30))) {
    console.log(`FP ${o.explain} :: ${o.e.text.slice(0, 140).replace(/\n/g, " ")}`);
  }
}
if (process.argv.includes("--show-unnamed")) {
  // Items labelled with this category that are flagged but not named so (default identity_attack).
  const c = process.argv[process.argv.indexOf("--show-unnamed") + 1] ?? "identity_attack";
  for (const o of outs.filter((x) => x.flagged && x.e.categories?.has(c) && !x.cats.includes(c)).slice(0, 40)) {
    console.log(`UNNAMED [${o.cats.join(",")}] :: ${o.e.text.slice(0, 160).replace(/\n/g, " ")}`);
  }
}
if (process.argv.includes("--show-fn")) {
  const fnSet = process.argv[process.argv.indexOf("--show-fn") + 1] ?? "olid";
  for (const o of bySet(fnSet).filter((x) => !x.flagged && x.e.toxic).slice(0, Number(process.env.SHOW ?? 40))) {
    console.log(`FN :: ${o.e.text.slice(0, 160).replace(/\n/g, " ")}`);
  }
}
