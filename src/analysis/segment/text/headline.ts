// The headline at the top of the body's run. A headline that ends like a sentence ("Ist die Inklusion
// im Kapitalismus umsetzbar?", "„Das wird man ja wohl noch sagen dürfen!“") scores as prose, so the run
// starts on it and the title finder settles on a menu entry above. Pages name their post elsewhere in
// quotes: the thread header ("45 Gedanken zu „…“", "11 Antworten zu “…”"), pingbacks, "Leave a reply
// to …". A line near the run's start that another line quotes is the headline; what lies above it in
// the run (a teaser, the site's motto) is not the article either.
import type { Line } from "./lines";

/** The headline is looked for among the run's first lines only: later lines are the article's. */
const HEAD_LINES = 3;
const MIN_WORDS = 2;
const MAX_WORDS = 30;
/** A thread header or pingback is the quoted title and a few words around it. */
const MAX_EXTRA_CHARS = 80;
/** Opening quotes tried per line: a few, so a line of nothing but quote marks costs no more. */
const MAX_QUOTES_PER_LINE = 3;

function isOpeningQuote(c: number): boolean {
  // " ' „ “ ” ‘ ’ « » ‚
  return c === 34 || c === 39 || c === 0x201e || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0xab || c === 0xbb || c === 0x201a;
}

/** Whether some line other than `at` holds `text` right after an opening quote mark. */
function isQuotedElsewhere(lines: Line[], at: number, text: string): boolean {
  for (let j = 0; j < lines.length; j++) {
    if (j === at) continue;
    const other = lines[j]!.text;
    if (other.length <= text.length || other.length > text.length + MAX_EXTRA_CHARS) continue;
    let tried = 0;
    for (let p = 0; p <= other.length - text.length && tried < MAX_QUOTES_PER_LINE; p++) {
      if (!isOpeningQuote(other.charCodeAt(p))) continue;
      tried++;
      if (other.startsWith(text, p + 1)) return true;
    }
  }
  return false;
}

/** The index of the headline among the first lines of [start, end), or -1. */
export function findQuotedHeadline(lines: Line[], start: number, end: number): number {
  const last = Math.min(end, start + HEAD_LINES);
  for (let i = start; i < last; i++) {
    const line = lines[i]!;
    if (line.marker !== "none" || line.words < MIN_WORDS || line.words > MAX_WORDS) continue;
    if (isQuotedElsewhere(lines, i, line.text)) return i;
  }
  return -1;
}
