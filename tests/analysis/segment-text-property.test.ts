// Property: every non-blank input line of a text page ends up in exactly one place — never lost,
// never doubled. "Ends up" means, precisely:
//   - the title, a body entry or a boilerplate entry is the line itself, trimmed;
//   - a line of a comment's text (text split on "\n") is the trimmed line, or the trimmed line with
//     its list marker ("1.", "2)", "•", "◦", "□", "-", "*") and the following space removed;
//   - every remaining line is a comment's meta line: it contains that comment's author or postedAt.
// Accounting works on multisets: each output piece consumes one input line, so a line used twice
// (say, as body and as comment text) leaves another piece without a line to consume and fails; a line
// consumed by nothing must contain some comment's author or date, else it was lost. Seed 000's title
// duplicate is two input lines: one is the title, the other a boilerplate entry.
// Also: the 1 MB hostile pages complete (no wall-clock assertion; speed is the benchmark's job).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { segmentText } from "../../src/analysis/segment/text/index";
import type { SegmentedPage } from "../../src/analysis/types";
import { hostileTextPage } from "./hostile-text";

const MARKER = /^(?:\d{1,3}[.)]|[•◦□▪■●○‣∙·☆★▸►\-*–+])\s*/u;

function take(pool: Map<string, number>, key: string): boolean {
  const n = pool.get(key) ?? 0;
  if (n === 0) return false;
  if (n === 1) pool.delete(key);
  else pool.set(key, n - 1);
  return true;
}

/** Returns a description of the first accounting failure, or null when every line is accounted once. */
function accountingError(content: string, page: SegmentedPage): string | null {
  const exact = new Map<string, number>();
  for (const raw of content.split("\n")) {
    const line = raw.trim();
    if (line) exact.set(line, (exact.get(line) ?? 0) + 1);
  }
  const pieces = [...(page.title ? [page.title] : []), ...page.body, ...page.boilerplate];
  for (const p of pieces) if (!take(exact, p)) return `piece without an input line (doubled or invented): ${JSON.stringify(p)}`;
  for (const c of page.comments) {
    for (const t of c.text.split("\n")) {
      if (take(exact, t)) continue;
      // The text may be a marker line with its marker stripped.
      let found: string | null = null;
      for (const [line] of exact) {
        if (line.replace(MARKER, "") === t) {
          found = line;
          break;
        }
      }
      if (found === null || !take(exact, found)) return `comment line without an input line: ${JSON.stringify(t)}`;
    }
  }
  const meta = page.comments.flatMap((c) => [c.author, c.postedAt].filter((x): x is string => typeof x === "string" && x.length > 0));
  for (const [line] of exact) {
    if (!meta.some((m) => line.includes(m))) return `line lost: ${JSON.stringify(line)}`;
  }
  return null;
}

const word = fc.constantFrom("the", "council", "bridge", "Budget", "said", "library", "Anna", "Müller", "été", "buses", "2021", "12:04");
const sentence = fc.array(word, { minLength: 1, maxLength: 18 }).map((ws) => ws.join(" ") + ".");
const chromeLine = fc.constantFrom(
  "Reply",
  "Report",
  "Share",
  "12",
  "Comments are closed.",
  "Leave a Reply",
  "Name *",
  "Notify of",
  "3 Comments",
  "20 thoughts on “Budget”",
  "READ MORE: The bridge",
  "By Anna Müller",
  "© 2024 Gazette",
  "Home / News / Budget",
  "Print Friendly, PDF & Email",
  "Sort by Best",
);
const metaLine = fc.constantFrom(
  "Roscoe says:",
  "August 15, 2020 at 1:49 pm",
  "— Posted by Alice on March 3, 2021",
  "sam_k | 12 March 2021 12:04",
  "photobix 11. Dezember 2012 um 11:07",
  "Jane Doe",
  "• 2 days ago",
  "17.10.2019, 14:14 Zum Antworten anmelden Zitieren #",
);
const indent = fc.constantFrom("", "", "  ", "    ", "      ");
const marker = fc.constantFrom("", "", "1. ", "2. ", "10. ", "• ", "□ ", "- ");
const line = fc.oneof(
  { arbitrary: fc.tuple(indent, marker, sentence).map(([i, m, s]) => i + m + s), weight: 5 },
  { arbitrary: fc.tuple(indent, chromeLine).map(([i, c]) => i + c), weight: 2 },
  { arbitrary: fc.tuple(indent, metaLine).map(([i, m]) => i + m), weight: 2 },
  { arbitrary: fc.constant(""), weight: 2 },
);
const page = fc.array(line, { minLength: 1, maxLength: 60 }).map((ls) => ls.join("\n"));

describe("segmentText accounts for every line", () => {
  it("puts every non-blank line in exactly one of title, body, boilerplate or a comment", () => {
    fc.assert(
      fc.property(page, (content) => {
        const error = accountingError(content, segmentText(content));
        expect(error).toBeNull();
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 400) },
    );
  });

  it("the accounting itself catches a doubled line and a lost line", () => {
    const content = ["Budget news", "", "The council approved the budget on Tuesday after a long and heated debate.", "", "Reply"].join("\n");
    const good: SegmentedPage = { title: "Budget news", body: ["The council approved the budget on Tuesday after a long and heated debate."], boilerplate: ["Reply"], comments: [] };
    expect(accountingError(content, good)).toBeNull();
    expect(accountingError(content, { ...good, boilerplate: ["Reply", "Reply"] })).toMatch(/doubled/u);
    expect(accountingError(content, { ...good, body: [] })).toMatch(/lost/u);
    expect(
      accountingError(content, { ...good, comments: [{ text: "The council approved the budget on Tuesday after a long and heated debate.", author: null, parent: null }] }),
    ).toMatch(/comment line/u);
  });

  it("accounts for every line of the seeds' shapes too", () => {
    const seedLike = [
      "Title of the piece",
      "",
      "Title of the piece",
      "",
      "A first paragraph of the article that is long enough to count as prose for the body.",
      "",
      "  1. A first comment that is long enough to be a comment in a numbered list.",
      "",
      "    • A reply to it, also long enough to count as a comment here.",
      "",
      "Comments are closed.",
    ].join("\n");
    const result = segmentText(seedLike);
    expect(accountingError(seedLike, result)).toBeNull();
    expect(result.boilerplate).toContain("Title of the piece");
  });
});

describe("segmentText on hostile input", () => {
  for (const kind of ["mixed", "one-line", "ladder", "stamps"] as const) {
    it(`completes on 1 MB of hostile text (${kind})`, () => {
      const content = hostileTextPage(1 << 20, kind);
      const result = segmentText(content);
      expect(result.body.length + result.boilerplate.length + result.comments.length).toBeGreaterThan(0);
    });
  }
});
