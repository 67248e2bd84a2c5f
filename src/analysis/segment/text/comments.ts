// Reads a comment thread out of the lines after the article: list items ("1.", "•") nest by the
// column their content starts at; without lists, runs of text between author/date/action lines are
// the comments. Author and date lines become author/postedAt, action lines ("Reply") boilerplate.
import {
  classifyBoilerplateLine,
  isCommentThreadEnd,
  isDateLine,
  looksLikeDate,
  looksLikeName,
  parseAuthorLine,
} from "../boilerplate";
import type { Line } from "./lines";

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
  const name = text.slice(0, m.index).replace(/[\s,|·•—–-]+$/u, "");
  const date = text.slice(m.index);
  if (name.length === 0 || !looksLikeName(name) || !looksLikeDate(date)) return null;
  return { author: name, postedAt: date };
}

/** Lines of comment chrome that are neither text nor meta: Reply, Report, vote counts, widget lines. */
export function isCommentChrome(text: string): boolean {
  const kind = classifyBoilerplateLine(text);
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

  const open = (column: number, parent: number | null): number => {
    comments.push({ lines: [], author: pending?.author ?? null, postedAt: pending?.postedAt ?? null, parent, column });
    const idx = comments.length - 1;
    for (const li of pendingLines) dest.set(li, { kind: "comment-meta", comment: idx });
    pending = null;
    pendingLines = [];
    return idx;
  };
  const applyMeta = (idx: number, meta: AuthorInfo, li: number): void => {
    const c = comments[idx]!;
    if (meta.author && !c.author) c.author = meta.author;
    if (meta.postedAt && !c.postedAt) c.postedAt = meta.postedAt;
    dest.set(li, { kind: "comment-meta", comment: idx });
  };

  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (isCommentThreadEnd(line.text) && comments.length > 0 && line.indent <= (stack[0]?.column ?? 0)) {
      end = i;
      break;
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
    while (stack.length > 0 && stack[stack.length - 1]!.column > line.indent + 1) stack.pop();
    if (stack.length > 0) current = stack[stack.length - 1]!.comment;
    if (isCommentChrome(line.text)) {
      dest.set(i, { kind: "boilerplate" });
      if (stack.length === 0 && current >= 0 && comments[current]!.lines.length > 0) closed = true;
      continue;
    }
    const meta = readMetaLine(line.text, lines[i + 1]);
    if (meta) {
      const posted = /^(?:[—–-]\s*)?(?:posted|written|submitted|geschrieben|verfasst)\s/iu.test(line.text);
      if (current >= 0 && posted && stack.length === 0 && comments[current]!.lines.length > 0 && !comments[current]!.author) {
        // "— Posted by NAME on DATE" under the text it belongs to.
        applyMeta(current, meta, i);
        closed = true;
      } else if (current >= 0 && !closed && comments[current]!.lines.length === 0) {
        applyMeta(current, meta, i);
      } else if (stack.length === 0) {
        pending = pending ? { author: pending.author ?? meta.author, postedAt: pending.postedAt ?? meta.postedAt } : meta;
        pendingLines.push(i);
        closed = true;
      } else {
        applyMeta(current, meta, i);
      }
      continue;
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
