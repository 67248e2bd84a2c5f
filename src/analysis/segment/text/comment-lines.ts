// Line-level readings inside a comment thread: author/date meta lines, comment chrome, and the
// one backward pass that tells which short lines lead up to a stamp. Used by comments.ts.
import {
  type BoilerplateKind,
  classifyBoilerplateLine,
  cleanName,
  isDateLine,
  looksLikeDate,
  looksLikeName,
} from "../boilerplate";
import { authorLineOf, countWordsUpTo, lineKind, textIsDateLine, type Line } from "./lines";
import type { DraftComment } from "./comments";

export interface AuthorInfo {
  author: string | null;
  postedAt: string | null;
}

/** Author/date read from a comment's meta line; null when the line is not one. */
const NO_DIGIT_META = /:\s*$|\b(?:posted|written|submitted|geschrieben|verfasst|ago|yesterday|gestern|today|heute)\b/i;

export function readMetaLine(line: Line, next: Line | undefined): AuthorInfo | null {
  const text = line.content;
  if (text.length > 200) return null;
  // Cheap gate: without a digit here or on the next line, only "X says:"/"Posted by"/"ago" shapes remain.
  const digit = line.marker === "number" ? hasDigitChar(text) : line.hasDigit; // a marker's digits do not count
  if (!digit && !(next?.hasDigit ?? false) && !NO_DIGIT_META.test(text) && !(next && NO_DIGIT_META.test(next.text))) return null;
  const parsed = authorLineOf(line);
  // "1009 schreibt:" is a user called 1009; "23.09.20 | 18:19    Name" put the date where the name goes.
  if (parsed) return hasLetter(parsed.author) || isBareNumber(parsed.author) ? parsed : nameAfterDate(text);
  // For a list item the date test reads its content, not its text with the marker.
  const selfIsDate = line.marker === "none" ? textIsDateLine(line) : isDateLine(text);
  if (selfIsDate) {
    const glued = splitNameAndDate(text);
    return glued ?? { author: null, postedAt: text };
  }
  // A bare name directly followed by a date line: "Roscoe" / "August 15, 2020". A bare number ("1. 1",
  // "□ 2": the thread's own comment numbering) names no one.
  // A date line that names its own author ("un citoyen Le 7 décembre 2019") leaves the line above as text.
  if (next && looksLikeName(text) && !isBareNumber(text) && textIsDateLine(next) && !namesItsAuthor(next)) {
    return { author: text, postedAt: null };
  }
  return trackbackStamp(text);
}

const REPLY_TAIL = /\s[-–·|]\s*(?:antworten|reply|répondre)$/iu;

/**
 * "Some Post Title - Some Blog 22. Juni 2018 um 16:11 Uhr - Antworten": a trackback's stamp, its
 * "name" a whole post title. A stamp all the same (the date before the Reply link), with no author.
 */
function trackbackStamp(text: string): AuthorInfo | null {
  if (text.length > 200) return null;
  const tail = REPLY_TAIL.exec(text);
  if (!tail) return null;
  const head = text.slice(0, tail.index);
  const m = DATE_START.exec(head);
  if (!m || m.index === 0) return null;
  const date = head.slice(m.index);
  return looksLikeDate(date) && isDateLine(date) ? { author: null, postedAt: date } : null;
}

function namesItsAuthor(line: Line): boolean {
  return authorLineOf(line) !== null || splitNameAndDate(line.content) !== null;
}

const DATE_START = /\d{1,2}\.?\s*\p{L}|\d{1,2}[./-]\d|\d+\s+\p{L}+\s+(?:ago|her)|\p{Lu}\p{Ll}+\.?\s+\d{1,2},?\s+\d{4}/u;

const SAID_TAIL = /\s+(?:said|says|wrote|sagt|sagte|schrieb|meint|a écrit|dit)\s*[,:]?(?:\s+(?:on|am|le))?\s*$/iu;
const INITIAL_DOT = /(\s\p{Lu})\.$/u;

/**
 * "23.09.20 | 18:19    Rezeptsammlerin": a stamp read as "author" = the date. The name is the text
 * after the last wide gap, when there is one; otherwise the line is a date only.
 */
