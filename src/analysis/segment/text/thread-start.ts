// Where the comment thread begins. Cues, earliest wins, each only after some article prose (so a
// "Comments" menu entry above the article does not count):
//   - a thread header ("20 thoughts on …", "Kommentare:", "3 Comments");
//   - a comment meta line that only comments have ("Roscoe says:", "— Posted by …");
//   - a list block that runs into a thread end ("Comments are closed", a comment form).
import { endsSentence, isCommentThreadHeader, isStampGivenAuthor, mayStampComment } from "../boilerplate";
import { authorLineOf, lineKind, type Line } from "./lines";

export interface ThreadStart {
  /** First line of the thread region (lines.length when there is none). */
  start: number;
  /** The body is searched in lines [0, bodyLimit). */
  bodyLimit: number;
}

const MIN_PROSE_WORDS_BEFORE = 40;
const COUNTED_HEADER = /^\d+\s+(?:thoughts?|responses?|comments?|repl(?:y|ies)|reactions?|kommentare?|antwort(?:en)?|gedanken?|réponses?|commentaires?)\s+(?:on|to|zu|auf|sur|à)\s/iu;
const SAYS_LINE = /\s(?:says|sagt|meint|schreibt|dit)\s*:\s*$/iu;

export function findThreadStart(lines: Line[], chrome: boolean[]): ThreadStart {
  const stamps = stampClusterStart(lines, chrome);
  let prose = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (i === stamps) return { start: i, bodyLimit: i };
    // "3 Responses to <title>" names its article: it heads the thread after however short a post.
    if (prose > 0 && prose < MIN_PROSE_WORDS_BEFORE && line.marker === "none" && COUNTED_HEADER.test(line.text)) return { start: i + 1, bodyLimit: i };
    if (prose >= MIN_PROSE_WORDS_BEFORE) {
      if (isCommentThreadHeader(line.text) && !inShareBar(lines, i)) return { start: i + 1, bodyLimit: i };
      // Thread cues are lines of their own; a list item ("• Subscribe") is a menu entry.
      const kind = line.marker === "none" ? lineKind(line) : null;
      if (kind === "widget" && stamps > i) return { start: i + 1, bodyLimit: i };
      if (line.text.length < 120 && SAYS_LINE.test(line.content) && authorLineOf(line)) {
        const start = line.marker !== "none" ? i : Math.max(0, i);
        return { start, bodyLimit: start };
      }
      if (kind === "closed" || kind === "form") {
        const listStart = listBlockBefore(lines, chrome, i);
        // "• No Comments" between the list and the form: the thread is empty (nothing after it is a
        // comment either: calendars, archives), and the list is the post itself.
        const empty = listStart >= 0 ? zeroCountLine(lines, listStart, i) : -1;
        if (empty >= 0) return { start: lines.length, bodyLimit: empty };
        if (listStart >= 0) return { start: listStart, bodyLimit: listStart };
      }
    }
    if (!chrome[i] && line.words >= 8 && endsSentence(line.text)) prose += line.words;
  }
  return { start: lines.length, bodyLimit: lines.length };
}

const STAMP_GAP = 40;
const POSTED_AFTER = /^(?:[—–-]\s*)?(?:posted|written|submitted|geschrieben|verfasst)\s/iu;

/**
 * Comments stamp themselves with author and date; three stamps close together with text between them,
 * after some prose, mark a thread even without a header. Returns where that thread starts (the stamp's
 * meta block, the list item holding it, or for "— Posted by" stamps the text above it), or -1.
 */
