// Line classifiers for page chrome, shared by the text and HTML segmenters.
//
// Every function takes ONE trimmed line (or a block's text) and answers from its shape alone. All
// patterns are anchored and free of nested quantifiers, and long lines are rejected by length before
// any pattern runs, so each call is linear in the line and cheap on hostile input.

import { isCodeCall, isListLiteral } from "./code-lines";
import { classifyLinkChrome } from "./link-chrome";

/** What kind of chrome a line is; null for ordinary text. */
export type BoilerplateKind =
  | "promo" // READ MORE, "Related:", "Help us grow… Patreon"
  | "copyright"
  | "share" // share bars, "Print Friendly", "Tweet", "Like this"
  | "byline" // "By X", "Von X", "Source: X", "Photo: X"
  | "caption" // photo credits and captions
  | "breadcrumb"
  | "disclaimer"
  | "form" // comment forms, "Leave a Reply", "Name *", newsletter sign-up, cookie banners
  | "closed" // "Comments are closed"
  | "widget" // wpDiscuz/Disqus chrome: "Notify of", "Sort by Best", "Load more comments"
  | "action" // Reply / Report / Share / Like / vote-count lines under a comment
  | "nav"; // "Post navigation", "Previous post", tag lists

const MAX_CHROME_LINE = 400;

