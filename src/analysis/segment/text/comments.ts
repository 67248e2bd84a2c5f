// Reads a comment thread out of the lines after the article: list items ("1.", "•") nest by the
// column their content starts at; without lists, runs of text between author/date/action lines are
// the comments. Author and date lines become author/postedAt, action lines ("Reply") boilerplate.
import {
  type BoilerplateKind,
  classifyBoilerplateLine,
  cleanName,
  isCommentThreadHeader,
  isCommentThreadEnd,
  isDateLine,
  looksLikeDate,
  looksLikeName,
  parseAuthorLine,
} from "../boilerplate";
import { countWords, lineKind, type Line } from "./lines";

/** Where each line of the page went; comments refer to their index in the page's comment list. */
export type Destination =
  | { kind: "title" }
  | { kind: "body" }
  | { kind: "boilerplate" }
  | { kind: "comment-text"; comment: number }
  | { kind: "comment-meta"; comment: number };

export interface DraftComment {
  lines: string[];
  author: string | null;
  postedAt: string | null;
  parent: number | null;
  /** Content column of the list item that opened it (-1 for a flat comment). */
  column: number;
}

interface AuthorInfo {
  author: string | null;
  postedAt: string | null;
}

/** Author/date read from a comment's meta line; null when the line is not one. */
export function readMetaLine(text: string, next: Line | undefined): AuthorInfo | null {
  const parsed = parseAuthorLine(text);
  if (parsed) return parsed;
  if (isDateLine(text)) {
    const glued = splitNameAndDate(text);
    return glued ?? { author: null, postedAt: text };
  }
  // A bare name directly followed by a date line: "Roscoe" / "August 15, 2020".
  if (next && !next.blankBefore && looksLikeName(text) && isDateLine(next.text) && !isDateLine(text)) {
    return { author: text, postedAt: null };
  }
  return null;
}

const DATE_START = /\d{1,2}\.?\s*\p{L}|\d{1,2}[./-]\d|\d+\s+\p{L}+\s+(?:ago|her)|\p{Lu}\p{Ll}+\.?\s+\d{1,2},?\s+\d{4}/u;

/** "photobix 11. Dezember 2012 um 11:07", "Sana6. Juni 2015 um 10:23": a name glued to its date. */
function splitNameAndDate(text: string): AuthorInfo | null {
  if (text.length > 100) return null;
  const m = DATE_START.exec(text);
  if (!m || m.index === 0) return null;
  const name = cleanName(text.slice(0, m.index));
  const date = text.slice(m.index);
  if (name.length === 0 || !looksLikeName(name) || !looksLikeDate(date)) return null;
  return { author: name, postedAt: date };
}

/** Lines of comment chrome that are neither text nor meta: Reply, Report, vote counts, widget lines. */
export function isCommentChrome(text: string): boolean {
  return isCommentChromeKind(classifyBoilerplateLine(text));
}

export function isCommentChromeKind(kind: BoilerplateKind | null): boolean {
  return kind !== null && kind !== "byline" && kind !== "caption" && kind !== "breadcrumb" && kind !== "copyright";
}

/**
 * Parses lines[from..to) as a thread. Returns the comments and, per line index (into `lines`), its
 * destination (lines not listed are boilerplate).
 */
