// Dev helper: prints every line of a text page with where the segmenter put it.
//   npx tsx scripts/segment-text-trace.ts FILE.txt > trace.txt
import { readFileSync } from "node:fs";
import { segmentTextTraced } from "../src/analysis/segment/text/index";

const file = process.argv[2];
if (!file) {
  console.error("usage: segment-text-trace FILE.txt");
  process.exit(2);
}
const { lines, destinations, page } = segmentTextTraced(readFileSync(file, "utf8"));
const tag = (i: number): string => {
  const d = destinations[i]!;
  if (d.kind === "comment-text") return `c${d.comment}`;
  if (d.kind === "comment-meta") return `m${d.comment}`;
  return { title: "T", body: "B", boilerplate: "-" }[d.kind];
};
lines.forEach((l, i) => console.log(`${l.index}\t${tag(i)}`));
console.error(JSON.stringify(page.comments.map((c) => [c.author, c.parent, c.postedAt ?? null])));
