// A list that the article ends on: a ranking ("01. Robert Plant", "02. Rob Halford", …), or the points
// or steps its last paragraph announces ("I'll sum them up:"). The items are names or short titles, no
// prose, so the body's prose score stops right above the list. Items counted 1, 2, 3, … in order are
// the article's own: menus and link rails are rarely numbered, and the numbered lists that are ("Most
// read") sit under an aside heading, which no list item here may follow. So are the items that a colon
// at the body's end leads into. And the list items inside the body that are no part of it (isLooseLinkItem).
import { endsSentence } from "../boilerplate";
import type { BodySpan } from "./body";
import type { Line } from "./lines";

/** Fewer items than this are as likely a footnote or two as the article's list. */
const MIN_ITEMS = 3;

/** The item number of a "12." / "12)" list line, or -1. */
function itemNumber(line: Line): number {
  if (line.marker !== "number") return -1;
  let n = 0;
  for (let p = 0; p < line.text.length; p++) {
    const c = line.text.charCodeAt(p);
    if (c < 48 || c > 57) break;
    n = n * 10 + c - 48;
  }
  return n;
}

/**
 * Grows the body's end over a numbered list that starts right after it at item 1 and counts up one
 * by one. Lines without a marker may sit between items (a wrapped title, a note under an item) when
 * no blank line comes before them. Stops at chrome, a wall or `limit` (the thread).
 */
export function extendOverNumberedList(lines: Line[], chrome: boolean[], walls: Uint8Array, span: BodySpan, limit: number): void {
  let i = span.end;
  if (i >= limit || itemNumber(lines[i]!) !== 1) return;
  let expected = 1;
  let end = i;
  for (; i < limit && !chrome[i] && walls[i] === 0; i++) {
    const n = itemNumber(lines[i]!);
    if (n === expected) {
      expected++;
      end = i + 1;
    } else if (n >= 0 || lines[i]!.blankBefore) break;
  }
  if (expected - 1 >= MIN_ITEMS) span.end = end;
}

/**
 * Grows the body's end over the list its last line announces ("I'll sum them up:"): the items with the
 * marker of the first one that follow it, blank lines between them or not, up to the first other line.
 */
export function extendOverAnnouncedList(lines: Line[], chrome: boolean[], walls: Uint8Array, span: BodySpan, limit: number): void {
  const last = lines[span.end - 1];
  if (!last || span.end >= limit || !last.text.endsWith(":") || chrome[span.end - 1]) return;
  let i = span.end;
  const marker = lines[i]!.marker;
  if (marker === "none") return;
  for (; i < limit && !chrome[i] && walls[i] === 0 && lines[i]!.marker === marker; i++);
  span.end = i;
}

const LINK_ITEM_MIN_WORDS = 7;

/**
 * A list item set apart by blank lines inside the body, a headline of seven words or more without a
 * sentence end: an inline teaser ("• Why the bridge stays closed for another year") or a photo's
 * description ("• Yeast being added to a bowl of warm water"), alone or one per step photo. The
 * article's own lists keep their items together, and an item that ends a sentence is prose.
 */
export function isLooseLinkItem(lines: Line[], i: number): boolean {
  const line = lines[i]!;
  if (line.marker !== "bullet" || !line.blankBefore || line.words < LINK_ITEM_MIN_WORDS || endsSentence(line.text)) return false;
  // A dash before a name is typed, not a list: "– Jane Doe, editor of the Town Gazette" under a quote.
  const dash = line.text.charCodeAt(0);
  if (dash === 45 || dash === 0x2013 || dash === 0x2014) return false;
  const next = lines[i + 1];
  return next === undefined || next.blankBefore;
}