export function parseThread(lines: Line[], from: number, to: number): { comments: DraftComment[]; dest: Map<number, Destination>; end: number } {
  const comments: DraftComment[] = [];
  const dest = new Map<number, Destination>();
  /** Open list items, innermost last: [comment index, content column]. */
  const stack: { comment: number; column: number }[] = [];
  let current = -1; // comment receiving text
  let closed = true; // whether the next text line starts a new (flat) comment
  let pending: AuthorInfo | null = null; // meta seen before its comment's text
  let pendingLines: number[] = [];
  let end = to;
  let anyValid = false; // whether some comment so far passes looksLikeComment
  let checked = 0;
  let lastReset = 0;

  let weakAuthor: string | null = null; // a bare name line near a stamp; later ones win
  let pendingHasStamp = false;
  let justStamped = false; // a stamp was the last meta line read: the next text line is its comment's
  const open = (column: number, parent: number | null): number => {
    const author = pending?.author ?? weakAuthor;
    comments.push({ lines: [], author, postedAt: pending?.postedAt ?? null, parent, column });
    const idx = comments.length - 1;
    for (const li of pendingLines) dest.set(li, { kind: "comment-meta", comment: idx });
    pending = null;
    pendingLines = [];
    weakAuthor = null;
    pendingHasStamp = false;
    justStamped = false;
    return idx;
  };
  const { metaOf, metaPrefix, textAhead } = lookahead(lines, from, to);
  const hasStamps = metaOf.some((m) => m !== null);
  const applyMeta = (idx: number, meta: AuthorInfo, li: number): void => {
    const c = comments[idx]!;
    if (meta.author && !c.author) c.author = meta.author;
    if (meta.postedAt && !c.postedAt) c.postedAt = meta.postedAt;
    dest.set(li, { kind: "comment-meta", comment: idx });
  };

  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (isCommentThreadEnd(line.text) && line.indent <= (stack[0]?.column ?? 0)) {
      for (; checked < comments.length; checked++) if (looksLikeComment(comments[checked]!)) anyValid = true;
      checked = Math.max(0, comments.length - 1); // the last one may still grow
      if (anyValid) {
        end = i;
        break;
      }
      // A form or "closed" notice above the first comment: chrome, the thread may still follow.
      dest.set(i, { kind: "boilerplate" });
      pending = null;
      pendingLines = [];
      continue;
    }
    if (line.marker === "none" && isCommentThreadHeader(line.text)) {
      // A second header ("Kommentare" after a form): what came before it was not the thread.
      if (!anyValid) {
        for (; lastReset < comments.length; lastReset++) comments[lastReset]!.lines.length = 0;
        stack.length = 0;
        current = -1;
        closed = true;
      }
      dest.set(i, { kind: "boilerplate" });
      pending = null;
      pendingLines = [];
      weakAuthor = null;
      continue;
    }
    if (line.marker !== "none") {
      while (stack.length > 0 && stack[stack.length - 1]!.column >= line.contentColumn) stack.pop();
      const parent = stack.length > 0 ? stack[stack.length - 1]!.comment : null;
      current = open(line.contentColumn, parent);
      stack.push({ comment: current, column: line.contentColumn });
      closed = false;
      if (line.content.length === 0) {
        dest.set(i, { kind: "comment-meta", comment: current });
        continue;
      }
      const meta = lines[i + 1] ? readMetaLine(line.content, lines[i + 1]) : readMetaLine(line.content, undefined);
      if (meta) applyMeta(current, meta, i);
      else if (isCommentChrome(line.content)) dest.set(i, { kind: "boilerplate" });
      else {
        comments[current]!.lines.push(line.content);
        dest.set(i, { kind: "comment-text", comment: current });
      }
      continue;
    }
    // Inside a list: lines left of the innermost item's content close it.
    const wasInList = stack.length > 0;
    while (stack.length > 0 && stack[stack.length - 1]!.column > line.indent + 1) stack.pop();
    if (stack.length > 0) current = stack[stack.length - 1]!.comment;
    else if (wasInList) {
      // Out of the list: what follows is not the last item's text.
      current = -1;
      closed = true;
    }
    if (isCommentChromeKind(lineKind(line))) {
      dest.set(i, { kind: "boilerplate" });
      if (stack.length === 0 && current >= 0 && comments[current]!.lines.length > 0) closed = true;
      continue;
    }
    const meta = metaOf[i - from] ?? null;
    if (meta) {
      const posted = /^(?:[—–-]\s*)?(?:posted|written|submitted|geschrieben|verfasst)\s/iu.test(line.text);
      if (current >= 0 && posted && stack.length === 0 && comments[current]!.lines.length > 0 && !comments[current]!.author) {
        // "— Posted by NAME on DATE" under the text it belongs to.
        applyMeta(current, meta, i);
        closed = true;
      } else if (current >= 0 && !closed && comments[current]!.lines.length === 0) {
        applyMeta(current, meta, i);
      } else if (stack.length === 0 || (meta.author && i + 1 < to && lines[i + 1]!.marker !== "none")) {
        // Outside a list, or a name right above the next item ("John Roe" / "• 2 days ago"): it
        // belongs to the comment that starts next.
        pending = pending ? { author: pending.author ?? meta.author, postedAt: pending.postedAt ?? meta.postedAt } : meta;
        pendingLines.push(i);
        pendingHasStamp = true;
        justStamped = true;
        closed = true;
      } else {
        applyMeta(current, meta, i);
      }
      continue;
    }
    if (stack.length === 0) {
      const hasText = current >= 0 && comments[current]!.lines.length > 0;
      const nameish = isShortLine(line) && looksLikeName(line.text);
      // Short lines leading up to the next stamp ("Profilbild von X", "X", "1955") belong to it;
      // so do name lines right after a stamp when the comment's text follows them.
      // Right after a stamp the next line is the comment's text, however short ("Geil").
      const beforeStamp = metaPrefix[i - from] === 1 && !(pending !== null && pendingHasStamp && !hasText) && !justStamped;
      const afterStamp = nameish && (closed || current < 0) && (pending !== null || pendingLines.length > 0) && textAhead[i + 1 - from] === 1;
      // Threads without any stamp often alternate a bare name line and the comment under it.
      const next = lines[i + 1];
      const nameAbove = !hasStamps && nameish && next !== undefined && i + 1 < to && next.marker === "none" && next.words >= 4;
      if (beforeStamp || afterStamp || nameAbove) {
        if (nameish) weakAuthor = line.text;
        pendingLines.push(i);
        closed = true;
        continue;
      }
    }
    if (stack.length === 0 && (closed || current < 0)) {
      current = open(-1, null);
      closed = false;
    }
    if (current < 0) {
      dest.set(i, { kind: "boilerplate" });
      continue;
    }
    comments[current]!.lines.push(line.text);
    dest.set(i, { kind: "comment-text", comment: current });
  }
  return { comments, dest, end };
}

