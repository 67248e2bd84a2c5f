// Line classifiers for page chrome, shared by the text and HTML segmenters.
//
// Every function takes ONE trimmed line (or a block's text) and answers from its shape alone. All
// patterns are anchored and free of nested quantifiers, and long lines are rejected by length before
// any pattern runs, so each call is linear in the line and cheap on hostile input.

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

const PROMO = /^(?:read more|read also|also read|related|see also|more from|lesen sie auch|mehr zum thema|auch interessant|weiterlesen|lire aussi|à lire aussi)\b\s*[:›»>-]?/iu;
const SUPPORT = /\b(?:patreon|support (?:us|our|the)|donate|spenden sie|unterstützen sie)\b/iu;
const COPYRIGHT = /^(?:©|\(c\)\s|copyright\b|alle rechte|all rights reserved|tous droits)/iu;
const COPYRIGHT_ANYWHERE = /(?:©|\ball rights reserved\b|\balle rechte vorbehalten\b)/iu;
const SHARE = /^(?:print friendly|share(?: this)?(?: on| via| article| story)?\b|teilen\b|tweet\b|pin it\b|email\b|e-mail\b|whatsapp\b|facebook\b|twitter\b|linkedin\b|like this:?$|gefällt mir\b|spread the news|drucken\b|print\b|partager\b|follow us\b|folge(?:n sie)? uns\b)/iu;
const BYLINE = /^(?:by|von|par|from|posted by|written by|geschrieben von|autor(?:in)?:|author:|source:|sources:|quelle:|credit:|photo:|foto:|bild:|image:|fotos?:)\s*\p{Lu}/u;
const CAPTION = /(?:\((?:photo|foto|bild|image|picture|credit)s?\b[^)]{0,120}\)$|\b(?:getty images|afp|reuters|dpa|shutterstock|istock(?:photo)?|picture alliance|imago)\)?$|^(?:photo|foto|bild|image|credit)s?\s*(?:by|:|©))/iu;
const CAPTION_CREDIT = /\((?:photo|foto|bild|image|picture|credit)s?\b[^)]{0,120}\)$/iu;
const BREADCRUMB_SEP = /\s(?:\/|>|»|›|\|)\s|[^\s/]>[^\s]/gu;
const DISCLAIMER = /^(?:disclosures?|disclaimer|haftungsausschluss|hinweis)\s*:|\b(?:views and opinions expressed|opinions expressed in this|are solely those of the author|do not necessarily (?:represent|reflect))\b/iu;
const FORM = /^(?:leave a (?:reply|comment)|post (?:a )?comment|submit comment|add (?:a )?comment|write a comment|cancel reply|your email address will not be published|required fields are marked|name\s*\*|e-?mail\s*\*|website$|save my name|notify me of|schreibe einen kommentar|kommentar (?:verfassen|schreiben|hinzufügen|abschicken|absenden|veröffentlichen)|hinterlasse (?:einen|einen kommentar)|deine e-mail-adresse wird nicht|ihre e-mail-adresse wird nicht|antwort abbrechen|laisser un commentaire|votre adresse e-mail ne sera pas|subscribe\b|sign up\b|newsletter\b|abonnieren\b|we use cookies|this (?:web)?site uses cookies|diese (?:web)?seite verwendet cookies|wir verwenden cookies|accept(?: all)? cookies|\[[^\]]{0,60}\]$)/iu;
const CLOSED = /^(?:comments are closed|comments (?:are|have been) (?:disabled|turned off)|kommentare sind (?:geschlossen|deaktiviert)|die kommentarfunktion (?:ist|wurde)|commentaires? (?:fermés|sont fermés)|les commentaires sont fermés)/iu;
const WIDGET = /^(?:notify of|inline feedbacks?|view all comments|load more comments|show more comments|sort by\b|newest|oldest|most voted|best$|what do you think\??$|join the discussion|start the discussion|login$|log in$|anmelden$|disqus\b|powered by disqus|subscribe to comments|kommentare abonnieren|neuste älteste|\d+\s+(?:comments?|kommentare?|responses?|replies)\s*$)/iu;
const ACTION = /^(?:reply|report|share|like|likes|antworten|antwort|melden|teilen|löschen|liken|gefällt mir|répondre|signaler|permalink|edit|flag|upvote|downvote|(?:reply|share|report|like)(?:\s*[•·|›]\s*(?:reply|share|report|like|\d+))+)\b|^[+\-−]?\d+\s*(?:likes?|votes?|points?|punkte)?$|^(?:\d+\s*)?(?:▲|▼|↑|↓|👍|👎)/iu;
const NAV = /^(?:post navigation|beitragsnavigation|beitrags-navigation|previous (?:post|article)|next (?:post|article)|vorheriger beitrag|nächster beitrag|tags?:|tagged\b|filed under|schlagwörter|kategorien?:|categories:|veröffentlicht in|posted in)/iu;

