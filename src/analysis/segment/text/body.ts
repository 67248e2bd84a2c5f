// Finds the article body among the lines before the comment thread: the contiguous run of lines with
// the largest "prose score" (Kadane's maximum subarray, linear). Prose lines (many words, sentence
// punctuation) score positively; short link-like lines, chrome and author boxes score negatively,
// so navigation, related links and footers fall outside the run.
import { endsSentence } from "../boilerplate";
import { lineKind, type Line } from "./lines";
import { isTruncated } from "./sections";

export interface BodySpan {
  /** Index into the lines array of the first body line (inclusive). */
  start: number;
  /** Index into the lines array after the last body line (exclusive). */
  end: number;
}

export function lineScore(line: Line, chrome: boolean): number {
  if (chrome) return -8;
  const w = line.words;
  if (line.text.startsWith("[") && line.text.endsWith("]")) return -4; // form fields and buttons
  if (endsSentence(line.text) && !isTruncated(line)) {
    if (w >= 8) return w;
    if (w >= 4) return w / 2;
    return -1;
  }
  // A list item that is no sentence is a link or a menu entry, however long its title.
  if (line.marker !== "none") return w >= 6 ? 0 : -2.5;
  if (w >= 15) return w / 2;
  return w >= 6 ? -0.5 : -1.5;
}

/**
 * An author box after the article: a short label line ("Senior Editor , VT", a name) directly followed
 * (no blank line) by "Name is a/the …". The body stops before it.
 */
const BIO_START = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s+(?:is|was|ist|war|est)\s+(?:an?|the|ein|eine|einer|der|die|un|une|le|la)\s/u;
export function isAuthorBoxStart(lines: Line[], i: number): boolean {
  const label = lines[i];
  const bio = lines[i + 1];
  if (!label || !bio || bio.blankBefore) return false;
  if (label.words > 6 || endsSentence(label.text) || label.marker !== "none") return false;
  return bio.words >= 12 && bio.text.length < 2000 && BIO_START.test(bio.text);
}

/** How much a run of weak (non-prose) lines costs per line once it is longer than a subheading or two. */
const LONG_GAP_PENALTY = 3;
const SHORT_GAP = 2;

/**
 * The best-scoring contiguous run of lines in [from, to); author boxes act as walls. Weak lines cost
 * more once several follow each other (a menu or a link list, not a subheading between paragraphs).
 */
export function findBodySpan(lines: Line[], chrome: boolean[], walls: Uint8Array, from: number, to: number): BodySpan | null {
  let bestStart = -1; // the best run so far, as two numbers rather than an object per improvement
  let bestEnd = -1;
  let bestScore = 0;
  let runStart = from;
  let runScore = 0;
  let weakRun = 0;
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (walls[i] === 1) {
      // Nothing after "Related articles" or the page's copyright notice continues the body before it.
      runScore = 0;
      weakRun = 0;
      runStart = i + 1;
      continue;
    }
    if (isAuthorBoxStart(lines, i)) {
      // The label and the bio paragraph are never body.
      runScore = 0;
      weakRun = 0;
      i++;
      runStart = i + 1;
      continue;
    }
    if (runScore <= 0) {
      runScore = 0;
      runStart = i;
    }
    let score = lineScore(line, chrome[i] ?? false);
    if (score <= 0) {
      weakRun++;
      if (weakRun > SHORT_GAP) score -= LONG_GAP_PENALTY;
    } else weakRun = 0;
    runScore += score;
    if (runScore > bestScore) {
      bestScore = runScore;
      bestStart = runStart;
      bestEnd = i + 1;
    }
  }
  return bestStart < 0 ? null : { start: bestStart, end: bestEnd };
}

/** A line that reads as a headline: a few words, no sentence end, not chrome. */
export function isHeadingLike(line: Line): boolean {
  if (line.words < 2 || line.words > 30) return false;
  const last = line.text.charCodeAt(line.text.length - 1);
  return last !== 46 && last !== 58 && last !== 59 && last !== 44 && lineKind(line) === null; // . : ; ,
}

const HEAD_WINDOW = 30;
const HEAD_MAX_PROSE = 80;
const HEAD_MAX_SHARE = 0.2;

/**
 * The article starts under its dateline: when the span's first lines hold a date-only line or a
 * byline with little prose above it (a site blurb, a teaser), the body starts after that line. Returns
 * the new start (span.start when nothing moves).
 */
export function trimSpanHead(lines: Line[], chrome: boolean[], span: BodySpan, isDateline: (line: Line) => boolean): number {
  let total = 0;
  for (let i = span.start; i < span.end; i++) total += Math.max(0, lineScore(lines[i]!, chrome[i] ?? false));
  let above = 0;
  let start = span.start;
  const end = Math.min(span.end - 1, span.start + HEAD_WINDOW);
  for (let i = span.start; i < end; i++) {
    const line = lines[i]!;
    if (above > HEAD_MAX_PROSE || above > HEAD_MAX_SHARE * total) break;
    if (i > span.start && (lineKind(line) === "byline" || isDateline(line))) start = i + 1;
    above += Math.max(0, lineScore(line, chrome[i] ?? false));
  }
  return start;
}
