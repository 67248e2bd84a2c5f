// Dev helper: segments text pages and writes predictions (NAME.json) into an output directory.
//   npx tsx scripts/segment-text-dump.ts OUT_DIR FILE.txt…
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { segmentText } from "../src/analysis/segment/text/index";

const [out, ...files] = process.argv.slice(2);
if (!out) {
  console.error("usage: segment-text-dump OUT_DIR FILE.txt…");
  process.exit(2);
}
mkdirSync(out, { recursive: true });
for (const f of files) {
  const page = segmentText(readFileSync(f, "utf8"));
  writeFileSync(join(out, basename(f).replace(/\.txt$/u, ".json")), JSON.stringify(page, null, 1));
}
