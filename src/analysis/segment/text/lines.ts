// The line model of a text page: each line's text, indentation and list marker, read in one pass.
// Text renders of HTML (w3m, lynx, copy-paste) keep list structure as indentation plus a marker
// ("  1. ", "    • "), which is what reply nesting is read from.

export interface Line {
  /** Index among all lines of the page (blank ones included). */
  index: number;
  /** Trimmed text, list marker included. */
  text: string;
  /** Leading spaces (tabs count as 4). */
  indent: number;
  /** "number" for "1." / "1)", "bullet" for •, ◦, □, ▪, -, *, "none" otherwise. */
  marker: "number" | "bullet" | "none";
  /** Text after the list marker (equals text when there is none). */
  content: string;
  /** Column where the content starts: indent plus the marker's width. */
  contentColumn: number;
  /** Whether a blank line precedes this one. */
  blankBefore: boolean;
  /** Words (runs of letters or digits) in content. */
  words: number;
  /** Whether the line holds a digit (dates and stamps need one, bar "yesterday"/"a day ago"). */
  hasDigit: boolean;
  /** Which ASCII letters (case-folded, bit 0 = "a") and whether "©" occur: see classifyBoilerplateLine. */
  letters: number;
  /** Chrome kind of `text`, filled in once by lineKind(). */
  kind?: BoilerplateKind | null;
  /** parseAuthorLine(content), filled in once by authorLineOf(). */
  authorLine?: AuthorLine | null;
  /** isDateLine(text), filled in once by textIsDateLine(). */
  dateLine?: boolean;
}

/** The line's chrome kind (boilerplate.ts), computed once per line. */
export function lineKind(line: Line): BoilerplateKind | null {
  // A list item is chrome by what it says, not by its marker ("• Share on Facebook", "• Tags: …").
  if (line.kind === undefined) line.kind = classifyLineWithLetters(line.marker === "none" ? line.text : line.content, line.letters);
  return line.kind;
}

/** The author/date reading of the line's content (boilerplate.ts), computed once per line. */
export function authorLineOf(line: Line): AuthorLine | null {
  if (line.authorLine === undefined) line.authorLine = parseAuthorLine(line.content);
  return line.authorLine;
}

/** Whether the line's text is only a date/time, computed once per line. */
export function textIsDateLine(line: Line): boolean {
  if (line.dateLine === undefined) line.dateLine = isDateLine(line.text);
  return line.dateLine;
}

import { type AuthorLine, type BoilerplateKind, classifyLineWithLetters, COPYRIGHT_SIGN, isDateLine, parseAuthorLine } from "../boilerplate";

const BULLET_CODES: ReadonlySet<number> = new Set(Array.from("•◦□▪■●○‣∙·☆★▸►-*–+", (c) => c.charCodeAt(0)));

/** Splits a page into non-blank lines. Linear: one scan per line, no regex over the whole page. */
export function readLines(content: string): Line[] {
  const out: Line[] = [];
  const raw = content.split("\n");
  let blankBefore = false;
  for (let i = 0; i < raw.length; i++) {
    const rawLine = raw[i]!;
    let indent = 0;
    for (let p = 0; p < rawLine.length; p++) {
      const c = rawLine.charCodeAt(p);
      if (c === 32 || c === 0xa0) indent++;
      else if (c === 9) indent += 4;
      else break;
    }
    // trim() also drops a trailing "\r", so the CRLF case needs no slice of its own.
    const text = rawLine.trim();
    if (text.length === 0) {
      blankBefore = true;
      continue;
    }
    const width = readMarker(text);
    const marker: Line["marker"] = width === 0 ? "none" : width < 0 ? "bullet" : "number";
    const content = width === 0 ? text : text.slice(width < 0 ? 1 : width).trimStart();
    const contentColumn = indent + (width === 0 ? 0 : text.length - content.length);
    const words = countWords(content);
    const hasDigit = lastScanHadDigit || width > 0; // a numbered marker is itself digits
    // Marker characters are no letters, so the content's letters are the text's.
    out.push(new LineRecord(i, text, indent, marker, content, contentColumn, blankBefore, words, hasDigit, lastScanLetters));
    blankBefore = false;
  }
  return out;
}

/**
 * A Line built by one constructor: every line shares one object shape, including the caches filled in
 * later, and V8 allocates these (the one object made per line of the page) faster than literals.
 */