/** Classifies one trimmed line; null when it reads as ordinary text. */
export function classifyBoilerplateLine(line: string): BoilerplateKind | null {
  if (line.length === 0) return null;
  // A caption's credit closes it, however long the caption: test only the tail.
  if (line.length > MAX_CHROME_LINE) return CAPTION_CREDIT.test(line.slice(-160)) ? "caption" : null;
  if (CLOSED.test(line)) return "closed";
  if (PROMO.test(line)) return "promo";
  if (COPYRIGHT.test(line) || (line.length < 160 && COPYRIGHT_ANYWHERE.test(line))) return "copyright";
  if (DISCLAIMER.test(line)) return "disclaimer";
  if (WIDGET.test(line)) return "widget";
  if (FORM.test(line)) return "form";
  if (NAV.test(line)) return "nav";
  if (line.length < 120 && SUPPORT.test(line)) return "promo";
  if (isBreadcrumb(line)) return "breadcrumb";
  if (line.length < 120 && BYLINE.test(line) && !endsSentence(line)) return "byline";
  if (CAPTION.test(line)) return "caption";
  if (line.length < 60 && SHARE.test(line)) return "share";
  if (line.length < 60 && ACTION.test(line)) return "action";
  return null;
}

export const isBoilerplateLine = (line: string): boolean => classifyBoilerplateLine(line) !== null;

/** "Home / News / Title" or "Home > Articles > Title": two or more separators between short parts. */
export function isBreadcrumb(line: string): boolean {
  if (line.length > 200) return false;
  BREADCRUMB_SEP.lastIndex = 0;
  let separators = 0;
  while (BREADCRUMB_SEP.exec(line) !== null) separators++;
  return separators >= 2 && !endsSentence(line);
}

/** Lines that close or open a comment form, or say comments are closed: the end of a comment thread. */
export function isCommentThreadEnd(line: string): boolean {
  if (line.length > MAX_CHROME_LINE) return false;
  return CLOSED.test(line) || FORM.test(line);
}

const THREAD_HEADER =
  /^(?:(?:\d+|one|two|three|ein|eine|zwei|drei)\s+(?:thoughts?|responses?|comments?|replies|reactions?|kommentare?|gedanken|antworten|reaktionen|commentaires?|réponses?|réactions?)\b|(?:comments?|kommentare?|leserkommentare|commentaires?|reader comments|discussion|diskussion|\d+\s+kommentare?)\s*(?:\(\d+\))?\s*:?$|(?:dieser artikel hat|es gibt|there (?:are|is))\s+\d+\s+(?:kommentare?|comments?)|(?:diskutieren sie mit|kommentieren sie|was denken sie|meinungen zum)|\d+\s+(?:kommentare?|comments?)\s+(?:zu|on|für|sur)\b)/iu;

/** "20 thoughts on “…”", "Kommentare:", "3 Comments", "Dieser Artikel hat 32 Kommentare.": a thread starts. */
export function isCommentThreadHeader(line: string): boolean {
  return line.length <= 300 && THREAD_HEADER.test(line);
}