const PROMO = /^(?:(?:advertisement|anzeige|werbung|publicité|sponsored(?: content)?)$|read more|read also|also read|related|see also|more from|lesen sie auch|mehr zum thema|auch interessant|weiterlesen|lire aussi|à lire aussi)\b\s*[:›»>-]?/i;
const SUPPORT = /\b(?:patreon|support (?:us|our|the)|supporting (?:us|our)|donate|spenden sie|unterstützen sie uns)\b/; // on lower-cased text
const COPYRIGHT = /^(?:©|\(c\)\s|copyright\b|alle rechte|all rights reserved|tous droits)/i;
const SHARE = /^(?:click to (?:share|print|email|copy)\b|print friendly|share(?: this)?(?: on| via| article| story)?\b|teilen\b|tweet\b|pin it\b|email\b|e-mail\b|whatsapp\b|facebook\b|twitter\b|linkedin\b|like this:?$|gefällt mir\b|spread the news|drucken\b|print\b|partager\b|follow us\b|folge(?:n sie)? uns\b)/i;
const BYLINE = /^(?:by|von|par|from|posted by|written by|geschrieben von|autor(?:in)?:|author:|source:|sources:|quelle:|credit:|photo:|foto:|bild:|image:|fotos?:)\s*/i;
const CAPTION_START = /^(?:photo|foto|bild|image|credit)s?\s*(?:by|:|©)/i;
/** A media player's labels: "Image caption Mourners attend…", "Media captionHow caravans…", "Media playback is unsupported on your device", "Slideshow ( 15 images )". */
const MEDIA_LABEL = /^(?:(?:image|media|video) ?caption|media playback is (?:unsupported|not supported)|slideshow\s*\(\s*\d+\s*(?:images|photos|bilder)\s*\)$)/i;
const AGENCY_END = /\b(?:getty images|afp|reuters|dpa|shutterstock|istock(?:photo)?|picture alliance|imago)\)?$/i;
const CAPTION_CREDIT = /\((?:[^()\s]{1,20}\s){0,2}(?:photo|foto|bild|image|picture|credit)s?\b[^)]{0,120}\)$/i;
const DISCLAIMER_START = /^(?:disclosures?|disclaimer|haftungsausschluss|hinweis)\s*:/i;
const DISCLAIMER_PHRASES = ["views and opinions expressed", "opinions expressed in this", "are solely those of the author", "do not necessarily represent", "do not necessarily reflect"];
const FORM = /^(?:please enter a valid e-?mail|sign-?up successful|thanks? (?:you )?for signing up|thanks? (?:you )?for subscribing|you(?:'re| are) (?:now )?subscribed|leave a (?:reply|comment)|post (?:a )?comment|submit comment|add (?:a )?comment|write a comment|cancel reply|your email address will not be published|required fields are marked|name\s*\*|e-?mail\s*\*|website$|save my name|notify me of|schreibe einen kommentar|kommentar (?:verfassen|schreiben|hinzufügen|abschicken|absenden|veröffentlichen)|hinterlasse (?:einen|einen kommentar)|deine e-mail-adresse wird nicht|ihre e-mail-adresse wird nicht|antwort abbrechen|laisser un commentaire|votre adresse e-mail ne sera pas|subscribe\b|sign up\b|newsletter\b|abonnieren\b|we use cookies|this (?:web)?site uses cookies|diese (?:web)?seite verwendet cookies|wir verwenden cookies|accept(?: all)? cookies|\[(?!email\s+protected\]|INS:|DEL:)[^\]]{0,60}\]$|\[[ x*]?\]\s)/i; // "[email protected]" is an obfuscated address, and "[INS:…:INS]" / "[DEL:…:DEL]" are w3m's marks of <ins> (ad slots) and <del>: not fields
const CLOSED = /^(?:(?:you must|you need to) be logged in|um .{0,80} zu können, müssen sie (?:eingeloggt|angemeldet)|sie müssen (?:eingeloggt|angemeldet)|vous devez être connecté|comments are closed|comments (?:are|have been) (?:disabled|turned off)|kommentare sind (?:geschlossen|deaktiviert)|die kommentarfunktion (?:ist|wurde)|commentaires? (?:fermés|sont fermés)|les commentaires sont fermés)/i;
const WIDGET = /^(?:notify of|inline feedbacks?|view all comments|load more comments|show more comments|sort by\b|newest|oldest|most voted|best$|what do you think\??$|join the discussion|start the discussion|login$|log in$|anmelden$|disqus\b|powered by disqus|subscribe to comments|kommentare abonnieren|neuste älteste|\d+\s+(?:comments?|kommentare?|responses?|replies)\s*$)/i;
const ACTION = /^(?:translate|übersetzen|show (?:all|original|translation)|see original|original$|reply|report|share|like|likes|antworten|antwort|melden|teilen|löschen|liken|gefällt mir|répondre|signaler|permalink|edit|flag|upvote|downvote|(?:reply|share|report|like)(?:\s*[•·|›]\s*(?:reply|share|report|like|\d+))+)\b|^[+\-−]?\d+\s*(?:likes?|votes?|points?|punkte)?$|^(?:\d+\s*)?(?:▲|▼|↑|↓|👍|👎)|^(?:daumen hoch|thumbs up|vote up)\s*\d|^(?:like)?liked by \d+ (?:people|person)/i;
const NAV = /^(?:pingback:|trackback:|post navigation|beitragsnavigation|beitrags-navigation|previous (?:post|article)|next (?:post|article)|vorheriger (?:beitrag|artikel)|nächster (?:beitrag|artikel)|article (?:précédent|précedent|precedent|suivant)|tags?:|tagged\b|filed under|schlagwörter|kategorien?:|categories:|veröffentlicht in|posted in)/i;

/**
 * All line-start patterns in one anchored alternation, in priority order: one regex run at position 0
 * per line instead of ten. The index of the capturing group that matched names the kind.
 */
const START_KINDS: BoilerplateKind[] = ["closed", "promo", "copyright", "disclaimer", "widget", "form", "nav", "byline", "share", "action"];
const LINE_START = new RegExp(
  [CLOSED, PROMO, COPYRIGHT, DISCLAIMER_START, WIDGET, FORM, NAV, BYLINE, SHARE, ACTION]
    .map((r) => `(${r.source.replace(/^\^/u, "")})`)
    .join("|")
    .replace(/^/u, "^(?:")
    .concat(")"),
  "i",
);

/** Bit of "©" in a letter set; bits 0-25 are the ASCII letters a-z, either case. */
export const COPYRIGHT_SIGN = 1 << 26;
const letterBit = (letter: string): number => 1 << (letter.charCodeAt(0) - 97);
const COPYRIGHT_HINT = COPYRIGHT_SIGN | letterBit("v") | letterBit("b"); // ©, "reserved", "vorbehalten"
const DISCLAIMER_HINT = letterBit("x") | letterBit("y"); // "expressed", "solely", "necessarily"

/** Classifies one trimmed line; null when it reads as ordinary text. */
export function classifyBoilerplateLine(line: string): BoilerplateKind | null {
  return classifyLineWithLetters(line, -1);
}

/**
 * classifyBoilerplateLine for a caller that already knows the line's letter set (bits as COPYRIGHT_SIGN
 * describes; -1 when unknown): phrase searches that cannot match are skipped, the answer is the same.
 */
export function classifyLineWithLetters(line: string, letters: number): BoilerplateKind | null {
  if (line.length === 0) return null;
  // A caption's credit closes it, however long the caption: test only the tail.
  if (line.length > MAX_CHROME_LINE) return line.endsWith(")") && CAPTION_CREDIT.test(line.slice(-160)) ? "caption" : null;
  const m = LINE_START.exec(line);
  if (m) {
    let g = 1;
    while (g < m.length && m[g] === undefined) g++;
    const kind = START_KINDS[g - 1] ?? null;
    if (kind === "byline") {
      // A byline names someone: the word after "By"/"Von"/"Source:" starts with a capital.
      const prefix = BYLINE.exec(line)?.[0].length ?? 0;
      const next = line[prefix] ?? "";
      if (line.length < 120 && next !== next.toLowerCase() && !endsSentence(line)) return "byline";
    } else if (kind === "share" || kind === "action") {
      if (line.length < 60 && !isCodeCall(line)) return kind;
    } else if (kind !== null && !(kind === "form" && isListLiteral(line))) return kind;
  }
  const link = classifyLinkChrome(line, letters);
  if (link !== null) return link;
  // Phrase checks: a few native substring searches before any lower-casing or finer test.
  if (line.length < 160 && (letters & COPYRIGHT_HINT) !== 0 && (line.includes("©") || line.includes("ights reserved") || line.includes("IGHTS RESERVED") || line.includes("orbehalten"))) return "copyright";
  if (line.length > 60 && (letters & DISCLAIMER_HINT) !== 0 && mayHoldDisclaimer(line, letters)) {
    const lower = line.toLowerCase();
    if (DISCLAIMER_PHRASES.some((p) => lower.includes(p))) return "disclaimer";
  }
  if (line.length < 120 && (line.includes("atreon") || line.includes("upport") || line.includes("onate") || line.includes("pende") || line.includes("nterstützen")) && SUPPORT.test(line.toLowerCase())) return "promo";
  if (isBreadcrumb(line)) return "breadcrumb";
  if (isCaption(line)) return "caption";
  return null;
}

/**
 * Whether the line holds "xpressed", "olely" or "ecessarily". Every long line of a comment thread gets
 * here, so each search runs only when the line has its telling letter (x, or y), and the two "…ly"
 * words are found from the line's few "ly" pairs instead of two full searches.
 */
function mayHoldDisclaimer(line: string, letters: number): boolean {
  if ((letters & letterBit("x")) !== 0 && line.includes("xpressed")) return true;
  if ((letters & letterBit("y")) === 0) return false;
  for (let i = line.indexOf("ly", 3); i >= 0; i = line.indexOf("ly", i + 1)) {
    if (line.startsWith("ole", i - 3) || (i >= 8 && line.startsWith("ecessari", i - 8))) return true;
  }
  return false;
}

/** "Home / News / Title" or "Home > Articles > Title": two or more separators between short parts. */
export function isBreadcrumb(line: string): boolean {
  if (line.length > 200) return false;
  let separators = 0;
  for (let i = 1; i < line.length - 1; i++) {
    const c = line.charCodeAt(i); // "/", ">", "»", "›", "|"
    if (c !== 47 && c !== 62 && c !== 0xbb && c !== 0x203a && c !== 124) continue;
    const before = line.charCodeAt(i - 1);
    const after = line.charCodeAt(i + 1);
    if (before === 32 && after === 32) separators++;
    else if (c === 62 && before !== 32 && before !== 47 && after !== 32) separators++; // "Home>Articles>Title"
  }
  return separators >= 2 && !endsSentence(line);
}

/** Photo captions and credits: "(Photo by X/Getty Images)" at the end, "Photo: X" at the start. */
export function isCaption(line: string): boolean {
  const closes = line.charCodeAt(line.length - 1) === 41; // ")"
  if (closes) {
    const tail = line.length > 140 ? line.slice(-140) : line;
    if (CAPTION_CREDIT.test(tail)) return true;
  }
  const first = line.charCodeAt(0) | 0x20; // ASCII lower case
  if ((first === 0x70 || first === 0x66 || first === 0x62 || first === 0x69 || first === 0x63) && CAPTION_START.test(line)) return true;
  if ((first === 0x69 || first === 0x6d || first === 0x73 || first === 0x76) && MEDIA_LABEL.test(line)) return true;
  // The last word names a picture agency: "… (AFP)", "… Getty Images".
  const end = closes ? line.length - 1 : line.length;
  let start = line.lastIndexOf(" ", end - 1) + 1;
  if (line.charCodeAt(start) === 40) start++; // "("
  const length = end - start;
  if (length < 3 || length > 12 || (AGENCY_WORD_LENGTHS & (1 << length)) === 0) return false;
  for (const word of AGENCY_WORDS) {
    if (end - start === word.length && equalsAsciiLower(line, start, word)) return AGENCY_END.test(line.length > 40 ? line.slice(-40) : line);
  }
  return false;
}

const AGENCY_WORDS = ["images", "afp", "reuters", "dpa", "shutterstock", "istock", "istockphoto", "alliance", "imago"];
/** Bit n set when some agency word has n letters: most last words are ruled out by length alone. */
const AGENCY_WORD_LENGTHS = AGENCY_WORDS.reduce((bits, w) => bits | (1 << w.length), 0);

/** Whether line[start…] equals the lower-case ASCII word, ignoring ASCII case; no allocation. */
function equalsAsciiLower(line: string, start: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    if ((line.charCodeAt(start + i) | 0x20) !== word.charCodeAt(i)) return false;
  }
  return true;
}

const THREAD_HEADER =
  /^(?:(?:\d+|one|two|three|ein|eine|zwei|drei)\s+(?:thoughts?|responses?|comments?|repl(?:y|ies)|reactions?|kommentare?|gedanken?|antwort(?:en)?|reaktion(?:en)?|commentaires?|réponses?|réactions?)\b|(?:comments?|kommentare?|leserkommentare|commentaires?|reader comments|discussion|diskussion|\d+\s+kommentare?)\s*(?:\(\d+\))?\s*:?$|(?:dieser artikel hat|es gibt|there (?:are|is))\s+\d+\s+(?:kommentare?|comments?)|(?:diskutieren sie mit|kommentieren sie|was denken sie|meinungen zum)|\d+\s+(?:kommentare?|comments?)\s+(?:zu|on|für|sur)\b)/iu;

/** "20 thoughts on “…”", "Kommentare:", "3 Comments", "Dieser Artikel hat 32 Kommentare.": a thread starts. */
export function isCommentThreadHeader(line: string): boolean {
  return line.length <= 300 && THREAD_HEADER.test(line);
}

const SAYS = /^(.{1,80}?)\s+(?:says|said|sagt|meint|schreibt|schrieb|dit|writes|wrote|kommentierte)\s*:?\s*$/i;
const SAYS_TAIL = /\s(?:says|said|sagt|meint|schreibt|schrieb|dit|writes|wrote|kommentierte)\s*:?\s*$/i;
const POSTED_BY_START = /^(?:[—–-]\s*)?(?:posted|written|submitted|geschrieben|verfasst)\s/i;
const SAYS_WORD = /\s(?:says|sagt|meint|schreibt|dit)\b/i;
const SAYS_WITH_DATE = /^(.{1,80}?)\s+(?:says|sagt|meint|schreibt|dit)\s*:?\s+(.{4,80})$/i;
const POSTED_BY = /^(?:[—–-]\s*)?(?:posted|written|submitted|geschrieben|verfasst)\s+(?:by|von)\s+(.{1,80}?)(?:\s+(?:on|am|at|um)\s+(.{4,80}?))?\s*(?:\[[^\]]{0,40}\])?$/i;
const NAME_SEPARATOR = /[|·•—–/]/u;
const INITIAL_END = /(?<=\s\p{Lu})\.$/u; // "Georg N."
const NAME_ON_DATE = /^(\S.{0,50}?)\s+(?:on|am|le|at|le)\s+(\d.{3,60})$/i;
const NOT_A_NAME = /^(?:by|von|par|from|posted|published|updated|created|modified|last|veröffentlicht|aktualisiert|erstellt|geändert|publié|mis à jour|stand)\b/i;
const NAME_PIPE_DATE = /^(.{1,60}?)\s*(?:\||·|•|—|–|\s\/)\s*(.{4,60})$/;