function stampClusterStart(lines: Line[], chrome: boolean[]): number {
  let prose = 0;
  const found: number[] = [];
  let textSinceStamp = false;
  let clusterNamed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (prose >= MIN_PROSE_WORDS_BEFORE && line.text.length <= 120 && mayStampComment(line.content) && isStampGivenAuthor(line.content, authorLineOf(line))) {
      const last = found[found.length - 1];
      // A thread stamps its comments alike: a dated note in the article ("Nachtrag 22.04.2020 10:30
      // Uhr:") does not start a cluster of "Name / date" stamps.
      const named = authorLineOf(line) !== null;
      if (last !== undefined && (i - last > STAMP_GAP || named !== clusterNamed)) found.length = 0;
      if (found.length === 0) clusterNamed = named;
      if (found.length === 0 || textSinceStamp) found.push(i);
      textSinceStamp = false;
      if (found.length >= 3) return backToBlockStart(lines, chrome, found[0]!);
      continue;
    }
    if (!chrome[i] && line.words >= 2) textSinceStamp = true;
    if (!chrome[i] && line.words >= 8 && endsSentence(line.text)) prose += line.words;
  }
  return -1;
}

/** From a thread's first stamp back to where its comment begins. */
function backToBlockStart(lines: Line[], chrome: boolean[], stamp: number): number {
  const line = lines[stamp]!;
  if (POSTED_AFTER.test(line.content)) {
    let i = stamp;
    while (i > 0 && !lines[i]!.blankBefore && stamp - i < 20) i--;
    return i;
  }
  for (let i = stamp - 1; i >= 0 && i >= stamp - 3; i--) {
    const l = lines[i]!;
    if (l.marker !== "none" && l.contentColumn <= line.indent + 1) return i;
  }
  let i = stamp;
  while (i > 0 && stamp - i < 6) {
    const prev = lines[i - 1]!;
    if (chrome[i - 1] || (prev.words <= 3 && !endsSentence(prev.text) && prev.marker === "none")) i--;
    else break;
  }
  return i;
}

/**
 * The first line of the list block (marker lines and their indented continuations) that ends just
 * before lines[endIndex], skipping chrome in between; -1 when there is none.
 */
const MIN_ITEM_WORDS = 5;
/** Deeper indentation than this is centred page furniture (a newsletter box), not a reply's text. */
const MAX_ITEM_INDENT = 40;

function listBlockBefore(lines: Line[], chrome: boolean[], endIndex: number): number {
  let i = endIndex - 1;
  while (i >= 0 && chrome[i]) i--;
  let first = -1;
  let items = 0;
  let wordy = false; // comments say something; a tag list or a menu ("• Coronavirus", "• Damen") does not
  for (; i >= 0; i--) {
    const line = lines[i]!;
    if (line.marker !== "none") {
      first = i;
      items++;
      if (line.words >= MIN_ITEM_WORDS) wordy = true;
      continue;
    }
    if (line.indent > 0 || chrome[i]) {
      if (!chrome[i] && line.indent <= MAX_ITEM_INDENT && line.words >= MIN_ITEM_WORDS) wordy = true;
      continue;
    }
    break;
  }
  return items > 0 && wordy ? first : -1;
}

const ZERO_COMMENTS = /^(?:no|0|zero|keine|aucun|pas de)\s+(?:comments?|responses?|replies|kommentare?|antworten|commentaires?)\b/iu;

/** The line in [from, to) that says the thread has no comments ("No Comments", "0 Kommentare"), or -1. */
function zeroCountLine(lines: Line[], from: number, to: number): number {
  for (let i = from; i < to; i++) if (lines[i]!.content.length < 40 && ZERO_COMMENTS.test(lines[i]!.content)) return i;
  return -1;
}

/**
 * A bare "Comments" link among share buttons ("Email" / "Copy Link" / "Comments") heads no thread; one set
 * apart from them by a blank line is a heading ("Teilen auf Twitter" / "" / "Comments").
 */
function inShareBar(lines: Line[], i: number): boolean {
  if (lines[i]!.hasDigit || lines[i]!.blankBefore) return false;
  let shares = 0;
  for (let j = Math.max(0, i - 4); j < i; j++) if (lineKind(lines[j]!) === "share") shares++;
  return shares >= 2;
}
