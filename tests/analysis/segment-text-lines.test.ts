// The text track's per-line caches (lines.ts) must give the same answers as the plain classifiers they
// stand in for: they exist for speed only.
import { describe, expect, it } from "vitest";
import { classifyBoilerplateLine, isDateLine, parseAuthorLine } from "../../src/analysis/segment/boilerplate";
import { authorLineOf, countWords, lineKind, readLines, textIsDateLine } from "../../src/analysis/segment/text/lines";

const PAGE = [
  "© 2020 Example Media",
  "  • All Rights Reserved.",
  "ALL RIGHTS RESERVED",
  "1. Alle Rechte vorbehalten",
  "The views and opinions expressed in this article are solely those of the author and do not necessarily reflect ours.",
  "Home / News / Economy",
  "The mayor speaks to reporters. (Photo by Ann Lee/Getty Images)",
  "Support us on Patreon",
  "Roscoe says:",
  "  2. August 15, 2020 at 1:49 pm",
  "— Posted by Ann on May 3, 2021",
  "Ordinary prose with nothing special in it at all, just words.",
  "Zoë Ørsted wrote 3 pages",
].join("\n");

describe("text line model caches", () => {
  const lines = readLines(PAGE);

  it("classifies each line exactly as classifyBoilerplateLine does (a list item by its content)", () => {
    expect(lines.map((l) => lineKind(l))).toEqual(lines.map((l) => classifyBoilerplateLine(l.marker === "none" ? l.text : l.content)));
    expect(lineKind(lines[1]!)).toBe("copyright");
    expect(lines.map((l) => lineKind(l))).toContain("copyright");
    expect(lines.map((l) => lineKind(l))).toContain("disclaimer");
  });

  it("caches the author and date readings of each line", () => {
    expect(lines.map((l) => authorLineOf(l))).toEqual(lines.map((l) => parseAuthorLine(l.content)));
    expect(lines.map((l) => textIsDateLine(l))).toEqual(lines.map((l) => isDateLine(l.text)));
    expect(authorLineOf(lines[8]!)).toEqual({ author: "Roscoe", postedAt: null });
  });

  it("counts words and digits in the content", () => {
    expect(lines.map((l) => l.words)).toEqual(lines.map((l) => countWords(l.content)));
    expect(lines[12]!.words).toBe(5);
    expect(lines[12]!.hasDigit).toBe(true);
    expect(lines[11]!.hasDigit).toBe(false);
  });
});