/** "Roscoe says:", "— Posted by Ann on May 3", "geschrieben von X am 21. Jan. 2015": author and date. */
export interface AuthorLine {
  author: string;
  postedAt: string | null;
}

export function parseAuthorLine(line: string): AuthorLine | null {
  if (line.length > 200) return null;
  // Cheap gates first: the lazy patterns below only run where they can match.
  let m = SAYS_TAIL.test(line.length > 24 ? line.slice(-24) : line) ? SAYS.exec(line) : null;
  if (m?.[1]) return { author: cleanName(m[1]), postedAt: null };
  m = POSTED_BY.exec(line);
  if (m?.[1]) return { author: cleanName(m[1]), postedAt: m[2] ?? null };
  if (!hasDigit(line) && !RELATIVE_DAY.test(line.toLowerCase())) return null;
  m = SAYS_WORD.test(line) ? SAYS_WITH_DATE.exec(line) : null;
  // "Roscoe says: August 15, 2020 at 9:35 am": what follows "says" is only a date, the name a name
  // (not "Pam says she's too old … Aug 16, 2015", a headline with a date).
  if (m?.[1] && m[2] && startsWithDate(m[2]) && isDateLine(m[2]) && looksLikeName(m[1]) && !looksLikeDate(m[1])) return { author: cleanName(m[1]), postedAt: m[2] };
  m = NAME_SEPARATOR.test(line) ? NAME_PIPE_DATE.exec(line) : null;
  if (m?.[1] && m[2] && looksLikeDate(m[2]) && looksLikeName(m[1])) return { author: cleanName(m[1]), postedAt: m[2] };
  // "Georg N. am 10.4.2020", "Julia on 11/08/2020 at 9:52": a name, a connector, then only a date.
  m = line.length <= 100 ? NAME_ON_DATE.exec(line) : null;
  if (m?.[1] && m[2] && !NOT_A_NAME.test(m[1]) && looksLikeName(m[1].replace(INITIAL_END, "")) && !looksLikeDate(m[1]) && startsWithDate(m[2]) && isDateLine(m[2])) {
    return { author: cleanName(m[1]), postedAt: m[2] };
  }
  return null;
}

