// Story grouping: do the five seed articles (five outlets, one event) form one story, and do unrelated
// pages stay out of it? Positives: seeds/*.txt; negatives: the dev pages' text renders (../shared/data/
// pages/*.txt, none about the seeds' event). Both are segmented by the project's segmenter, as at ingest.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { segment } from "../../src/analysis/segment";
import { bandKeys, groupStories, SAME_STORY_THRESHOLD, similarity, storySignature } from "../../src/analysis/stories";
import type { AccuracyContext } from "./context";

interface Doc {
  name: string;
  title: string;
  body: string;
  seed: boolean;
}

function load(dir: string, seed: boolean): Doc[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => {
      const page = segment(readFileSync(join(dir, f), "utf8"), { format: "text" });
      return { name: f, title: page.title, body: page.body.join("\n\n"), seed };
    });
}

const fmt = (x: number) => x.toFixed(3);

export default async function stories(ctx: AccuracyContext): Promise<void> {
  const seeds = load(join(ctx.root, "seeds"), true);
  if (!ctx.dataDir) {
    console.log("stories: shared data not found, negatives skipped");
    return;
  }
  const pages = load(join(ctx.dataDir, "pages"), false);
  const sigs = [...seeds, ...pages].map((d) => storySignature(d.title, d.body));

  // Pairwise similarities: seed–seed (should be high) vs seed–page and page–page (should be low).
  const seedSeed: number[] = [], seedPage: number[] = [], pagePage: number[] = [];
  const all = [...seeds, ...pages];
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const a = sigs[i], b = sigs[j];
      if (!a || !b) continue;
      const s = similarity(a, b);
      (all[i]!.seed && all[j]!.seed ? seedSeed : all[i]!.seed || all[j]!.seed ? seedPage : pagePage).push(s);
    }
  }
  const stats = (xs: number[]) => {
    const sorted = [...xs].sort((a, b) => a - b);
    const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
    return `n=${xs.length} min=${fmt(sorted[0] ?? NaN)} median=${fmt(q(0.5))} p99=${fmt(q(0.99))} max=${fmt(sorted.at(-1) ?? NaN)}`;
  };
  console.log(`threshold=${SAME_STORY_THRESHOLD} signatures: seeds ${sigs.slice(0, seeds.length).filter(Boolean).length}/${seeds.length}, pages ${sigs.slice(seeds.length).filter(Boolean).length}/${pages.length} (too short to group: null)`);
  console.log(`similarity seed-seed  ${stats(seedSeed)}`);
  console.log(`similarity seed-page  ${stats(seedPage)}`);
  console.log(`similarity page-page  ${stats(pagePage)}`);

  // Grouping as ingest would do it, seeds first and seeds interleaved among the pages.
  for (const order of ["seeds-first", "interleaved"] as const) {
    const docs = order === "seeds-first" ? all : interleave(pages, seeds);
    const story = groupStories(docs);
    const seedStories = new Set(docs.flatMap((d, i) => (d.seed ? [story[i]] : [])));
    const mainStory = mode(docs.flatMap((d, i) => (d.seed ? [story[i]!] : [])));
    const seedsInMain = docs.filter((d, i) => d.seed && story[i] === mainStory).length;
    const intruders = docs.filter((d, i) => !d.seed && story[i] === mainStory).map((d) => d.name);
    const sizes = new Map<number, number>();
    for (const s of story) sizes.set(s, (sizes.get(s) ?? 0) + 1);
    const pageGroups = [...sizes.entries()].filter(([s, n]) => n > 1 && s !== mainStory).map(([s]) => s);
    console.log(
      `${order}: seeds in one story ${seedsInMain}/${seeds.length} (seed stories ${seedStories.size}); ` +
        `unrelated pages joining it ${intruders.length}/${pages.length}${intruders.length ? ` (${intruders.join(", ")})` : ""}; ` +
        `other multi-article stories among the pages ${pageGroups.length}`,
    );
    if (order === "seeds-first") {
      for (const g of pageGroups) console.log(`  page story: ${docs.filter((_, i) => story[i] === g).map((d) => `${d.name} "${d.title.slice(0, 50)}"`).join(" + ")}`);
    }
  }
  // The ingest path only compares articles that share an LSH band key: does that index find the seeds?
  const keys = sigs.map((s) => new Set(s ? bandKeys(s) : []));
  let found = 0, pairs = 0, pageCandidates = 0;
  for (let i = 0; i < seeds.length; i++) {
    for (let j = i + 1; j < seeds.length; j++, pairs++) if ([...keys[i]!].some((k) => keys[j]!.has(k))) found++;
    for (let j = seeds.length; j < all.length; j++) if ([...keys[i]!].some((k) => keys[j]!.has(k))) pageCandidates++;
  }
  console.log(`LSH candidates: seed pairs sharing a band ${found}/${pairs}; seed-page pairs sharing a band ${pageCandidates}/${seeds.length * pages.length}`);
  const recall = seedSeed.filter((s) => s >= SAME_STORY_THRESHOLD).length / Math.max(1, seedSeed.length);
  const fpr = seedPage.filter((s) => s >= SAME_STORY_THRESHOLD).length / Math.max(1, seedPage.length);
  console.log(`pairs over threshold: seed-seed ${fmt(recall)}, seed-page ${fmt(fpr)}, page-page ${fmt(pagePage.filter((s) => s >= SAME_STORY_THRESHOLD).length / Math.max(1, pagePage.length))}`);
}

function interleave(pages: Doc[], seeds: Doc[]): Doc[] {
  const out = [...pages];
  seeds.forEach((s, k) => out.splice(Math.floor(((k + 1) * pages.length) / (seeds.length + 1)) + k, 0, s));
  return out;
}

function mode(xs: number[]): number {
  const n = new Map<number, number>();
  for (const x of xs) n.set(x, (n.get(x) ?? 0) + 1);
  return [...n.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? -1;
}
