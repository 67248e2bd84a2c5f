// Dev helper: runs the hand-made probe lists of scripts/abuse-probes/ (one text per line; "innocent-*"
// files must not be flagged, "abusive-*" files must be) through detectAbuse and prints each miss with its
// score, categories and matches, then a count per file. The lists are rounds of our own devising, kept so
// the next round starts from the last one's figures (RULES.md); tests/analysis/abuse-handmade.test.ts
// holds the cases each round fixed, beside their innocent twins.
//   npx tsx scripts/abuse-probe.ts [file…]
import { readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { detectAbuse } from "../src/analysis/abuse/index";

const dir = join(dirname(fileURLToPath(import.meta.url)), "abuse-probes");
const files = process.argv.length > 2 ? process.argv.slice(2) : readdirSync(dir).sort().map((f) => join(dir, f));
for (const file of files) {
  const wantFlagged = basename(file).startsWith("abusive");
  const texts = readFileSync(file, "utf8").split("\n").filter((l) => l.trim() !== "" && !l.startsWith("#"));
  let flagged = 0;
  for (const text of texts) {
    const r = detectAbuse(text);
    if (r.flagged) flagged++;
    if (r.flagged === wantFlagged) continue;
    const matches = r.matches.map((m) => `${m.rule}:${text.slice(m.start, m.end)}`).join(" | ");
    console.log(`  ✗ ${r.score.toFixed(2)} [${r.categories.join(",")}] ${text}  ${matches}`);
  }
  console.log(`${basename(file)}: ${flagged} of ${texts.length} flagged (${wantFlagged ? "all" : "none"} should be)\n`);
}