const SAYS = /^(.{1,80}?)\s+(?:says|said|sagt|meint|schreibt|schrieb|dit|writes|wrote|kommentierte)\s*:?\s*$/iu;
const SAYS_WITH_DATE = /^(.{1,80}?)\s+(?:says|sagt|meint|schreibt|dit)\s*:?\s+(.{4,80})$/iu;
const POSTED_BY = /^(?:[—–-]\s*)?(?:posted|written|submitted|geschrieben|verfasst)\s+(?:by|von)\s+(.{1,80}?)(?:\s+(?:on|am|at|um)\s+(.{4,80}?))?\s*(?:\[[^\]]{0,40}\])?$/iu;
const NAME_PIPE_DATE = /^(.{1,60}?)\s*(?:\||·|•|—|–)\s*(.{4,60})$/u;

/** "Roscoe says:", "— Posted by Ann on May 3", "geschrieben von X am 21. Jan. 2015": author and date. */
export function parseAuthorLine(line: string): { author: string; postedAt: string | null } | null {
  if (line.length > 200) return null;
  let m = SAYS.exec(line);
  if (m?.[1]) return { author: cleanName(m[1]), postedAt: null };
  m = POSTED_BY.exec(line);
  if (m?.[1]) return { author: cleanName(m[1]), postedAt: m[2] ?? null };
  m = SAYS_WITH_DATE.exec(line);
  if (m?.[1] && m[2] && looksLikeDate(m[2])) return { author: cleanName(m[1]), postedAt: m[2] };
  m = NAME_PIPE_DATE.exec(line);
  if (m?.[1] && m[2] && looksLikeDate(m[2]) && looksLikeName(m[1])) return { author: cleanName(m[1]), postedAt: m[2] };
  return null;
}

const cleanName = (s: string): string => s.replace(/^[\s—–-]+|[\s:,]+$/gu, "");

const MONTH =
  "(?:jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec|janv|févr|fevr|mars|avr|juin|juil|août|sept|déc)[\\p{L}]*\\.?";
const DATE_PARTS = new RegExp(
  `(?:\\b\\d{1,4}[./-]\\d{1,2}[./-]\\d{2,4}\\b|\\b\\d{1,2}\\.?\\s+${MONTH}\\s+\\d{2,4}|\\b${MONTH}\\s+\\d{1,2},?\\s+\\d{2,4}|\\b\\d{1,2}:\\d{2}\\b|\\b\\d+\\s+(?:minutes?|hours?|days?|weeks?|months?|years?|minuten|stunden|tagen?|wochen|monaten?|jahren?)\\s+(?:ago|her)\\b|\\b(?:vor|il y a)\\s+\\d+\\s+\\p{L}+|\\b(?:yesterday|today|gestern|heute)\\b)`,
  "iu",
);

/** A date or time as pages print them: "August 15, 2020 at 9:35 am", "11. Dezember 2012 um 11:07", "2 days ago". */
export function looksLikeDate(s: string): boolean {
  return s.length <= 120 && DATE_PARTS.test(s);
}

/** A line that is only a date/time (plus small words such as "at", "um", "Uhr"), no sentence. */
export function isDateLine(line: string): boolean {
  if (line.length > 70 || !looksLikeDate(line)) return false;
  return !endsSentence(line) || /\d\.?$/u.test(line) || /\b(?:uhr|am|pm|ago|her)\.?$/iu.test(line);
}

/** Short, capitalised or handle-like, no sentence punctuation: "Michael F Dougherty", "Sylvia_Plath". */
export function looksLikeName(s: string): boolean {
  const t = s.trim();
  if (t.length === 0 || t.length > 40 || /[.!?:;]$/u.test(t)) return false;
  const words = t.split(/\s+/u);
  return words.length <= 4;
}

/** Ends like a sentence (or a closing quote/bracket after one). */
export function endsSentence(line: string): boolean {
  return /[.!?…:;"”“’»)\]]$/u.test(line);
}
