// Finds the article body among the lines before the comment thread: the contiguous run of lines with
// the largest "prose score" (Kadane's maximum subarray, linear). Prose lines (many words, sentence
// punctuation) score positively; short link-like lines, chrome and author boxes score negatively,
// so navigation, related links and footers fall outside the run.
import { endsSentence } from "../boilerplate";
import { lineKind, type Line } from "./lines";
import { GALLERY, isAsideHeading, isTruncated } from "./sections";
import { isInFactBox, isInQuantityList, isTableRow } from "./tables";
import { markWrappedProse } from "./wrapped";

export interface BodySpan {
  /** Index into the lines array of the first body line (inclusive). */
  start: number;
  /** Index into the lines array after the last body line (exclusive). */
  end: number;
}

/** A body span with the per-line scores it was found by (scores[i - from] for line i). */
export interface ScoredSpan extends BodySpan {
  scores: Float64Array;
  from: number;
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
 * The run is then cut at wide gaps that only a much weaker block lies beyond (trimWeakBlocks).
 */
export function findBodySpan(lines: Line[], chrome: boolean[], walls: Uint8Array, from: number, to: number): ScoredSpan | null {
  const scores = new Float64Array(Math.max(0, to - from));
  let bestStart = -1; // the best run so far, as two numbers rather than an object per improvement
  let bestEnd = -1;
  let bestScore = 0;
  let runStart = from;
  let runScore = 0;
  let weakRun = 0;
  let inTable = false;
  let listMarker: Line["marker"] = "none"; // the marker of the announced list line i continues, if any
  const wrapped = markWrappedProse(lines, chrome, from, to);
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (walls[i] === 1) {
      // Nothing after "Related articles" or the page's copyright notice continues the body before it.
      runScore = 0;
      weakRun = 0;
      inTable = false;
      runStart = i + 1;
      continue;
    }
    if (isAuthorBoxStart(lines, i)) {
      // The label and the bio paragraph are never body.
      runScore = 0;
      weakRun = 0;
      inTable = false;
      i++;
      runStart = i + 1;
      continue;
    }
    if (runScore <= 0) {
      runScore = 0;
      runStart = i;
    }
    let score = lineScore(line, chrome[i] ?? false);
    // A line of a hard-wrapped paragraph counts its words like the paragraph it belongs to.
    if (wrapped[i - from] === 1 && score < line.words) score = line.words;
    if (walls[i] === GALLERY) {
      // Slides of a photo gallery are not body, but the article often goes on below them.
      scores[i - from] = 0;
      continue;
    }
    // A row stays in the table while no blank line intervenes (a short last column draws no gap).
    inTable = !chrome[i] && (isTableRow(line) || (inTable && !line.blankBefore) || isInFactBox(lines, chrome, i) || isInQuantityList(lines, chrome, i));
    listMarker = announcedListMarker(lines, chrome, i, listMarker);
    if (score <= 0 && (inTable || listMarker !== "none")) {
      // A table inside the article (rows of cells): neither prose nor a menu.
      score = 0;
    } else if (score <= 0) {
      weakRun++;
      if (weakRun > SHORT_GAP) score -= LONG_GAP_PENALTY;
    } else weakRun = 0;
    scores[i - from] = score;
    runScore += score;
    if (runScore > bestScore) {
      bestScore = runScore;
      bestStart = runStart;
      bestEnd = i + 1;
    }
  }
  if (bestStart < 0) return null;
  const span = trimWeakBlocks(lines, scores, from, { start: bestStart, end: bestEnd });
  return { start: span.start, end: span.end, scores, from };
}

/**
 * The marker of the list that line i is an item of when a line ending in a colon announced it ("Zur
 * Umrüstung benötigst du:", "Artikeldetails:"): the points of the text, not a menu. `previous` is the
 * answer for line i - 1. "none" when line i is no such item.
 */
function announcedListMarker(lines: Line[], chrome: boolean[], i: number, previous: Line["marker"]): Line["marker"] {
  const line = lines[i]!;
  if (line.marker === "none" || chrome[i]) return "none";
  if (previous !== "none") return line.marker === previous ? previous : "none";
  const above = lines[i - 1];
  return above && !chrome[i - 1] && above.marker === "none" && above.text.endsWith(":") ? line.marker : "none";
}

/** A gap this costly (weak lines in a row) separates blocks that must each earn their place. */
const WIDE_GAP = 25;
/** A block beyond a wide gap stays only when it scores this many times the gap's cost. */
const BLOCK_OVER_GAP = 3;

/** Lines an aside box inside the article may take: its heading and a few links. */
const INLINE_BOX_LINES = 8;

/**
 * A gap that is just an aside box ("Related" over three headlines) set into the article: its chrome
 * lines cost as much as a page's menus, but the article goes on below it, however short its rest.
 */
function isInlineAsideBox(lines: Line[], gapStart: number, gapEnd: number): boolean {
  return gapEnd - gapStart <= INLINE_BOX_LINES && isAsideHeading(lines[gapStart]!);
}

/**
 * Kadane keeps any block whose score exceeds the gap before it, so a credit-card box or a run of
 * teasers with a few sentences in them rides along after the article. Splits the span at wide gaps,
 * keeps the best block and grows it outwards only over gaps its neighbours clearly outweigh.
 */