function isShortLine(line: Line): boolean {
  return line.marker === "none" && line.words <= 3 && line.text.length <= 40 && !/[.!?…;:]$/u.test(line.text);
}

/**
 * One backward pass over the region: each line's meta reading, whether it starts a run of short lines
 * that ends at a stamp (1) and whether real text (4+ words) follows before the next stamp (1).
 */
function lookahead(lines: Line[], from: number, to: number): { metaOf: (AuthorInfo | null)[]; metaPrefix: Uint8Array; textAhead: Uint8Array } {
  const n = Math.max(0, to - from);
  const metaOf: (AuthorInfo | null)[] = new Array<AuthorInfo | null>(n).fill(null);
  const metaPrefix = new Uint8Array(n + 1);
  const textAhead = new Uint8Array(n + 1);
  let runToStamp = 0; // short lines between here and the next stamp
  for (let k = n - 1; k >= 0; k--) {
    const line = lines[from + k]!;
    const meta = line.marker === "none" ? readMetaLine(line.text, lines[from + k + 1]) : null;
    metaOf[k] = meta;
    if (meta) {
      runToStamp = 0;
      metaPrefix[k] = 0;
      textAhead[k] = 0;
      continue;
    }
    const chrome = isCommentChromeKind(lineKind(line));
    if ((isShortLine(line) || chrome) && runToStamp >= 0 && runToStamp < 6 && k + 1 < n && (metaOf[k + 1] !== null || metaPrefix[k + 1] === 1)) {
      metaPrefix[k] = 1;
      runToStamp++;
      textAhead[k] = 0;
      continue;
    }
    runToStamp = -1;
    textAhead[k] = !chrome && line.words >= 4 ? 1 : (textAhead[k + 1] ?? 0);
  }
  return { metaOf, metaPrefix, textAhead };
}

const MIN_WORDS_WITHOUT_META = 8;
const MIN_WORDS_IN_COMMENT_LIST = 4;

/**
 * A draft is kept when it has text and either a stamp (author or date) or, for list items, enough
 * words to be more than a menu entry or a related link.
 */
export function looksLikeComment(d: DraftComment, inCommentList = false): boolean {
  if (d.lines.length === 0) return false;
  if (d.author || d.postedAt) return true;
  if (d.column < 0) return false;
  let words = 0;
  for (const l of d.lines) words += countWords(l);
  return words >= (inCommentList ? MIN_WORDS_IN_COMMENT_LIST : MIN_WORDS_WITHOUT_META);
}