/** Trims dashes, colons and trailing connectors ("am", "on", "Le") from a name read off a meta line. */
export const cleanName = (s: string): string =>
  s.replace(/^[\s—–-]+|[\s:,|/·•—–-]+$/gu, "").replace(/\s+(?:le|am|on|at|um|à|den|vom|il y a)$/iu, "").trim();

/** A lower-case letter of the languages seen (no /u flag: \\p{L} with /iu is slow in V8). */
const LETTER = "[a-zäöüßàâçéèêëîïôûùÿæœ]";
const MONTH = `(?:jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec|janv|févr|fevr|mars|avr|juin|juil|août|sept|déc)${LETTER}*\\.?`;
const DATE_PARTS = new RegExp(
  `(?:\\b\\d{1,4}[./-]\\d{1,2}[./-]\\d{2,4}\\b|\\b\\d{1,2}\\.?\\s+${MONTH}\\s+\\d{2,4}|\\b${MONTH}\\s+\\d{1,2},?\\s+\\d{2,4}|\\b\\d{1,2}:\\d{2}\\b|\\b\\d+\\s+(?:minutes?|hours?|days?|weeks?|months?|years?|minuten?|stunden?|tagen?|tage|wochen?|monat(?:e|en)?|jahr(?:e|en)?)\\s+(?:ago|her)\\b|\\b\\d+\\s?(?:s|secs?|m|mins?|h|hrs?|d|w|wks?|mo|y|yrs?)\\s+ago\\b|\\b(?:vor|il y a)\\s+\\d+\\s+${LETTER}+|\\b(?:a|an|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago\\b|\\b(?:yesterday|today|gestern|heute)\\b)`,
  "", // matched against lower-cased text
);