class LineRecord implements Line {
  kind: BoilerplateKind | null | undefined = undefined;
  authorLine: AuthorLine | null | undefined = undefined;
  dateLine: boolean | undefined = undefined;
  constructor(
    readonly index: number,
    readonly text: string,
    readonly indent: number,
    readonly marker: Line["marker"],
    readonly content: string,
    readonly contentColumn: number,
    readonly blankBefore: boolean,
    readonly words: number,
    readonly hasDigit: boolean,
    readonly letters: number,
  ) {}
}

/** The list marker's width: -1 for a one-character bullet, d+1 for "12." / "12)", 0 for none. */
/** "24. November 2019 um 17:53 Uhr" is a German date, not item 24 of a list. */
const DAY_MONTH_YEAR_START = /^\d{1,2}\.\s+(?:jan|feb|mär|mar|apr|mai|jun|jul|aug|sep|okt|nov|dez)\p{L}{0,7}\.?\s+\d{4}(?!\d)/iu;

function readMarker(text: string): number {
  const first = text.charCodeAt(0);
  if (first < 128 ? first === 45 || first === 42 || first === 43 : BULLET_CODES.has(first)) {
    // "- " and "* " only count as bullets when followed by a space; "•" may stand alone.
    // A lone "-" or "–" is a separator line; a lone "•" is an empty list item.
    if (text.length === 1) return first === 45 || first === 42 || first === 43 || first === 0x2013 ? 0 : -1;
    const second = text.charCodeAt(1);
    if (second === 32 || second === 0xa0) return -1;
    if (first !== 45 && first !== 42 && first !== 43 && first !== 0x2013) return -1;
    return 0;
  }
  let d = 0;
  while (d < text.length && d < 4 && text.charCodeAt(d) >= 48 && text.charCodeAt(d) <= 57) d++;
  if (d > 0 && d < 4) {
    const sep = text.charCodeAt(d);
    if (sep === 46 || sep === 41) {
      const after = text.charCodeAt(d + 1); // NaN past the end
      if (d + 1 >= text.length || after === 32 || after === 0xa0) return sep === 46 && d <= 2 && DAY_MONTH_YEAR_START.test(text) ? 0 : d + 1;
    }
  }
  return 0;
}

/** Counts runs of letters/digits without allocating. */
let lastScanHadDigit = false;
let lastScanLetters = 0;

/**
 * Per UTF-16 unit: bit 0 set for word characters (ASCII letters and digits, and letters from U+00C0
 * on outside the punctuation/symbol blocks), bit 1 set for ASCII digits. A table lookup per character
 * instead of a chain of range tests (this loop runs over every character of the page).
 */
let wordTable: Uint8Array | null = null;

function buildWordTable(): Uint8Array {
  const table = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) {
    if (c >= 48 && c <= 57) table[c] = 3;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !isSpaceOrPunct(c))) table[c] = 1;
  }
  return table;
}

export function countWords(s: string): number {
  const table = wordTable ?? (wordTable = buildWordTable());
  let n = 0;
  let previous = 0;
  let seen = 0;
  let letters = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const k = table[c]!;
    const inWord = k & 1;
    n += inWord & ~previous; // a word starts where a word character follows a non-word one
    previous = inWord;
    seen |= k;
    const folded = (c | 32) - 97; // 0-25 exactly for ASCII letters of either case
    if (folded >>> 0 < 26) letters |= 1 << folded;
    else if (c === 0xa9) letters |= COPYRIGHT_SIGN;
  }
  lastScanLetters = letters;
  lastScanHadDigit = (seen & 2) !== 0; // read by readLines right after the call (avoids a second pass)
  return n;
}

/**
 * countWords(s), but stops reading at the `limit`-th word (returns `limit` then): for callers that only
 * compare a count with a threshold. Leaves lastScanLetters/lastScanHadDigit alone.
 */
export function countWordsUpTo(s: string, limit: number): number {
  const table = wordTable ?? (wordTable = buildWordTable());
  let n = 0;
  let previous = 0;
  for (let i = 0; i < s.length; i++) {
    const inWord = table[s.charCodeAt(i)]! & 1;
    n += inWord & ~previous;
    if (n >= limit) return limit;
    previous = inWord;
  }
  return n;
}

function isSpaceOrPunct(c: number): boolean {
  // General punctuation, spaces, quotes, dashes, bullets and arrows are not letters.
  return (c >= 0x2000 && c <= 0x2bff) || c === 0x3000 || (c >= 0xfe30 && c <= 0xfe4f);
}
