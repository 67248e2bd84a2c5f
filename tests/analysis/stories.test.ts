import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { segment } from "../../src/analysis/segment";
import {
  bandKeys, BANDS, decodeSignature, encodeSignature, groupStories, pickStory, SAME_STORY_THRESHOLD, similarity, storyFeatures, storySignature,
} from "../../src/analysis/stories";

const seedsDir = join(import.meta.dirname, "../../seeds");
const seeds = readdirSync(seedsDir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => {
    const page = segment(readFileSync(join(seedsDir, f), "utf8"), { format: "text" });
    return { title: page.title, body: page.body.join("\n\n") };
  });

const unrelated = [
  {
    title: "Bundesliga: Dortmund beats Bayern Munich in a late thriller",
    body: "Borussia Dortmund scored twice in stoppage time at the Allianz Arena. Coach Edin Terzic praised Marco Reus and Jude Bellingham after the match in Munich, while Thomas Tuchel blamed the referee Felix Brych for the penalty.",
  },
  {
    title: "Apple unveils new MacBook Pro with M3 chip in Cupertino",
    body: "Apple announced the MacBook Pro on Tuesday at its Cupertino headquarters. Tim Cook said the M3 chip built by TSMC in Taiwan doubles graphics speed. Analysts at Morgan Stanley and Goldman Sachs expect strong Christmas sales in America and Europe.",
  },
];

describe("story grouping", () => {
  it("puts the five seed articles (five outlets, one event) into one story", () => {
    const story = groupStories(seeds);
    expect(new Set(story).size).toBe(1);
  });

  it("keeps unrelated articles out of the seeds' story", () => {
    const story = groupStories([...seeds, ...unrelated]);
    expect(story.slice(5)).not.toContain(story[0]);
    expect(story[5]).not.toBe(story[6]);
  });

  it("finds the seeds through shared LSH bands and picks the most similar candidate's story", () => {
    const a = storySignature(seeds[0]!.title, seeds[0]!.body)!;
    const b = storySignature(seeds[1]!.title, seeds[1]!.body)!;
    const other = storySignature(unrelated[0]!.title, unrelated[0]!.body)!;
    expect(bandKeys(a)).toHaveLength(BANDS);
    expect(bandKeys(a).some((k) => bandKeys(b).includes(k))).toBe(true);
    expect(similarity(a, b)).toBeGreaterThanOrEqual(SAME_STORY_THRESHOLD);
    expect(pickStory(a, [{ storyId: "x", signature: other }, { storyId: "s", signature: b }])?.storyId).toBe("s");
    expect(pickStory(other, [{ storyId: "s", signature: b }])).toBeNull();
  });

  it("gives identical texts similarity 1 and round-trips signatures through hex", () => {
    const a = storySignature(seeds[2]!.title, seeds[2]!.body)!;
    expect(similarity(a, storySignature(seeds[2]!.title, seeds[2]!.body)!)).toBe(1);
    expect(decodeSignature(encodeSignature(a))).toEqual(a);
    expect(decodeSignature("zz")).toBeNull();
  });

  it("declines to group stubs and ignores function words", () => {
    expect(storySignature("Hi", "Short.")).toBeNull();
    expect(storyFeatures("The And But", "This That")).toEqual(new Set());
  });
});