function trimWeakBlocks(lines: Line[], scores: Float64Array, from: number, span: BodySpan): BodySpan {
  // Blocks as [start, end, score] triples, gaps as their costs between consecutive blocks.
  const blocks: number[] = [];
  const gaps: number[] = [];
  let blockStart = span.start;
  let blockScore = 0;
  let gapStart = -1;
  let gapCost = 0;
  for (let i = span.start; i < span.end; i++) {
    const s = scores[i - from]!;
    if (s > 0) {
      if (gapStart >= 0 && gapCost >= WIDE_GAP && !isInlineAsideBox(lines, gapStart, i) && blockScore > 0) {
        blocks.push(blockStart, gapStart, blockScore);
        gaps.push(gapCost);
        blockStart = i;
        blockScore = 0;
      } else if (gapStart >= 0) blockScore -= gapCost;
      gapStart = -1;
      gapCost = 0;
      blockScore += s;
    } else {
      if (gapStart < 0) gapStart = i;
      gapCost -= s;
    }
  }
  blocks.push(blockStart, span.end, blockScore);
  const n = blocks.length / 3;
  if (n === 1) return span;
  // Peel weak blocks off both ends, never the strongest; the article's own blocks hold each other in.
  let core = 0;
  for (let b = 1; b < n; b++) if (blocks[b * 3 + 2]! > blocks[core * 3 + 2]!) core = b;
  let first = 0;
  let last = n - 1;
  while (last > core && blocks[last * 3 + 2]! < BLOCK_OVER_GAP * gaps[last - 1]!) last--;
  // Above the core, a block of several full paragraphs is the article's lead that a sign-up or aside
  // box cut off; teasers and blurbs up there are a sentence each. Below it, the next article's or a
  // teaser rail's paragraphs look the same, so the trailing blocks get no such pass.
  while (first < core && blocks[first * 3 + 2]! < BLOCK_OVER_GAP * gaps[first]! && !isLead(scores, from, blocks[first * 3]!, blocks[first * 3 + 1]!)) first++;
  return { start: blocks[first * 3]!, end: blocks[last * 3 + 1]! };
}

/** A lead holds this many paragraphs of LEAD_PARAGRAPH words or more (two are a teaser's summary and a blurb). */
const LEAD_PARAGRAPHS = 4;
const LEAD_PARAGRAPH = 15;

/** Whether lines [start, end) hold LEAD_PARAGRAPHS paragraphs by their scores (wrapped prose counts). */
function isLead(scores: Float64Array, from: number, start: number, end: number): boolean {
  let n = 0;
  for (let j = start; j < end && n < LEAD_PARAGRAPHS; j++) if (scores[j - from]! >= LEAD_PARAGRAPH) n++;
  return n >= LEAD_PARAGRAPHS;
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
export function trimSpanHead(lines: Line[], span: ScoredSpan, isDateline: (line: Line) => boolean): number {
  // The run's own scores: a hard-wrapped paragraph counts as the prose it is.
  const prose = (i: number): number => Math.max(0, span.scores[i - span.from]!);
  let total = 0;
  for (let i = span.start; i < span.end; i++) total += prose(i);
  let above = 0;
  let start = span.start;
  const end = Math.min(span.end - 1, span.start + HEAD_WINDOW);
  for (let i = span.start; i < end; i++) {
    const line = lines[i]!;
    if (above > HEAD_MAX_PROSE || above > HEAD_MAX_SHARE * total) break;
    // The run's first line scores as prose, so no byline; a long dateline or meta line may open it.
    if ((i > span.start && lineKind(line) === "byline") || isDateline(line)) start = i + 1;
    above += prose(i);
  }
  return start;
}

/** "By Jane Doe", "Von Jessie", "fromThe Next Byte": a person's or desk's byline, not a photo credit. */
const PERSON_BYLINE = /^(?:[Bb]y|BY|[Vv]on|VON|[Pp]ar|[Ff]rom|[Pp]osted by|[Ww]ritten by|[Gg]eschrieben von)(?: |\p{Lu})/u;
const TAIL_MIN_PROSE = 100;
const TAIL_MIN_SHARE = 0.5;

/**
 * A byline after most of the article signs it off (an author box follows) or opens the next article of
 * an endless page: the body ends there. Returns the new end (span.end when nothing moves).
 */
function isSignOff(lines: Line[], i: number): boolean {
  const line = lines[i]!;
  if (lineKind(line) !== "byline" || !PERSON_BYLINE.test(line.text)) return false;
  // "Titel: …" / "Autorin: …" / "Verlag: …": a field of a fact box inside the article, not a sign-off.
  const above = lines[i - 1];
  return line.blankBefore || !above || !above.text.includes(":");
}

function trimSpanTail(lines: Line[], chrome: boolean[], span: BodySpan): number {
  let total = 0;
  for (let i = span.start; i < span.end; i++) total += Math.max(0, lineScore(lines[i]!, chrome[i] ?? false));
  let above = 0;
  for (let i = span.start; i < span.end; i++) {
    const line = lines[i]!;
    if (above >= TAIL_MIN_PROSE && above >= TAIL_MIN_SHARE * total && isSignOff(lines, i)) {
      // The next article's headline sits right above its byline.
      return i - 1 > span.start && isHeadingLike(lines[i - 1]!) ? i - 1 : i;
    }
    above += Math.max(0, lineScore(line, chrome[i] ?? false));
  }
  return span.end;
}

/**
 * Ends the span at a sign-off (trimSpanTail). The blocks that were kept because the next article
 * outweighed the gap before it (a tag box, an "About" card, a teaser) must then earn their place
 * again against the article alone: the span loses its weak last lines and is cut at wide gaps anew.
 */
export function cutSpanTail(lines: Line[], chrome: boolean[], span: ScoredSpan): void {
  const end = trimSpanTail(lines, chrome, span);
  if (end >= span.end) return;
  let last = end;
  while (last > span.start && span.scores[last - 1 - span.from]! <= 0) last--;
  if (last <= span.start) return;
  const cut = trimWeakBlocks(lines, span.scores, span.from, { start: span.start, end: last });
  span.start = cut.start;
  span.end = cut.end;
}
