// Lines that end the article: the heading of an aside section ("Related articles", "About the
// author", "Ähnliche Beiträge", "Trending now") and the page's copyright notice. The body's best run
// never spans one (body.ts treats them as walls), so teaser lists and footers after them stay out.
import { endsSentence } from "../boilerplate";
import { lineKind, type Line } from "./lines";

/**
 * Aside headings, alone on their line. Anchored at both ends, no nested quantifiers: an inline promo
 * ("Related: Some headline") or a sentence never matches, only the bare heading does.
 */
const ASIDE_HEADING = new RegExp(
  "^(?:" +
    [
      "related(?: (?:articles?|posts?|stories|content|news|links|reading|coverage|topics|videos?))?",
      "more on|more in|more from|more|more (?:stories|news|articles|videos?|great \\S+(?: \\S+)? stories|from \\S+(?: \\S+){0,3}|on \\S+(?: \\S+){0,2}|in \\S+(?: \\S+){0,2})",
      "(?:recent|latest|newest|popular|top|featured|trending|recommended|similar|other) (?:posts|articles|stories|news|videos|reads)",
      "recent comments|latest comments|neueste kommentare|letzte kommentare|aktuelle diskussion(?:en)?|derniers commentaires",
      "top stories|trending(?: now| today)?|most (?:read|popular|viewed|shared|commented)|read next|keep reading|further reading|what to read next",
      "you (?:may|might)(?: also)? (?:like|enjoy)|recommended(?: for you)?|don't miss|also on \\S+(?: \\S+)?|around the web|from the web",
      "about the author|about (?:the )?authors|über den autor|über die autorin|zum autor|zur autorin|die autorin|der autor",
      "(?:ähnliche|verwandte|weitere|neueste|letzte|beliebte|passende|empfohlene|meistgelesene) (?:artikel|beiträge|themen|nachrichten|meldungen)",
      "weiterführende artikel(?: zu diesem thema)?|meistgelesen|meist gelesen|das könnte sie auch interessieren|auch interessant|mehr zum thema|mehr (?:aus|von|zu) \\S+(?: \\S+){0,2}",
      "l'auteur vous recommande|à lire aussi|a lire aussi|en relation|sur le même sujet|articles? (?:similaires|liés|connexes|recommandés)|les plus lus",
    ].join("|") +
    ")\\s*:?(?:\\s*[^\\w\\s]{1,4})?\\s*$", // a trailing emoji or arrow ("Keep Reading 🚀") is decoration
  "i",
);

const YEAR_OR_RESERVED = /\b(?:19|20)\d\d\b|reserved|vorbehalten|réservés/i;

const isLower = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
const isUpper = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);

/** Where a lower-case letter is glued to an upper-case one (a render ran two tab labels together), or -1. */
function caseGlueAt(text: string): number {
  for (let i = 0; i + 1 < text.length; i++) if (isLower(text.charCodeAt(i)) && isUpper(text.charCodeAt(i + 1))) return i;
  return -1;
}

/**
 * A bare aside heading ("Related articles", "Über den Autor"), also as the first of tab labels the
 * render glued together ("Related articlesMore from author", "MeistgelesenEmpfohlen").
 */
export function isAsideHeading(line: Line): boolean {
  if (line.words === 0 || line.words > 8 || line.text.length > 80 || line.marker !== "none") return false;
  if (ASIDE_HEADING.test(line.text)) return true;
  const glue = caseGlueAt(line.text);
  return glue >= 0 && ASIDE_HEADING.test(line.text.slice(0, glue + 1));
}

