// Dev check for speed work on detectAbuse: runs it over the abuse dev texts (first 3,000 lines of each
// ../shared/data/abuse/*.jsonl) plus the seeds' gold comments and writes every result as JSON, so that a
// refactor can be proven output-identical with `cmp before.json after.json`.
// Usage: npm run abuse:snapshot -- OUT.json   (prints a line and exits 0 without the shared data)
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { detectAbuse } from "../src/analysis/abuse/index";

const LINES_PER_FILE = 3000;

/** Every text the snapshot covers, in a fixed order. */
export function snapshotTexts(root: string): string[] | null {
  // ../shared from the main checkout; ../../shared from a worktree under /work/wt.
  const candidates = process.env.SHARED_DIR ? [process.env.SHARED_DIR] : [resolve(root, "../shared"), resolve(root, "../../shared")];
  const dataDir = candidates.map((d) => join(d, "data", "abuse")).find((d) => existsSync(d));
  if (!dataDir) return null;
  const texts: string[] = [];
  for (const file of readdirSync(dataDir).filter((f) => f.endsWith(".jsonl")).sort()) {
    const lines = readFileSync(join(dataDir, file), "utf8").split("\n").filter(Boolean).slice(0, LINES_PER_FILE);
    for (const l of lines) texts.push((JSON.parse(l) as { text: string }).text);
  }
  const goldDir = join(root, "seeds", "gold");
  for (const file of readdirSync(goldDir).filter((f) => f.endsWith(".json")).sort()) {
    const gold = JSON.parse(readFileSync(join(goldDir, file), "utf8")) as { comments?: { text: string }[] };
    for (const c of gold.comments ?? []) texts.push(c.text);
  }
  return texts;
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const root = resolve(new URL(".", import.meta.url).pathname, "..");
  const texts = snapshotTexts(root);
  if (!texts) {
    console.log("abuse-snapshot: no shared data (../shared/data/abuse): skipped");
  } else {
    const out = process.argv[2] ?? "abuse-snapshot.json";
    const results = texts.map((t) => detectAbuse(t));
    writeFileSync(out, JSON.stringify(results) + "\n");
    console.log(`abuse-snapshot: ${texts.length} texts, ${results.filter((r) => r.flagged).length} flagged -> ${out}`);
  }
}