function nameAfterDate(text: string): AuthorInfo {
  const gap = text.lastIndexOf("  ");
  if (gap > 0) {
    const name = text.slice(gap).trim();
    if (hasLetter(name) && looksLikeName(name)) return { author: name, postedAt: text.slice(0, gap).trim() };
  }
  return { author: null, postedAt: text };
}

function hasLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0) return true;
  }
  return false;
}

/** "photobix 11. Dezember 2012 um 11:07", "Sana6. Juni 2015 um 10:23": a name glued to its date. */
function splitNameAndDate(text: string): AuthorInfo | null {
  if (text.length > 100) return null;
  const m = DATE_START.exec(text);
  if (!m || m.index === 0) return null;
  // "stephangoeldi said, on August 3, 2019": the verb is no part of the name; "Sabrina K." ends in an initial.
  const name = cleanName(text.slice(0, m.index).replace(SAID_TAIL, ""));
  const date = text.slice(m.index);
  if (name.length === 0 || !looksLikeName(name.replace(INITIAL_DOT, "$1")) || !looksLikeDate(date)) return null;
  return { author: name, postedAt: date };
}

/** Lines of comment chrome that are neither text nor meta: Reply, Report, vote counts, widget lines. */
export function isCommentChrome(text: string): boolean {
  return isCommentChromeKind(classifyBoilerplateLine(text));
}

export function isCommentChromeKind(kind: BoilerplateKind | null): boolean {
  return kind !== null && kind !== "byline" && kind !== "caption" && kind !== "breadcrumb" && kind !== "copyright";
}

// The comment widget talking about itself: save/load status, retry links ("Dein Kommentar wird
// gespeichert...", "Loading comments…", "Erneut versuchen").
const WIDGET_STATUS = /^(?:(?:dein|ihr|your|votre) (?:kommentar|comment|commentaire) (?:wird|wurde|konnte|is being|was|could|has been|est|a été|n'a pas)\b|(?:kommentare|comments|commentaires) (?:werden geladen|are loading|loading|en cours de chargement)|(?:loading|lade) (?:comments|kommentare)|erneut versuchen$|try again$|réessayer$|(?:kommentar|comment) anzeigen\b|show comment\b)/iu;
// An empty input box, alone or with its label or buttons: "[          ] Abbrechen Senden".
const INPUT_BOX = /\[ {6,}\]/u;

/**
 * Thread lines that are widget furniture although no boilerplate class names them: status messages,
 * input boxes with buttons, icon-font glyphs (private-use characters) on a line of their own.
 */
export function isThreadWidgetLine(line: Line): boolean {
  if (line.marker !== "none") return false;
  if (line.words <= 1 && isIconLine(line.text)) return true;
  return line.text.length <= 160 && (WIDGET_STATUS.test(line.text) || INPUT_BOX.test(line.text));
}

function isIconLine(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!(c >= 0xe000 && c <= 0xf8ff) && c !== 32) return false;
  }
  return true;
}

/** Comment chrome by boilerplate class or as widget furniture (see isThreadWidgetLine). */
export function isThreadChromeLine(line: Line): boolean {
  return isCommentChromeKind(lineKind(line)) || isThreadWidgetLine(line);
}

// Actions the widget prints beside the name: "anaya60 Kommentar löschen", "Jo Reply".
export const AUTHOR_ACTION = /\s+(?:kommentar (?:löschen|melden|bearbeiten)|(?:delete|report|edit) comment|commentaire (?:supprimer|signaler)|löschen|melden|antworten|reply|report|delete|répondre|signaler)$/iu;

/** "anaya60 Kommentar löschen": a name with the widget's action beside it (a name line, however long). */
export function isNameWithAction(line: Line): boolean {
  if (line.marker !== "none" || line.text.length > 60) return false;
  const m = AUTHOR_ACTION.exec(line.text);
  return m !== null && m.index > 0 && looksLikeName(line.text.slice(0, m.index)) && line.text.slice(0, m.index).indexOf(" ") < 0;
}

