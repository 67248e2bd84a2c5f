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
  /** Chrome kind of `text`, filled in once by lineKind(). */
  kind?: BoilerplateKind | null;
}

/** The line's chrome kind (boilerplate.ts), computed once per line. */
export function lineKind(line: Line): BoilerplateKind | null {
  if (line.kind === undefined) line.kind = classifyBoilerplateLine(line.text);
  return line.kind;
}

import { classifyBoilerplateLine, type BoilerplateKind } from "../boilerplate";

const BULLETS = new Set(["•", "◦", "□", "▪", "■", "●", "○", "‣", "∙", "·", "☆", "★", "▸", "►", "-", "*", "–", "+"]);

/** Splits a page into non-blank lines. Linear: one scan per line, no regex over the whole page. */
export function readLines(content: string): Line[] {
  const out: Line[] = [];
  const raw = content.split("\n");
  let blankBefore = false;
  for (let i = 0; i < raw.length; i++) {
    const rawLine = raw[i] ?? "";
    const line = rawLine.endsWith("\r") ? rawLine.slice(0, -1) : rawLine;
    let indent = 0;
    let p = 0;
    while (p < line.length) {
      const c = line.charCodeAt(p);
      if (c === 32 || c === 0xa0) indent++;
      else if (c === 9) indent += 4;
      else break;
      p++;
    }
    const text = line.trim();
    if (text.length === 0) {
      blankBefore = true;
      continue;
    }
    const { marker, width } = readMarker(text);
    const content = marker === "none" ? text : text.slice(width).trimStart();
    const contentColumn = indent + (marker === "none" ? 0 : text.length - content.length);
    out.push({ index: i, text, indent, marker, content, contentColumn, blankBefore, words: countWords(content), hasDigit: lastScanHadDigit || (content !== text && digitIn(text)) });
    blankBefore = false;
  }
  return out;
}

function readMarker(text: string): { marker: Line["marker"]; width: number } {
  const first = text[0] ?? "";
  if (BULLETS.has(first)) {
    // "- " and "* " only count as bullets when followed by a space; "•" may stand alone.
    if (text.length === 1) return { marker: "bullet", width: 1 };
    if (text[1] === " " || text[1] === "\u00a0") return { marker: "bullet", width: 1 };
    if (first !== "-" && first !== "*" && first !== "+" && first !== "–") return { marker: "bullet", width: 1 };
    return { marker: "none", width: 0 };
  }
  let d = 0;
  while (d < text.length && d < 4 && text.charCodeAt(d) >= 48 && text.charCodeAt(d) <= 57) d++;
  if (d > 0 && d < 4 && (text[d] === "." || text[d] === ")")) {
    const after = text[d + 1];
    if (after === undefined || after === " " || after === "\u00a0") return { marker: "number", width: d + 1 };
  }
  return { marker: "none", width: 0 };
}

/** Counts runs of letters/digits without allocating. */
let lastScanHadDigit = false;

export function countWords(s: string): number {
  let n = 0;
  let inWord = false;
  let digit = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) digit = true;
    const isWordChar =
      (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !isSpaceOrPunct(c));
    if (isWordChar && !inWord) n++;
    inWord = isWordChar;
  }
  lastScanHadDigit = digit; // read by readLines right after the call (avoids a second pass)
  return n;
}

function isSpaceOrPunct(c: number): boolean {
  // General punctuation, spaces, quotes, dashes, bullets and arrows are not letters.
  return (c >= 0x2000 && c <= 0x2bff) || c === 0x3000 || (c >= 0xfe30 && c <= 0xfe4f);
}

function digitIn(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}
