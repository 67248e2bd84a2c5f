import { crossValidate, load } from "./lib/sentiment-train";
import { applyRules } from "../src/analysis/sentiment/rules";
import { scan } from "../src/analysis/sentiment/tokenize";
const items = load();
const oof = crossValidate(items, { l2: 4, bigramL2: 10, lr: 0.05 }, 5);
const set = Number(process.env.SET ?? 0);
const rows = items.map((it, i) => ({ it, p: oof[i]!, e: oof[i]! - it.target })).filter((x) => x.it.set === set).sort((a, b) => Math.abs(b.e) - Math.abs(a.e));
for (const { it, p } of rows.slice(0, 45)) console.log(`${(it.target * 4).toFixed(1)} M=${(p * 4).toFixed(1)} ${it.text.replace(/\n/g, " ").slice(0, 160)} || ${applyRules(scan(it.text)).contributions.map((c) => c.term + ":" + c.weight).join(",")}`);
