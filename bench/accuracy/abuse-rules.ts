// Rules alone (no model), scored by the shared score-labels.mjs on the abuse dev splits, beside
// bad-words' isProfane on the same items: how much the rule side contributes to detectAbuse.
// Flagged when some non-spam category's rule evidence reaches 0.5. Run: npx tsx bench/accuracy.ts abuse-rules
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Filter } from "bad-words";
import { ruleEvidence } from "../../src/analysis/abuse/evidence";
import { findAbuseMatches } from "../../src/analysis/abuse/rules";
import { ABUSE_CATEGORIES } from "../../src/analysis/types";
import { type AccuracyContext, lastLine, runScorer } from "./context";

const SETS = ["civil_toxic_spans", "wiki_toxicity_test", "wiki_cat_large", "olid_test", "davidson"];
const THRESHOLD = 0.5;

export default async function run(ctx: AccuracyContext): Promise<void> {
  if (!ctx.dataDir || !ctx.benchDir) {
    console.log("abuse-rules: ../shared/data or ../shared/bench not found, skipped");
    return;
  }
  const out = mkdtempSync(join(tmpdir(), "abuse-rules-"));
  const filter = new Filter();
  for (const set of SETS) {
    const gold = join(ctx.dataDir, "abuse", `${set}.jsonl`);
    const rows = readFileSync(gold, "utf8").trim().split("\n").map((l) => JSON.parse(l) as { id: string; text: string });
    const ours: string[] = [];
    const theirs: string[] = [];
    for (const r of rows) {
      const ev = ruleEvidence(findAbuseMatches(r.text));
      const categories = ABUSE_CATEGORIES.filter((c) => c !== "spam" && ev[c] >= THRESHOLD);
      const score = Math.max(...ABUSE_CATEGORIES.filter((c) => c !== "spam").map((c) => ev[c]));
      ours.push(JSON.stringify({ id: r.id, abuse: { flagged: categories.length > 0, score, categories } }));
      const profane = filter.isProfane(r.text);
      theirs.push(JSON.stringify({ id: r.id, abuse: { flagged: profane, score: profane ? 1 : 0, categories: profane ? ["profanity"] : [] } }));
    }
    const oursPath = join(out, `${set}.rules.jsonl`);
    const theirsPath = join(out, `${set}.bad-words.jsonl`);
    writeFileSync(oursPath, `${ours.join("\n")}\n`);
    writeFileSync(theirsPath, `${theirs.join("\n")}\n`);
    console.log(`${set}`);
    console.log(`  rules      ${lastLine(runScorer(ctx, "score-labels.mjs", [gold, oursPath]))}`);
    console.log(`  bad-words  ${lastLine(runScorer(ctx, "score-labels.mjs", [gold, theirsPath]))}`);
  }
}
