// Tables inside the article as text renders draw them: rows whose cells are set apart by wide runs of
// spaces (w3m pads every column to its width), list cells and wrapped cell text on the lines between
// them, and fact boxes of "Label: value" fields. None of it reads as prose, so the body's prose score
// alone would leave a table at either end of the article out.
import type { BodySpan } from "./body";
import type { Line } from "./lines";

/** A table row as text renders draw it: cells set apart by runs of three or more spaces. */
export function isTableRow(line: Line): boolean {
  return line.text.includes("   ");
}

/** "Level: 70", "NPC: Village Chief", "Seiten: 400 Seiten": a field of a fact box, label then value. */
const FIELD_ROW = /^\p{L}[\p{L}\p{N} .-]{0,24}: \S/u;

function isFieldRow(lines: Line[], chrome: boolean[], i: number): boolean {
  const line = lines[i];
  return line !== undefined && !chrome[i] && line.marker === "none" && line.text.length <= 200 && FIELD_ROW.test(line.text);
}

/** Whether line i is a row among three or more set without blank lines between them. */
function inRunOfThree(lines: Line[], chrome: boolean[], i: number, isRow: (lines: Line[], chrome: boolean[], j: number) => boolean): boolean {
  if (!isRow(lines, chrome, i)) return false;
  let n = 1;
  for (let j = i - 1; j >= 0 && n < 3 && !lines[j + 1]!.blankBefore && isRow(lines, chrome, j); j--) n++;
  for (let j = i + 1; j < lines.length && n < 3 && !lines[j]!.blankBefore && isRow(lines, chrome, j); j++) n++;
  return n >= 3;
}

/** A field among three or more (a fact box or a quest sheet). */
export function isInFactBox(lines: Line[], chrome: boolean[], i: number): boolean {
  return inRunOfThree(lines, chrome, i, isFieldRow);
}

/**
 * "400 ml Rinderfonds", "3 große Zwiebeln", "½ cup sugar": an amount, perhaps a unit, then a word (an
 * ingredient or parts list). "12.03.2020 Headline" and "3. Item" are no amounts.
 */
const QUANTITY_ROW = /^(?:\d{1,4}(?:[,/]\d{1,3})?|[½¼¾⅓⅔⅛])\s?(?:\p{L}{1,6}\.?\s)?\p{L}/u;
const MAX_QUANTITY_WORDS = 8;

function isQuantityRow(lines: Line[], chrome: boolean[], i: number): boolean {
  const line = lines[i];
  return line !== undefined && !chrome[i] && line.marker === "none" && line.words <= MAX_QUANTITY_WORDS && QUANTITY_ROW.test(line.text);
}

/** An amount among three or more (a list of ingredients or parts). */
export function isInQuantityList(lines: Line[], chrome: boolean[], i: number): boolean {
  return inRunOfThree(lines, chrome, i, isQuantityRow);
}

/** A padded row that is a table's: not chrome, not a form field ("[Search      ]"). */
function isCellRow(lines: Line[], chrome: boolean[], i: number): boolean {
  const line = lines[i]!;
  return !chrome[i] && line.text.charCodeAt(0) !== 91 && isTableRow(line);
}

/** A section heading between two parts of one table ("CAMERA", "Additional vocabulary"). */
const BRIDGE_MAX_WORDS = 4;

/** Lines [from, to) as one block: its padded rows, or -1 when a wall lies in it. */
function blockRows(lines: Line[], chrome: boolean[], walls: Uint8Array, from: number, to: number): number {
  let rows = 0;
  for (let j = from; j < to; j++) {
    if (walls[j] !== 0) return -1;
    if (isCellRow(lines, chrome, j)) rows++;
  }
  return rows;
}

/** The end (exclusive) of the block that starts at `from`: the next line after a blank one. */
function blockEnd(lines: Line[], from: number, limit: number): number {
  let j = from + 1;
  while (j < limit && !lines[j]!.blankBefore) j++;
  return j;
}

/** The start of the block that ends at `to` (exclusive): the last line after a blank one before it. */
function blockStart(lines: Line[], to: number, floor: number): number {
  let j = to - 1;
  while (j > floor && !lines[j]!.blankBefore) j--;
  return j;
}

function isBridge(lines: Line[], chrome: boolean[], from: number, to: number): boolean {
  return to - from === 1 && (chrome[from] || lines[from]!.words <= BRIDGE_MAX_WORDS);
}

/** Headings and rules one table part may sit under ("CAMERA" / "━━━━"). */
const MAX_BRIDGES = 2;

/** The end of the table part at `end` (its block, or headings then its block), or `end` when none is. */
function tableAfter(lines: Line[], chrome: boolean[], walls: Uint8Array, end: number, limit: number): number {
  let at = end;
  for (let bridges = 0; at < limit && bridges <= MAX_BRIDGES; bridges++) {
    const e = blockEnd(lines, at, limit);
    if (blockRows(lines, chrome, walls, at, e) > 0) return e;
    if (!isBridge(lines, chrome, at, e) || walls[at] !== 0) return end;
    at = e;
  }
  return end;
}

/** The start of the table part that ends at `start`, or `start` when none does. */
function tableBefore(lines: Line[], chrome: boolean[], walls: Uint8Array, start: number): number {
  let at = start;
  for (let bridges = 0; at > 0 && bridges <= MAX_BRIDGES; bridges++) {
    const s = blockStart(lines, at, 0);
    if (blockRows(lines, chrome, walls, s, at) > 0) return s;
    if (!isBridge(lines, chrome, s, at) || walls[s] !== 0) return start;
    at = s;
  }
  return start;
}

/**
 * Grows the body over a table it reaches into: the rest of the table block the span starts or ends in,
 * then whole blocks beyond it while each holds a padded row, across one-line section headings between
 * table parts. Blank-line blocks are the unit because a rendered table's rows, list cells and wrapped
 * cell text sit without blank lines between them. Never crosses a wall or `limit` (the thread).
 */
export function extendOverTables(lines: Line[], chrome: boolean[], walls: Uint8Array, span: BodySpan, limit: number): void {
  // Forward: the span's last block, then the blocks after it.
  let end = span.end;
  const lastStart = blockStart(lines, end, span.start);
  if (end < limit && !lines[end]!.blankBefore) {
    const e = blockEnd(lines, end, limit);
    if (blockRows(lines, chrome, walls, lastStart, e) > 0) end = e;
  }
  if (end > span.end || blockRows(lines, chrome, walls, lastStart, span.end) > 0) {
    for (let next = tableAfter(lines, chrome, walls, end, limit); next > end; next = tableAfter(lines, chrome, walls, end, limit)) end = next;
    span.end = end;
  }
  // Backward: the span's first block, then the blocks before it.
  let start = span.start;
  const firstEnd = blockEnd(lines, start, span.end);
  if (start > 0 && !lines[start]!.blankBefore) {
    const s = blockStart(lines, start, 0);
    if (blockRows(lines, chrome, walls, s, firstEnd) > 0) start = s;
  }
  if (start < span.start || blockRows(lines, chrome, walls, span.start, firstEnd) > 0) {
    for (let next = tableBefore(lines, chrome, walls, start); next < start; next = tableBefore(lines, chrome, walls, start)) start = next;
    span.start = start;
  }
}
