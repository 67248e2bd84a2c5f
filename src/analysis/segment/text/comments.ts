// Reads a comment thread out of the lines after the article: list items ("1.", "•") nest by the
// column their content starts at; without lists, runs of text between author/date/action lines are
// the comments. Author and date lines become author/postedAt, action lines ("Reply") boilerplate.
import { isCommentThreadHeader, looksLikeName } from "../boilerplate";
import { isBareNumber, isCommentChrome, isCommentChromeKind, isNameWithAction, isShortLine, isThreadChromeLine, itemsOpenWithStamps, lookahead, looksLikeComment, readMetaLine, stampsTrail, type AuthorInfo } from "./comment-lines";
import { lineKind, type Line } from "./lines";
import { isAsideHeading } from "./sections";

export { looksLikeComment } from "./comment-lines";

const CHROME: Destination = Object.freeze({ kind: "boilerplate" });
/** Disqus's own last line ("Please enable JavaScript to view the comments powered by Disqus."): the thread is over. */
const DISQUS_FOOTER = /comments powered by disqus/iu;
const RULES_HEADING = /^(?:(?:our |the )?(?:community |discussion |comment(?:ing)? )?(?:guidelines|rules|standards)|house rules|netiquette|(?:kommentar|community|diskussions)[- ]?(?:regeln|richtlinien)|règles (?:de (?:la )?)?(?:communauté|modération)|charte de modération)\s*:?$/iu;
// Teaser headings the section reader may not know, checked only right above a thread region.
const TEASER_HEADING = /^(?:das )?(?:könnte|dürfte) (?:dich|sie|euch) auch interessieren|^(?:ähnliche|weitere|verwandte) (?:beiträge|artikel)|^(?:vous aimerez aussi|à lire aussi|related (?:posts|articles)|you may also like)/iu;

function isAsideAbove(line: Line): boolean {
  return line.marker === "none" && line.words <= 8 && (isAsideHeading(line) || TEASER_HEADING.test(line.text));
}

/** How far after a reply box the next comment's stamp may be. */
const INLINE_FORM_REACH = 40;
/** A lone empty box ("[        ]", a like or reply field) with the next stamp this close is in the thread too. */
const BARE_BOX_REACH = 6;
const BARE_INPUT_BOX = /^\[ {6,}\]$/u;
const POSTED_START = /^(?:[—–-]\s*)?(?:posted|written|submitted|geschrieben|verfasst)\s/iu;

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


/**
 * Parses lines[from..to) as a thread. Returns the comments and, per line index (into `lines`), its
 * destination (lines not listed are boilerplate).
 */