/** A date or time as pages print them: "August 15, 2020 at 9:35 am", "11. Dezember 2012 um 11:07", "2 days ago". */
export function looksLikeDate(s: string): boolean {
  if (s.length > 120) return false;
  const lower = s.toLowerCase();
  return (hasDigit(s) || RELATIVE_DAY.test(lower)) && DATE_PARTS.test(lower);
}

const DATE_AT_START = new RegExp(`^${DATE_PARTS.source}`, "");

/** Whether s begins with a date or time ("August 15, 2020 …", "15.08.2020 …", "2 days ago"). */
function startsWithDate(s: string): boolean {
  return s.length <= 120 && DATE_AT_START.test(s.toLowerCase());
}

const DIGIT_END = /\d\.?$/u;
const TIME_WORD_END = /\b(?:uhr|am|pm|ago|her)\.?$/iu;

/** A line that is only a date/time (plus small words such as "at", "um", "Uhr"), no sentence. */
export function isDateLine(line: string): boolean {
  if (line.length > 70 || !looksLikeDate(line)) return false;
  return !endsSentence(line) || DIGIT_END.test(line) || TIME_WORD_END.test(line);
}

/** Short, capitalised or handle-like, no sentence punctuation: "Michael F Dougherty", "Sylvia_Plath". */
export function looksLikeName(s: string): boolean {
  const t = s.trim();
  if (t.length === 0 || t.length > 40) return false;
  const last = t[t.length - 1];
  if (last === "." || last === "!" || last === "?" || last === ":" || last === ";" || last === ",") return false;
  let spaces = 0;
  for (let i = 1; i < t.length; i++) if (t[i] === " " && t[i - 1] !== " ") spaces++;
  return spaces <= 3;
}

