// Plain-text page segmentation: title, article body, boilerplate and the comment thread, from a text
// dump of a page (w3m/lynx renders, copy-paste). Linear in the page: one pass to read lines, one to
// classify them, a maximum-subarray scan for the body and one pass over the thread.
import type { SegmentedComment, SegmentedPage } from "../../types";
import { endsSentence } from "../boilerplate";
import { cutSpanTail, findBodySpan, isHeadingLike, trimSpanHead } from "./body";
import { AUTHOR_ACTION } from "./comment-lines";
import { findQuotedHeadline } from "./headline";
import { looksLikeComment, parseThread, type Destination, type DraftComment } from "./comments";
import { lineKind, readLines, textIsDateLine, type Line } from "./lines";
import { markSections } from "./sections";
import { nestByReplySignals } from "./reply-signals";
import { extendOverAnnouncedList, extendOverNumberedList, isLooseLinkItem } from "./lists";
import { extendOverTables } from "./tables";
import { findThreadStart, type ThreadStart } from "./thread-start";

// Shared, frozen destinations: one object per kind instead of one per line.
const BOILERPLATE: Destination = Object.freeze({ kind: "boilerplate" });
const BODY: Destination = Object.freeze({ kind: "body" });

export interface TracedPage {
  page: SegmentedPage;
  lines: Line[];
  /** Where each non-blank line went, parallel to `lines`. */
  destinations: Destination[];
}

export function segmentText(content: string): SegmentedPage {
  return segmentTextTraced(content).page;
}

/** segmentText plus where every line went (for tests and debugging). */
export function segmentTextTraced(content: string): TracedPage {
  const lines = readLines(content);
  const chrome = lines.map((l) => lineKind(l) !== null);
  // A thread cue ends the body even when no comment follows it (closed or empty threads, widgets).
  const thread = findThreadStart(lines, chrome);
  // Aside boxes ("Related" and its links) are chrome for the body only: the thread reads its own lines.
  const walls = markSections(lines, chrome);
  return segmentLines(lines, chrome, walls, thread);
}

function segmentLines(lines: Line[], chrome: boolean[], walls: Uint8Array, thread: ThreadStart): TracedPage {
  const span = findBodySpan(lines, chrome, walls, 0, thread.bodyLimit);

  const destinations: Destination[] = lines.map(() => BOILERPLATE);
  let titleIndex = -1;
  if (span) {
    span.start = trimSpanHead(lines, span, isDatelineOrPostMeta);
    cutSpanTail(lines, chrome, span);
    extendOverTables(lines, chrome, walls, span, thread.bodyLimit);
    extendOverNumberedList(lines, chrome, walls, span, thread.bodyLimit);
    extendOverAnnouncedList(lines, chrome, walls, span, thread.bodyLimit);
    // A headline that another line quotes (the thread header) is the title, whatever lies above it.
    const headline = findQuotedHeadline(lines, span.start, span.end);
    titleIndex = headline >= 0 ? headline : findTitle(lines, chrome, span.start);
    if (headline >= 0) span.start = headline + 1;
    else if (titleIndex === span.start) span.start++;
    for (let i = span.start; i < span.end; i++) {
      if (!chrome[i] && !isLooseLinkItem(lines, i)) destinations[i] = BODY;
    }
  } else {
    titleIndex = lines.findIndex((l, i) => i < thread.bodyLimit && !chrome[i] && isHeadingLike(l));
  }
  if (titleIndex >= 0) destinations[titleIndex] = { kind: "title" };

  let drafts: DraftComment[] = [];
  if (thread.start < lines.length) {
    const parsed = parseThread(lines, thread.start, lines.length);
    drafts = parsed.comments;
    parsed.dest.forEach((d, i) => {
      if (destinations[i]?.kind === "boilerplate") destinations[i] = d;
    });
  }
  const comments = finishComments(drafts, destinations);

  const title = titleIndex >= 0 ? lines[titleIndex]!.text : "";
  const body: string[] = [];
  const boilerplate: string[] = [];
  lines.forEach((l, i) => {
    const d = destinations[i]!;
    if (d.kind === "body") body.push(l.text);
    else if (d.kind === "boilerplate") boilerplate.push(l.text);
  });
  return { page: { title, body, boilerplate, comments }, lines, destinations };
}

/**
 * "2. Februar 2020 Alexander Roll 1 Kommentar Inklusion", "Juni 19th, 2018|Social Media|36 Kommentare":
 * a post's meta line (date, author, categories and its comment count) under the headline.
 */
const COMMENT_COUNT = /(?:^|[^\p{L}\p{N}])\[?\d{1,5}\]?\s?(?:kommentare?|comments?|antworten|responses|replies|commentaires?|réactions?)(?![\p{L}])/iu;
/** "Mittwoch, März 7, 2018 21 Allgemein, Beauty Braun, Haarfarbe Permalink": the filing line of a blog post. */
const PERMALINK_END = /\bpermalink$/iu;
const POST_META_MAX_WORDS = 25;

function isDatelineOrPostMeta(line: Line): boolean {
  if (textIsDateLine(line)) return true;
  if (!line.hasDigit || line.words > POST_META_MAX_WORDS || endsSentence(line.text)) return false;
  return COMMENT_COUNT.test(line.text) || PERMALINK_END.test(line.text);
}

/** The headline: the nearest heading-like line above the body, else the body's first line if it is one. */
function findTitle(lines: Line[], chrome: boolean[], bodyStart: number): number {
  for (let i = bodyStart - 1; i >= 0 && i >= bodyStart - 12; i--) {
    const line = lines[i]!;
    if (chrome[i] || textIsDateLine(line)) continue; // the dateline under the headline is no headline
    if (isHeadingLike(line)) return i;
  }
  const first = lines[bodyStart];
  if (first && isHeadingLike(first)) return bodyStart;
  return -1;
}