export function isShortLine(line: Line): boolean {
  if (line.marker !== "none" || line.words > 3 || line.text.length > 40) return false;
  const last = line.text.charCodeAt(line.text.length - 1);
  return !(last === 46 || last === 33 || last === 63 || last === 0x2026 || last === 59 || last === 58); // . ! ? … ; :
}

/**
 * One backward pass over the region: each line's meta reading, whether it starts a run of short lines
 * that ends at a stamp (1) and whether real text (4+ words) follows before the next stamp (1).
 */
export function lookahead(lines: Line[], from: number, to: number): { metaOf: (AuthorInfo | null)[]; metaPrefix: Uint8Array; textAhead: Uint8Array } {
  const n = Math.max(0, to - from);
  const metaOf: (AuthorInfo | null)[] = new Array<AuthorInfo | null>(n).fill(null);
  const metaPrefix = new Uint8Array(n + 1);
  const textAhead = new Uint8Array(n + 1);
  let runToStamp = 0; // short lines between here and the next stamp
  for (let k = n - 1; k >= 0; k--) {
    const line = lines[from + k]!;
    const meta = line.marker === "none" ? readMetaLine(line, lines[from + k + 1]) : null;
    metaOf[k] = meta;
    if (meta) {
      runToStamp = 0;
      metaPrefix[k] = 0;
      textAhead[k] = 0;
      continue;
    }
    const chrome = isThreadChromeLine(line);
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
  // Only "enough words or not" matters: stop counting there (this runs several times per draft, and
  // counting whole comments was most of the thread's segmentation time).
  const needed = inCommentList ? MIN_WORDS_IN_COMMENT_LIST : MIN_WORDS_WITHOUT_META;
  let words = 0;
  for (let i = 0; i < d.lines.length && words < needed; i++) words += countWordsUpTo(d.lines[i]!, needed - words);
  return words >= needed;
}

/** Only digits (and a trailing dot): a comment's running number, "1" or "12.", not its text or author. */
export function isBareNumber(s: string): boolean {
  const end = s.endsWith(".") ? s.length - 1 : s.length;
  if (end === 0 || end > 6) return false;
  for (let i = 0; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function hasDigitChar(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

const MIN_STAMPED_ITEMS = 3;

/**
 * Whether the thread's list items open with their stamp ("1. Mathias 15. Dezember 2012 um 13:41"): at
 * least three do, and they are at least as many as the unstamped items among them. In such a thread an
 * unstamped item nested in a comment is a list in its text ("1. Du himmelst …"), not a reply.
 */
export function itemsOpenWithStamps(lines: Line[], from: number, to: number): boolean {
  let stamped = 0;
  let other = 0;
  let pending = 0; // unstamped items since the last stamped one: link lists after the thread do not count
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (line.marker === "none" || line.content.length === 0) continue;
    if (readMetaLine(line, lines[i + 1])) {
      stamped++;
      other += pending;
      pending = 0;
    } else pending++;
  }
  return stamped >= MIN_STAMPED_ITEMS && stamped >= other;
}

const ORIENTATION_REACH = 6;

/**
 * Whether the thread stamps each comment AFTER its text ("text / Daumen hoch / 1 Monat her / Next Name"):
 * date-only stamps that follow text (chrome skipped) clearly outnumber those that lead into text.
 */
export function stampsTrail(lines: Line[], from: number, to: number, metaOf: (AuthorInfo | null)[]): boolean {
  let trail = 0;
  let lead = 0;
  const isText = (j: number): boolean => metaOf[j - from] === null && lines[j]!.words >= 4;
  for (let i = from; i < to; i++) {
    const meta = metaOf[i - from];
    if (!meta || meta.author || !meta.postedAt || lines[i]!.marker !== "none") continue;
    let j = i - 1;
    while (j >= from && i - j <= ORIENTATION_REACH && isThreadChromeLine(lines[j]!)) j--;
    if (j >= from && i - j <= ORIENTATION_REACH && isText(j)) trail++;
    j = i + 1;
    while (j < to && j - i <= ORIENTATION_REACH && isThreadChromeLine(lines[j]!)) j++;
    if (j < to && j - i <= ORIENTATION_REACH && isText(j)) lead++;
  }
  return trail >= 2 && trail > 2 * lead;
}