/** Ends like a sentence (or a closing quote/bracket after one). */
const SENTENCE_END = new Set([".", "!", "?", "…", ":", ";", '"', "”", "“", "’", "»", ")", "]"]);
export function endsSentence(line: string): boolean {
  return SENTENCE_END.has(line[line.length - 1] ?? "");
}

const RELATIVE_DAY = /\b(?:yesterday|today|gestern|heute|ago)\b/; // on lower-cased text

function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

const CLOCK = /\b\d{1,2}[:.h]\d{2}\b|\b(?:ago|her|yesterday|gestern)\b/; // on lower-cased text

/**
 * A line that stamps one comment: a date with a clock time, or an author joined to a date
 * ("Karsten Dörre / 22.04.2020", "Armanox June 28, 2015 at 10:25 pm", "Roscoe says:").
 */
export function isCommentStampLine(line: string): boolean {
  return mayStampComment(line) && isStampGivenAuthor(line, parseAuthorLine(line));
}

/** The cheap half of isCommentStampLine: false rules the line out before any parse. */
export function mayStampComment(line: string): boolean {
  if (line.length > 120) return false;
  // Without a digit only "X says:" and "Posted by X" shapes can stamp a comment.
  return hasDigit(line) || line.endsWith(":") || SAYS_TAIL.test(line.length > 24 ? line.slice(-24) : line) || POSTED_BY_START.test(line);
}

/** The rest of isCommentStampLine, given parseAuthorLine(line) (callers may have it cached). */
export function isStampGivenAuthor(line: string, parsed: AuthorLine | null): boolean {
  if (parsed) return true;
  // "(12:15) Can flies hold the secret …": a chapter mark in episode notes, not a comment's time.
  if (line.charCodeAt(0) === 40 || !looksLikeDate(line)) return false;
  return CLOCK.test(line.toLowerCase()) && countTokens(line) <= 16;
}

function countTokens(s: string): number {
  let n = 0;
  let inToken = false;
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) <= 32;
    if (!space && !inToken) n++;
    inToken = !space;
  }
  return n;
}