/** Drops comments without text (their lines become boilerplate) and renumbers parents. */
function finishComments(drafts: DraftComment[], destinations: Destination[]): SegmentedComment[] {
  const newIndex: number[] = [];
  const out: SegmentedComment[] = [];
  // When most list items read as comments, their shorter siblings may too ("Finally, some money!");
  // when most do not, the list is a link list (archives, related posts) and only stamped items stay.
  let listItems = 0;
  let listComments = 0;
  for (const d of drafts) {
    if (d.column < 0 || d.lines.length === 0) continue;
    listItems++;
    if (looksLikeComment(d)) listComments++;
  }
  const listThread = listComments > 0 && listComments * 2 >= listItems;
  const feed = isOneSourceFeed(drafts);
  const stretch = stampedStretch(drafts);
  drafts.forEach((d, i) => {
    const unstampedListItem = d.column >= 0 && !d.author && !d.postedAt;
    if (!looksLikeComment(d, listThread) || (feed && d.column < 0) || (unstampedListItem && (!listThread || i < stretch.first || i > stretch.last))) {
      newIndex.push(-1);
      return;
    }
    newIndex.push(out.length);
    let parent = d.parent;
    while (parent !== null && newIndex[parent] === -1) parent = drafts[parent]!.parent;
    const comment: SegmentedComment = { text: d.lines.join("\n"), author: tidyAuthor(d.author), parent: parent === null ? null : newIndex[parent]! };
    if (d.postedAt) comment.postedAt = d.postedAt;
    out.push(comment);
    void i;
  });
  nestByReplySignals(out);
  // Lines of one comment share their destination object: renumber each object once.
  const renumbered = new Map<Destination, Destination>();
  for (let i = 0; i < destinations.length; i++) {
    const d = destinations[i]!;
    if (d.kind === "comment-text" || d.kind === "comment-meta") {
      const known = renumbered.get(d);
      if (known !== undefined) {
        destinations[i] = known;
        continue;
      }
      const n = newIndex[d.comment] ?? -1;
      const to: Destination = n < 0 ? BOILERPLATE : { kind: d.kind, comment: n };
      renumbered.set(d, to);
      destinations[i] = to;
    }
  }
  return out;
}

/**
 * The stamped stretch of a thread: [first, last] stamped draft, widened to the whole list when
 * nothing bare lies outside it. In a thread whose comments carry stamps, two or more bare list items
 * before the first stamped one are teasers, after the last one the sidebar's link lists ("Recent
 * posts"); one bare item at either end is more likely a comment whose stamp went unread.
 */
function stampedStretch(drafts: DraftComment[]): { first: number; last: number } {
  let stamped = 0;
  let first = -1;
  let last = -1;
  drafts.forEach((d, i) => {
    if (d.lines.length > 0 && (d.author || d.postedAt)) {
      stamped++;
      if (first < 0) first = i;
      last = i;
    }
  });
  const all = { first: 0, last: drafts.length - 1 };
  if (stamped < 2) return all;
  const bareItems = (from: number, to: number): number => {
    let n = 0;
    for (let i = from; i < to; i++) if (drafts[i]!.column >= 0 && drafts[i]!.lines.length > 0) n++;
    return n;
  };
  return { first: bareItems(0, first) >= 2 ? first : 0, last: bareItems(last + 1, drafts.length) >= 2 ? last : drafts.length - 1 };
}

/**
 * "Sports Illustrated / 6 hours ago" over headline after headline: a related-content feed, not a
 * discussion. True when three or more flat drafts are stamped and one "author" signs 80% of them.
 */
function isOneSourceFeed(drafts: DraftComment[]): boolean {
  const counts = new Map<string, number>();
  let stamped = 0;
  for (const d of drafts) {
    if (d.column >= 0 || d.lines.length === 0 || !d.author) continue;
    stamped++;
    counts.set(d.author, (counts.get(d.author) ?? 0) + 1);
  }
  if (stamped < 3) return false;
  let top = 0;
  for (const n of counts.values()) top = Math.max(top, n);
  return top >= 0.8 * stamped;
}

// Gravatar alt text before the name: "roberta@example.net'roberta@example.net' Roberta".
const AVATAR_EMAIL = /^(?:[^\s@]*@\S+\s+)+(?=\S)/u;
// The date's first part left on the name: "JanBeek Jun 20th", "Josef Lindner, Do".
const DAY_TAIL = /(?:\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\.?\s+\d{1,2}(?:st|nd|rd|th)?|,\s*(?:mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun)\.?)$/iu;
const AUTHOR_LEAD = /^(?:\S{1,3}\s+(?=(?:comment|kommentar) (?:by|von)\s))?(?:(?:comment|reply|kommentar|antwort|commentaire|réponse) (?:by|von|de|par)|by|von|par)\s+(?=\S)/iu;
const AUTHOR_BADGE = /\s+(?:\(?(?:autor|author|autorin|admin|moderator|moderatorin|auteur)\)?)$/iu;

/** "Comment by Stadler" → "Stadler", "Mathias Autor" → "Mathias": the name without label, action or badge. */
function tidyAuthor(author: string | null): string | null {
  if (author === null || author.length > 120) return author;
  const tidy = author
    .replace(AVATAR_EMAIL, "")
    .replace(AUTHOR_LEAD, "")
    .replace(AUTHOR_ACTION, "")
    .replace(DAY_TAIL, "")
    .replace(AUTHOR_BADGE, "");
  return tidy.length > 0 ? tidy : author;
}
