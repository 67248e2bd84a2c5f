// Each seed page segments exactly as its gold says: title, body, boilerplate, comments (text, author, parent).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { segmentText } from "../../src/analysis/segment/text/index";

interface GoldComment {
  text: string;
  author?: string | null;
  parent: number | null;
}
interface Gold {
  title: string;
  body: string[];
  boilerplate: string[];
  comments: GoldComment[];
}

const seedsDir = join(import.meta.dirname, "..", "..", "seeds");
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith(".txt")).sort();

describe("segmentText on the seeds", () => {
  it("finds all five seeds", () => {
    expect(seeds).toHaveLength(5);
  });
  for (const file of seeds) {
    it(`${file} equals its gold`, () => {
      const gold = JSON.parse(readFileSync(join(seedsDir, "gold", file.replace(/\.txt$/u, ".json")), "utf8")) as Gold;
      const page = segmentText(readFileSync(join(seedsDir, file), "utf8"));
      expect(page.title).toBe(gold.title);
      expect(page.body).toEqual(gold.body);
      expect(page.boilerplate).toEqual(gold.boilerplate);
      expect(page.comments.map((c) => ({ text: c.text, author: c.author, parent: c.parent }))).toEqual(
        gold.comments.map((c) => ({ text: c.text, author: c.author ?? null, parent: c.parent })),
      );
    });
  }
});
