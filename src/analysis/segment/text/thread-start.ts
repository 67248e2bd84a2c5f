// Where the comment thread begins. Cues, earliest wins, each only after some article prose (so a
// "Comments" menu entry above the article does not count):
//   - a thread header ("20 thoughts on …", "Kommentare:", "3 Comments");
//   - a comment meta line that only comments have ("Roscoe says:", "— Posted by …");
//   - a list block that runs into a thread end ("Comments are closed", a comment form).
import { endsSentence, isCommentThreadEnd, isCommentThreadHeader, parseAuthorLine } from "../boilerplate";
import type { Line } from "./lines";

export interface ThreadStart {
  /** First line of the thread region (lines.length when there is none). */
  start: number;
  /** The body is searched in lines [0, bodyLimit). */
  bodyLimit: number;
}

const MIN_PROSE_WORDS_BEFORE = 40;
const SAYS_LINE = /\s(?:says|sagt|meint|schreibt|dit)\s*:\s*$/iu;

export function findThreadStart(lines: Line[], chrome: boolean[]): ThreadStart {
  let prose = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (prose >= MIN_PROSE_WORDS_BEFORE) {
      if (isCommentThreadHeader(line.text)) return { start: i + 1, bodyLimit: i };
      if (line.text.length < 120 && SAYS_LINE.test(line.content) && parseAuthorLine(line.content)) {
        const start = line.marker !== "none" ? i : Math.max(0, i);
        return { start, bodyLimit: start };
      }
      if (isCommentThreadEnd(line.text)) {
        const listStart = listBlockBefore(lines, chrome, i);
        if (listStart >= 0) return { start: listStart, bodyLimit: listStart };
      }
    }
    if (!chrome[i] && line.words >= 8 && endsSentence(line.text)) prose += line.words;
  }
  return { start: lines.length, bodyLimit: lines.length };
}

/**
 * The first line of the list block (marker lines and their indented continuations) that ends just
 * before lines[endIndex], skipping chrome in between; -1 when there is none.
 */
function listBlockBefore(lines: Line[], chrome: boolean[], endIndex: number): number {
  let i = endIndex - 1;
  while (i >= 0 && chrome[i]) i--;
  let first = -1;
  let items = 0;
  for (; i >= 0; i--) {
    const line = lines[i]!;
    if (line.marker !== "none") {
      first = i;
      items++;
      continue;
    }
    if (line.indent > 0 || chrome[i]) continue;
    break;
  }
  return items > 0 ? first : -1;
}
