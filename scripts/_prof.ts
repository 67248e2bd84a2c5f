import { readdirSync, readFileSync } from "node:fs";
import { segmentText } from "../src/analysis/segment/text/index";
import { hostileTextPage } from "../tests/analysis/hostile-text";
const dir = "/work/shared/data/pages";
const pages = process.argv[2] === "stamps" ? [hostileTextPage(1 << 20, "stamps")] : readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(dir + "/" + f, "utf8"));
const t = performance.now();
for (let r = 0; r < 10; r++) for (const p of pages) segmentText(p);
console.log((performance.now() - t) / 10, "ms per round");