export function parseThread(lines: Line[], from: number, to: number): { comments: DraftComment[]; dest: Map<number, Destination>; end: number } {
  const comments: DraftComment[] = [];
  const dest = new Map<number, Destination>();
  /** Open list items, innermost last: [comment index, content column]. */
  const stack: { comment: number; column: number }[] = [];
  /** Flat (non-list) comments by indentation, for reply nesting without list markers. */
  const flatStack: { comment: number; indent: number }[] = [];
  let current = -1; // comment receiving text
  let closed = true; // whether the next text line starts a new (flat) comment
  let pending: AuthorInfo | null = null; // meta seen before its comment's text
  let pendingLines: number[] = [];
  let end = to;
  let anyValid = false; // whether some comment so far passes looksLikeComment
  let checked = 0;
  let lastReset = 0;

  let namesAbove = 0; // bare name lines that opened a comment in a thread without stamps
  let weakAuthor: string | null = null; // a bare name line near a stamp; later ones win
  let pendingHasStamp = false;
  let justStamped = false; // a stamp was the last meta line read: the next text line is its comment's
  let weakLine = -1; // the line weakAuthor came from
  // One destination object per comment and kind, shared by its lines (not one per line).
  const textDests: Destination[] = [];
  const metaDests: Destination[] = [];
  const textDest = (idx: number): Destination => textDests[idx] ?? (textDests[idx] = { kind: "comment-text", comment: idx });
  const metaDest = (idx: number): Destination => metaDests[idx] ?? (metaDests[idx] = { kind: "comment-meta", comment: idx });
  const open = (column: number, parent: number | null): number => {
    const author = pending?.author ?? weakAuthor;
    comments.push({ lines: [], author, postedAt: pending?.postedAt ?? null, parent, column });
    const idx = comments.length - 1;
    for (const li of pendingLines) dest.set(li, metaDest(idx));
    // A bare name line only counts when it supplied the author; otherwise it is chrome.
    if (weakLine >= 0) dest.set(weakLine, pending?.author ? CHROME : metaDest(idx));
    pending = null;
    pendingLines = [];
    weakAuthor = null;
    weakLine = -1;
    pendingHasStamp = false;
    justStamped = false;
    afterTrailing = false;
    return idx;
  };
  const { metaOf, metaPrefix, textAhead } = lookahead(lines, from, to);
  const hasStamps = metaOf.some((m) => m !== null);
  const trailing = stampsTrail(lines, from, to, metaOf);
  const stampedItems = itemsOpenWithStamps(lines, from, to);
  // An aside heading ("You might also like") right above the region or before any comment: what
  // follows up to a thread header is the aside's list, however stamped.
  let asideOpen = from > 0 && isAsideAbove(lines[from - 1]!);
  let rulesList = false; // inside the list under a "Community Guidelines" heading
  let rulesItems = 0;
  let inlineForm = false; // inside a reply box that opened under a comment
  /** Whether a comment stamp follows within reach of line i (a reply box, not the thread's end). */
  const stampAhead = (i: number, reach: number): boolean => {
    for (let j = i + 1; j < to && j - i <= reach; j++) if (metaOf[j - from]) return true;
    return false;
  };
  let afterTrailing = false; // a trailing stamp closed the last comment: names now lead into the next
  const applyMeta = (idx: number, meta: AuthorInfo, li: number): void => {
    const c = comments[idx]!;
    let used = false;
    if (meta.author && !c.author) {
      c.author = meta.author;
      used = true;
    }
    if (meta.postedAt && !c.postedAt) {
      c.postedAt = meta.postedAt;
      used = true;
    }
    // A meta line that adds nothing (a second author line) is chrome, not silently dropped.
    dest.set(li, used ? metaDest(idx) : CHROME);
  };

  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    const kind = line.marker === "none" ? lineKind(line) : null;
    if (line.marker === "none" && line.words <= 4 && RULES_HEADING.test(line.text)) {
      // "Community Guidelines" and its list of rules: the house rules, not comments.
      rulesList = true;
      dest.set(i, CHROME);
      continue;
    }
    // The rules are one block of items: a blank line after its first item ends it.
    if (rulesList && (line.marker !== "none" || line.indent > 0) && !(rulesItems > 0 && line.blankBefore)) {
      rulesItems++;
      dest.set(i, CHROME);
      continue;
    }
    rulesList = false;
    rulesItems = 0;
    if (kind === "form" && (inlineForm || (line.text.startsWith("[") && i > from && (lineKind(lines[i - 1]!) === "action" ? stampAhead(i, INLINE_FORM_REACH) : BARE_INPUT_BOX.test(line.text) && stampAhead(i, BARE_BOX_REACH)))) && current >= 0) {
      // A reply box (its input fields) under a comment's "Reply" link ("Antworten" / "[    ]" …) when
      // another stamp follows: more comments come, this is not the thread's closing form.
      inlineForm = true;
      dest.set(i, CHROME);
      if (stack.length === 0) closed = true;
      continue;
    }
    inlineForm = false;
    // A form, "comments are closed" or a sidebar heading ("Recent Comments") after the thread ends it.
    if ((kind === "closed" || kind === "form" || isAsideHeading(line) || (kind === null && DISQUS_FOOTER.test(line.text))) && (stack.length === 0 || line.indent <= stack[0]!.column)) {
      for (; checked < comments.length; checked++) if (looksLikeComment(comments[checked]!)) anyValid = true;
      checked = Math.max(0, comments.length - 1); // the last one may still grow
      if (anyValid) {
        end = i;
        break;
      }
      // A form or "closed" notice above the first comment: chrome, the thread may still follow.
      // After an aside heading ("You might also like"), what follows until a thread header is the aside's.
      if (kind !== "closed" && kind !== "form") asideOpen = true;
      dest.set(i, CHROME);
      pending = null;
      pendingLines = [];
      continue;
    }
    if (line.marker === "none" && isCommentThreadHeader(line.text)) {
      // A second header ("Kommentare" after a form): what came before it was not the thread.
      for (; checked < comments.length; checked++) if (looksLikeComment(comments[checked]!)) anyValid = true;
      checked = Math.max(0, comments.length - 1);
      if (!anyValid || asideOpen) {
        asideOpen = false;
        anyValid = false;
        for (; lastReset < comments.length; lastReset++) comments[lastReset]!.lines.length = 0;
        stack.length = 0;
        flatStack.length = 0;
        current = -1;
        closed = true;
      }
      dest.set(i, CHROME);
      pending = null;
      pendingLines = [];
      weakAuthor = null;
      weakLine = -1;
      continue;
    }
    if (trailing && line.marker !== "none" && stack.length === 0 && current >= 0 && !closed && comments[current]!.column < 0 && comments[current]!.lines.length > 0 && !readMetaLine(line, lines[i + 1])) {
      // Stamped after its text, a flat comment still open owns the list in it ("1. …", "2. …").
      comments[current]!.lines.push(line.text);
      dest.set(i, textDest(current));
      continue;
    }
    if (line.marker !== "none") {
      while (stack.length > 0 && stack[stack.length - 1]!.column >= line.contentColumn) stack.pop();
      // Items indented under a flat comment are its replies (WordPress: "Karl sagt:" / text /
      // "  • Markus sagt:" / reply).
      const flatAbove = flatStack.length > 0 ? flatStack[flatStack.length - 1]! : null;
      const parent = stack.length > 0 ? stack[stack.length - 1]!.comment : flatAbove !== null && line.indent > flatAbove.indent ? flatAbove.comment : null;
      if (stampedItems && stack.length > 0 && parent !== null && line.content.length > 0) {
        const c = comments[parent]!;
        if ((c.author || c.postedAt) && !readMetaLine(line, lines[i + 1])) {
          // Items open with their stamp here: an unstamped one inside a comment is a list in its text.
          c.lines.push(line.text);
          dest.set(i, textDest(parent));
          current = parent;
          continue;
        }
      }
      // Sub-items before an item's text ("1." / "□ Antworten" / "□ Name" / "□ date") are its meta
      // and chrome, not replies.
      if (parent !== null && comments[parent]!.lines.length === 0) {
        const meta = line.content.length > 0 ? readMetaLine(line, lines[i + 1]) : null;
        if (meta) {
          applyMeta(parent, meta, i);
          current = parent;
          continue;
        }
        const chromeItem = line.content.length > 0 && isCommentChrome(line.content);
        const nameItem = !chromeItem && line.content.length > 0 && line.words <= 3 && looksLikeName(line.content);
        if (line.content.length === 0 || chromeItem || nameItem) {
          if (nameItem && !comments[parent]!.author) {
            comments[parent]!.author = line.content;
            dest.set(i, metaDest(parent));
          } else dest.set(i, line.content.length === 0 ? metaDest(parent) : CHROME);
          current = parent;
          continue;
        }
      }
      current = open(line.contentColumn, parent);
      stack.push({ comment: current, column: line.contentColumn });
      closed = false;
      if (line.content.length === 0) {
        dest.set(i, metaDest(current));
        continue;
      }
      const meta = readMetaLine(line, lines[i + 1]);
      if (meta) applyMeta(current, meta, i);
      else if (isBareNumber(line.content)) dest.set(i, metaDest(current)); // "1. 1": the running number
      else if (isCommentChrome(line.content)) dest.set(i, CHROME);
      else {
        comments[current]!.lines.push(line.content);
        dest.set(i, textDest(current));
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
    if (isThreadChromeLine(line)) {
      dest.set(i, CHROME);
      if (stack.length === 0 && current >= 0 && comments[current]!.lines.length > 0) closed = true;
      continue;
    }
    const meta = metaOf[i - from] ?? null;
    if (meta) {
      const posted = POSTED_START.test(line.text);
      const c = current >= 0 ? comments[current]! : null;
      if (trailing && c && stack.length === 0 && c.column < 0 && c.lines.length > 0 && !c.postedAt && meta.postedAt && !meta.author) {
        // Stamped after its text: the date closes the comment above it.
        applyMeta(current, meta, i);
        closed = true;
        afterTrailing = true;
        if (weakLine >= 0) dest.set(weakLine, CHROME); // a short line before the date named no one
        weakAuthor = null;
        weakLine = -1;
      } else if (current >= 0 && posted && stack.length === 0 && comments[current]!.lines.length > 0 && !comments[current]!.author) {
        // "— Posted by NAME on DATE" under the text it belongs to.
        applyMeta(current, meta, i);
        closed = true;
      } else if (current >= 0 && !closed && comments[current]!.lines.length === 0) {
        applyMeta(current, meta, i);
      } else if (stack.length > 0 && c && c.lines.length > 0 && !c.author && !c.postedAt && meta.author && meta.postedAt) {
        // A full "Name, date" stamp under an unstamped item's text signs that item ("• text" /
        // "gabriel Le 11 septembre 2018 à 12:57"), even right above the next item.
        applyMeta(current, meta, i);
      } else if (stack.length === 0 || (meta.author && i + 1 < to && lines[i + 1]!.marker !== "none")) {
        // Outside a list, or a name right above the next item ("John Roe" / "• 2 days ago"): it
        // belongs to the comment that starts next.
        if (pending && ((pending.author && meta.author) || (pending.postedAt && meta.postedAt))) {
          // Two stamps in a row with no text between: the first one stamped an empty comment.
          for (const li of pendingLines) dest.set(li, CHROME);
          pendingLines = [];
          pending = null;
        }
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
      const nameish = (isShortLine(line) && looksLikeName(line.text)) || isNameWithAction(line);
      // Short lines leading up to the next stamp ("Profilbild von X", "X", "1955") belong to it;
      // so do name lines right after a stamp when the comment's text follows them.
      // Right after a stamp the next line is the comment's text, however short ("Geil").
      // A comment line ending in a colon ("Quelle:") announces the line under it: that is text too.
      const announced = hasText && !closed && dest.get(i - 1) === textDest(current) && lines[i - 1]!.text.endsWith(":");
      const beforeStamp = metaPrefix[i - from] === 1 && !(pending !== null && pendingHasStamp && !hasText) && !justStamped && !announced;
      const afterStamp = nameish && (closed || current < 0) && (pending !== null || pendingLines.length > 0) && textAhead[i + 1 - from] === 1;
      // Threads without any stamp often alternate a bare name line and the comment under it.
      const next = lines[i + 1];
      // Once that alternation is established (two names so far), a short reply under a name counts
      // too ("Oskar Olsson" / "So brave."), unless it could itself be a name.
      const shortReply = namesAbove >= 2 && next !== undefined && hasText && !(isShortLine(next) && looksLikeName(next.text));
      const nameAbove = !hasStamps && nameish && next !== undefined && i + 1 < to && next.marker === "none" && (next.words >= 4 || shortReply);
      if (nameAbove) namesAbove++;
      // Threads stamped after the text name the author above it: "NossiNossi" / "Gast" / "Nossi" / text.
      const afterTrailingStamp = nameish && (afterTrailing || (trailing && (closed || current < 0)));
      if (beforeStamp || afterStamp || nameAbove || afterTrailingStamp) {
        if (nameish) {
          // A later name line wins; the one it replaces is chrome.
          if (weakLine >= 0) dest.set(weakLine, CHROME);
          weakAuthor = line.text;
          weakLine = i;
        } else dest.set(i, CHROME);
        closed = true;
        continue;
      }
    }
    if (stack.length === 0 && (closed || current < 0)) {
      // Flat threads nest replies by indentation: the parent is the last comment indented less.
      const first = pendingLines.length > 0 ? lines[pendingLines[0]!]! : line;
      const indent = Math.min(first.indent, line.indent);
      while (flatStack.length > 0 && flatStack[flatStack.length - 1]!.indent >= indent) flatStack.pop();
      const parent = flatStack.length > 0 ? flatStack[flatStack.length - 1]!.comment : null;
      current = open(-1, parent);
      flatStack.push({ comment: current, indent });
      closed = false;
    }
    if (current < 0) {
      dest.set(i, CHROME);
      continue;
    }
    comments[current]!.lines.push(line.text);
    dest.set(i, textDest(current));
  }
  return { comments, dest, end };
}