const AUTHOR_HEADING = /^(?:about|über|zum|zur|die|der)\b/i;
/** "About the Author - Florina Ionescu", "Über Luis Holuch 257 Artikel": an author box's label line. */
const AUTHOR_LABEL = /^(?:about the author|über den autor|über die autorin|à propos de l'auteur|contact the authors?)\b|^über \S+(?: \S+){0,2} \d+ (?:artikel|beiträge)$/i;
/** A bio's opening: a capitalised name of one to four words, then "is/ist/was/est …". */
const BIO_LEAD = /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}) (?:is|Is|was|ist|war|est|has been|hat)\s/u;
/** A bio in the first person: "Ich bin Jessie Weiß, 32 Jahre …", "Hi, I'm Anna and …". */
const FIRST_PERSON_BIO_LEAD = /^(?:(?:hi|hallo|hello|hey|salut|bonjour)[,!]? )?(?:ich bin|ich heiße|i am|i'm|i’m|my name is|mein name ist|je suis|je m'appelle|je m’appelle) (\p{Lu}[\p{L}'’.-]*)/iu;
const CAPITALISED = /^\p{Lu}/u;
/** A writer's role in a bio's first words: "is a senior reporter", "ist freie Journalistin". */
const WRITER_ROLE = /^ (?:is|Is|was|ist|war|est) (?:an?|the|ein|eine|un|une|le|la)?\s*(?:[\p{L}-]+ ){0,4}(?:reporter|writer|editor|journalist|correspondent|contributor|columnist|blogger|author|redakteur|redakteurin|journalistin|autor|autorin|rédacteur|rédactrice|journaliste|auteur)/iu;
/** "By ", "Von ": stripped from short lines before they count as a byline name. */
const BYLINE_WORD = /^(?:by|von|par|posted by|written by)\s+/i;
const BIO_REACH = 4;
const BYLINE_LEAD = /^(?:by|von|par|posted by|written by|veröffentlicht von|geschrieben von|autor:?|author:?)\s+$/i;

/**
 * An author box: a bio paragraph opening with a name that a short line just above it also shows
 * ("Henning Lobin" / "www.lobin.de" / "Henning Lobin ist seit 2018 Direktor …"). Returns that short
 * line's index, or -1.
 */
function authorBoxStart(lines: Line[], i: number, bylineNames: ReadonlySet<string>): number {
  const line = lines[i]!;
  if (line.words < 10 || line.marker !== "none") return -1;
  const m = BIO_LEAD.exec(line.text);
  // The first-person bio names its writer by the first name the byline above also shows ("Von Jessie").
  const firstPerson = m ? null : FIRST_PERSON_BIO_LEAD.exec(line.text);
  const name = m?.[1] ?? firstPerson?.[1];
  if (!name || !CAPITALISED.test(name)) return -1; // the lead matches case-blind, the name must not
  if (m && !name.includes(" ")) return -1; // a person's full name, not "Python is …" under "About Python"
  for (let j = i - 1; j >= 0 && i - j <= BIO_REACH; j--) {
    const above = lines[j]!;
    if (above.words > 8) continue;
    const at = above.text.indexOf(name);
    // A first name alone is weak evidence: only a byline ("Von Jessie") vouches for it.
    if (at < 0 || (firstPerson && (at === 0 || !endsWord(above.text, at + name.length)))) continue;
    if (at === 0 || (at > 0 && BYLINE_LEAD.test(above.text.slice(0, at)))) return j;
  }
  // "Edward Russell Is a Senior Aviation Reporter at …" under the article whose byline showed the name.
  if (m && bylineNames.has(name) && WRITER_ROLE.test(line.text.slice(name.length, name.length + 120))) return i;
  return -1;
}

/**
 * A paragraph that opens with the full name from the article's byline ("By Tim Anderson" … "TIM
 * ANDERSON has done many amazing things …"): the writer's bio. Writers do not name themselves in
 * full inside their own article.
 */
function opensWithBylineName(line: Line, persons: readonly string[]): boolean {
  if (persons.length === 0 || line.words < 10 || line.marker !== "none") return false;
  for (const p of persons) {
    if (line.text.charCodeAt(p.length) === 32 && line.text.slice(0, p.length).toUpperCase() === p) return true;
  }
  return false;
}

function endsWord(text: string, at: number): boolean {
  return at >= text.length || !/[\p{L}\p{N}]/u.test(text[at]!);
}

/** The page's own copyright notice (a year or "all rights reserved"), not a photo credit. */
function isCopyrightNotice(line: Line, chrome: boolean): boolean {
  return chrome && line.text.length <= 300 && lineKind(line) === "copyright" && YEAR_OR_RESERVED.test(line.text);
}

/** Teaser titles are cut short: "Israeli strikes pound Gaza City, where tens of thousands …". */
export function isTruncated(line: Line): boolean {
  const t = line.text;
  return line.words < 15 && (t.endsWith(" …") || t.endsWith("...") || t.endsWith("…"));
}

/** A line that reads as a paragraph of prose: a sentence of eight words or more. */
function isProse(line: Line, chrome: boolean): boolean {
  return !chrome && line.marker === "none" && line.words >= 8 && endsSentence(line.text) && !isTruncated(line);
}

const ASIDE_LOOKAHEAD = 6;

/**
 * Marks aside headings as chrome and returns the walls the body may not span: copyright notices,
 * author-box headings, and aside headings followed by a list of links or teasers (three or more
 * non-prose lines among the next six). A heading over one or two links inside the article ("Related" /
 * one headline / the article goes on) is chrome but no wall.
 */
export function markSections(lines: Line[], chrome: boolean[]): Uint8Array {
  const walls = new Uint8Array(lines.length);
  const bylineNames = new Set<string>();
  const bylinePersons: string[] = []; // full names from "By Jane Doe" lines, upper-cased
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (isCopyrightNotice(line, chrome[i] ?? false)) {
      walls[i] = 1;
      continue;
    }
    if (line.words <= 8 && line.text.length <= 80 && AUTHOR_LABEL.test(line.text)) {
      walls[i] = 1;
      chrome[i] = true;
      continue;
    }
    if (opensWithBylineName(line, bylinePersons)) {
      walls[i] = 1;
      chrome[i] = true;
      continue;
    }
    const box = authorBoxStart(lines, i, bylineNames);
    if (box >= 0) {
      walls[box] = 1;
      for (let j = box; j <= i; j++) chrome[j] = true;
      continue;
    }
    if (line.words >= 2 && line.words <= 4 && line.marker === "none" && line.text.length <= 60) {
      const name = line.text.replace(BYLINE_WORD, "");
      bylineNames.add(name);
      if (name.length < line.text.length && name.includes(" ") && line.words <= 5) bylinePersons.push(name.toUpperCase());
    }
    if (!isAsideHeading(line)) continue;
    chrome[i] = true;
    if (AUTHOR_HEADING.test(line.text)) {
      walls[i] = 1;
      continue;
    }
    // The box under the heading (links, teaser titles, bylines) is chrome up to the first paragraph;
    // the body may still run across it when the article goes on below.
    // A teaser indented under a list item of the box ("• Headline" / "    Summary.") is the box's too.
    let listColumn = -1;
    for (let j = i + 1; j < lines.length && j <= i + ASIDE_LOOKAHEAD * 4; j++) {
      const item = lines[j]!;
      if (item.marker !== "none") listColumn = item.contentColumn;
      else if (isProse(item, chrome[j] ?? false) && !(listColumn > 0 && item.indent >= listColumn)) break;
      chrome[j] = true;
    }
  }
  markTeaserGrids(lines, chrome);
  markGalleries(lines, chrome, walls);
  markSlideshows(lines, chrome, walls);
  return walls;
}

const MIN_TEASERS = 3;

/**
 * A teaser grid: headline over a one-sentence summary, the pair set off by blank lines, three or more
 * times in a row ("Amazon sets sights on new Cork office" / "Reports suggest the company …"). Article
 * paragraphs run longer and do not hang under a headline each. Marks the grid's lines as chrome.
 */
function markTeaserGrids(lines: Line[], chrome: boolean[]): void {
  let runStart = -1;
  let pairs = 0;
  let i = 0;
  const close = (end: number): void => {
    if (pairs >= MIN_TEASERS) for (let j = runStart; j < end; j++) chrome[j] = true;
    runStart = -1;
    pairs = 0;
  };
  while (i < lines.length) {
    if (isTeaserPair(lines, i)) {
      if (runStart < 0) runStart = i;
      pairs++;
      i += 2;
      continue;
    }
    close(i);
    i++;
  }
  close(lines.length);
}

function isTeaserPair(lines: Line[], i: number): boolean {
  const head = lines[i]!;
  const summary = lines[i + 1];
  if (!summary || summary.blankBefore || head.marker !== "none" || summary.marker !== "none") return false;
  if (head.words < 3 || head.words > 20 || endsSentence(head.text)) return false;
  if (summary.words < 4 || summary.words > 40 || !endsSentence(summary.text)) return false;
  const after = lines[i + 2];
  return !after || after.blankBefore;
}

/** walls[] value of a gallery line: chrome the body's run crosses at no cost (1 is a wall). */
export const GALLERY = 2;
const MIN_SLIDES = 3;
/** How many lines one slide's credit may sit from the next's (the caption, perhaps a counter "1/21", the credit). */
const SLIDE_REACH = 3;

/**
 * A photo gallery: caption over credit ("Commuters wait for a train in Milan" / "AFP via Getty
 * Images"), three or more times in a row. Each caption belongs to its photo, not to the article, so
 * the captions become chrome like their credits; the lines between slides (counters "1/21") too.
 * The article often goes on below the gallery: its lines are marked GALLERY, which the body may span.
 */
function markGalleries(lines: Line[], chrome: boolean[], walls: Uint8Array): void {
  let first = -1; // the first slide's caption
  let lastCredit = -1;
  let slides = 0;
  const close = (): void => {
    if (slides >= MIN_SLIDES) {
      for (let j = first; j <= lastCredit; j++) {
        chrome[j] = true;
        if (walls[j] === 0) walls[j] = GALLERY;
      }
    }
    first = -1;
    slides = 0;
  };
  for (let i = 1; i < lines.length; i++) {
    if (lineKind(lines[i]!) !== "caption" || chrome[i - 1] || lines[i - 1]!.words < 4) continue;
    if (slides > 0 && i - lastCredit > SLIDE_REACH) close();
    if (slides === 0) first = i - 1;
    slides++;
    lastCredit = i;
  }
  close();
}

const MIN_SLIDESHOW_PAIRS = 4;

/** Whether line i + 1 repeats line i (a slide's alt text, then its caption starting with the same words). */
function isSlidePair(lines: Line[], i: number): boolean {
  const a = lines[i];
  const b = lines[i + 1];
  return a !== undefined && b !== undefined && !b.blankBefore && a.marker === "none" && a.words >= 2 && b.text.startsWith(a.text);
}

/**
 * A slideshow: slide after slide shows its alt text over its caption ("Reifen montieren" / "Reifen
 * montieren - am Ventil zuletzt aufziehen …"), four times or more in a row. An article repeats no line
 * like that; the slideshow's lines are GALLERY like a photo gallery's.
 */
function markSlideshows(lines: Line[], chrome: boolean[], walls: Uint8Array): void {
  let i = 0;
  while (i < lines.length) {
    let j = i;
    while (isSlidePair(lines, j)) j += 2;
    if ((j - i) / 2 >= MIN_SLIDESHOW_PAIRS) {
      for (let k = i; k < j; k++) {
        chrome[k] = true;
        if (walls[k] === 0) walls[k] = GALLERY;
      }
      i = j;
    } else i = j > i ? j : i + 1;
  }
}
