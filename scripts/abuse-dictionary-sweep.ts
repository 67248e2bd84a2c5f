// Dev helper: the Scunthorpe sweep. Puts every word of an English word list (275k words) into a neutral
// sentence and prints each one the detector flags, with how: "whole" (a rule matched the word itself:
// a listed term, which may have an innocent sense — "spices" read as a slur's plural, "sniggered"),
// "inside" (a rule matched strictly inside the word) or "model" (no rule). Innocent words found this way
// go on the allow-lists (lexicon-terms.ts) with a test; RULES.md has the last sweep's figures.
// The word list is a dev-only download, not a dependency of the project:
//   npm i --no-save an-array-of-english-words@2.0.0
//   npx tsx scripts/abuse-dictionary-sweep.ts ["template with {} for the word"] > /tmp/sweep.tsv
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { detectAbuse } from "../src/analysis/abuse/index";

const require = createRequire(import.meta.url);
let listPath: string | null = null;
try {
  listPath = require.resolve("an-array-of-english-words/index.json");
} catch {
  listPath = null;
}
if (listPath === null || !existsSync(listPath)) {
  console.error("abuse-dictionary-sweep: install the word list first: npm i --no-save an-array-of-english-words@2.0.0");
  process.exit(2);
}
const template = process.argv[2] ?? "The {} was mentioned in the report.";
const words = JSON.parse(readFileSync(listPath, "utf8")) as string[];
const counts = { whole: 0, inside: 0, model: 0 };
for (const word of words) {
  const text = template.replace("{}", word);
  const r = detectAbuse(text);
  if (!r.flagged) continue;
  const ws = text.indexOf(word), we = ws + word.length;
  const rules = r.matches.filter((m) => m.rule !== "model");
  const kind = rules.some((m) => m.start <= ws && m.end >= we) ? "whole" : rules.some((m) => m.start >= ws && m.end <= we) ? "inside" : "model";
  counts[kind]++;
  console.log([kind, r.score.toFixed(2), r.categories.join(","), word, rules.map((m) => `${m.rule}:${text.slice(m.start, m.end)}`).join(" | ")].join("\t"));
}
console.error(`${words.length} words; flagged: ${counts.whole} by a rule on the word, ${counts.inside} by a rule inside it, ${counts.model} by the model alone`);
