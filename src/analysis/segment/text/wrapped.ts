// Hard-wrapped prose: plain-text sources and <pre> blocks break each paragraph into lines of about one
// width ("This blog article Meta Programming In Python reminded me to write up" / "the equivalent for
// Emacs Lisp."). Line by line the paragraph reads as a run of long titles without a sentence end, so
// the body's prose score would pass it over; as a block it is one paragraph.
import { endsSentence } from "../boilerplate";
import type { Line } from "./lines";
import { isTruncated } from "./sections";

/** A wrapped paragraph has at least this many lines: a headline over its one-line summary has two. */
const MIN_LINES = 3;
/** Hard wraps fall at one width: every line but the last is this share of the longest at least. */
const WIDTH_SHARE = 0.6;
/** Wider lines are paragraphs of their own (text renders put a whole paragraph on one line). */
const MAX_WIDTH = 120;
const MIN_WORDS = 5;

function isWrapCandidate(line: Line, chrome: boolean): boolean {
  return !chrome && line.marker === "none" && line.text.length <= MAX_WIDTH;
}

/**
 * Marks the lines in [from, to) of hard-wrapped paragraphs: blocks (no blank line between) of three or
 * more unmarked lines cut at one width, the last line ending a sentence. Returns flags indexed i - from.
 */
export function markWrappedProse(lines: Line[], chrome: boolean[], from: number, to: number): Uint8Array {
  const wrapped = new Uint8Array(Math.max(0, to - from));
  let i = from;
  while (i < to) {
    let end = i + 1;
    while (end < to && !lines[end]!.blankBefore) end++;
    if (end - i >= MIN_LINES && isWrappedBlock(lines, chrome, i, end)) wrapped.fill(1, i - from, end - from);
    i = end;
  }
  return wrapped;
}

function isWrappedBlock(lines: Line[], chrome: boolean[], start: number, end: number): boolean {
  const last = lines[end - 1]!;
  if (!isWrapCandidate(last, chrome[end - 1] ?? false) || !endsSentence(last.text) || isTruncated(last)) return false;
  let longest = 0;
  let shortest = Infinity;
  for (let j = start; j < end - 1; j++) {
    const line = lines[j]!;
    if (!isWrapCandidate(line, chrome[j] ?? false) || line.words < MIN_WORDS) return false;
    longest = Math.max(longest, line.text.length);
    // A short line that ends a sentence closes a paragraph inside the block (no blank line between
    // paragraphs): its width says nothing about the wrap.
    if (!endsSentence(line.text)) shortest = Math.min(shortest, line.text.length);
  }
  return shortest >= WIDTH_SHARE * longest;
}
