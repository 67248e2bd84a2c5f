// Dev tool: runs segmentText over every dev page, the seeds and the hostile pages, and writes all
// outputs to one JSON file, so a speed-up can be proven not to change any output (compare two runs
// byte for byte: `cmp before.json after.json`).
// Usage: SHARED_DIR=/work/shared npx tsx scripts/segment-text-snapshot.ts OUT.json
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { segmentText } from "../src/analysis/segment/text/index";
import { hostileTextPage } from "../tests/analysis/hostile-text";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const shared = resolve(process.env.SHARED_DIR ?? join(root, "..", "shared"));
const out = process.argv[2];
if (!out) throw new Error("usage: segment-text-snapshot.ts OUT.json");

function textFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => join(dir, f));
}

const results: Record<string, unknown> = {};
const files = [...textFiles(join(shared, "data", "pages")), ...textFiles(join(shared, "seeds"))];
if (files.length === 0) console.log("snapshot: no pages found under", shared);
for (const file of files) results[file.slice(shared.length + 1)] = segmentText(readFileSync(file, "utf8"));
for (const kind of ["mixed", "one-line", "ladder", "stamps"] as const) {
  for (const size of [1 << 12, 1 << 16, 1 << 20]) results[`hostile:${kind}:${size}`] = segmentText(hostileTextPage(size, kind));
}
writeFileSync(out, JSON.stringify(results));
console.log(`snapshot: ${Object.keys(results).length} outputs -> ${out}`);
