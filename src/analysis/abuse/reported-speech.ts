// Reported threats: a threat or attack that someone else made, quoted by a reader discussing the news.
// '"I will kill you," the defendant allegedly told her', 'Witnesses said he yelled "I'm going to kill you
// all"', 'The letter read: "Your house will burn."': the words are the story, not a threat to anyone in
// the thread. Without this guard every such comment on a court story was flagged (0.65–0.96).
// A match is reported when it lies inside double quotes and the quote is attributed: a reporting verb in
// the few words after the closing quote ('," he said', '" is the most famous line in the film') or before
// the opening one in the same sentence ('he wrote: "…"'). Never when the speaker is the writer or the
// reader ("I told him …", "you said …"): a writer who quotes their own threat still makes it.
// Insults are left alone: the dev sets' raters call reported insults toxic ("Tillerson called Trump a
// moron"), and dropping quoted and named ones ("He called his opponent a liar") cost Wikipedia F1 0.759 →
// 0.751 out of 5 folds (RULES.md). Word scan over fixed sets, no RegExp; runs only for a text with a threat
// or attack match.
import type { AbuseMatch } from "../types";

const REPORTING: ReadonlySet<string> = new Set([
  "said", "says", "say", "told", "tells", "wrote", "writes", "shouted", "shouting", "yelled", "yelling", "screamed",
  "screaming", "texted", "tweeted", "posted", "chanted", "chanting", "warned", "threatened", "allegedly", "reportedly",
  "according", "testified", "claimed", "added", "replied", "recalled", "read", "reads", "saying", "telling", "writing",
  "messaged", "emailed", "stated", "declared", "announced", "muttered", "whispered", "heard", "quoted", "asked",
  "insisted", "admitted", "alleged", "alleges",
]);
/** After a closing quote: the quote is a line of a film, song or book ('"Die, you idiot!" is the most famous line'). */
const WORK_WORDS: ReadonlySet<string> = new Set(["line", "lines", "lyric", "lyrics", "title", "quote", "quotes", "slogan", "headline", "chant", "catchphrase", "song", "scene"]);
/** The writer or the reader as the one who speaks: their words are not reported. */
const PARTICIPANTS: ReadonlySet<string> = new Set(["i", "we", "you", "im", "i'm", "i've", "ive", "i'd", "id", "ya", "u"]);

const isQuote = (c: number): boolean => c === 0x22 || c === 0x201c || c === 0x201d || c === 0x201e || c === 0xab || c === 0xbb;
const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 0x2019;
const isSentenceEnd = (c: number): boolean => c === 0x2e || c === 0x21 || c === 0x3f || c === 10;

/** Up to `max` lower-case words of text[from, to), in order; stops at a sentence end. */
function wordsAfter(text: string, from: number, max: number): string[] {
  const out: string[] = [];
  let i = from;
  while (i < text.length && out.length < max) {
    const c = text.charCodeAt(i);
    if (isLetter(c)) {
      const s = i;
      while (i < text.length && isLetter(text.charCodeAt(i))) i++;
      out.push(text.slice(s, i).toLowerCase().replaceAll("\u2019", "'"));
    } else if (isSentenceEnd(c) && out.length > 0) break;
    else i++;
  }
  return out;
}

/** Up to `max` lower-case words before `to`, nearest first; stops at a sentence end or a quote mark. */
function wordsBefore(text: string, to: number, max: number): string[] {
  const out: string[] = [];
  let i = to - 1;
  while (i >= 0 && out.length < max) {
    const c = text.charCodeAt(i);
    if (isLetter(c)) {
      const e = i + 1;
      while (i >= 0 && isLetter(text.charCodeAt(i))) i--;
      out.push(text.slice(i + 1, e).toLowerCase().replaceAll("\u2019", "'"));
    } else if (isSentenceEnd(c) || isQuote(c)) break;
    else i--;
  }
  return out;
}

/**
 * A reporting verb among `words` (in reading order after a quote, nearest first before one) whose speaker
 * is neither the writer nor the reader: after a quote the speaker comes before the verb ('," I told him'),
 * before a quote it is the one or two words past the verb ('I told him "').
 */
function attributed(words: readonly string[], speakerPastVerb: boolean): boolean {
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (!speakerPastVerb && PARTICIPANTS.has(w)) return false;
    if (REPORTING.has(w) || WORK_WORDS.has(w)) {
      return !speakerPastVerb || !(PARTICIPANTS.has(words[k + 1] ?? "") || PARTICIPANTS.has(words[k + 2] ?? ""));
    }
  }
  return false;
}

/** [start, end) lies inside a double-quoted passage that someone other than the writer or reader is said to have said. */
function isAttributedQuote(text: string, start: number, end: number): boolean {
  let open = start - 1;
  while (open >= 0 && !isQuote(text.charCodeAt(open)) && start - open < 300) open--;
  if (open < 0 || !isQuote(text.charCodeAt(open))) return false;
  let close = end;
  while (close < text.length && !isQuote(text.charCodeAt(close)) && close - end < 300) close++;
  if (close >= text.length || !isQuote(text.charCodeAt(close))) return false;
  // After: '," the defendant allegedly told her', '" is the most famous line'. Before, nearest word first:
  // 'he wrote: "', 'The letter read: "'; "I told him" names the writer as the speaker.
  return attributed(wordsAfter(text, close + 1, 5), false) || attributed(wordsBefore(text, open, 8), true);
}

const MAX_REPORTED_CHECKS = 32;
const hasQuoteMark = (text: string): boolean => text.includes('"') || text.includes("\u201c") || text.includes("\u201d") || text.includes("\u00ab");

/**
 * Drops from `out` (rules.ts's matches) the threats and attacks that the text quotes as someone else's
 * words, and hands their spans to `edit` (rules.ts addModelEdit) so the model does not read them either.
 * A slur or a profane word stays what it is on the page, quoted or not.
 */
export function dropReportedThreats(text: string, out: AbuseMatch[], edit: (start: number, end: number, replacement: string) => void): void {
  // Each check reads at most a few hundred characters around its match; a text with more threats than
  // MAX_REPORTED_CHECKS is no news report, and the bound keeps adversarial input linear.
  let checks = hasQuoteMark(text) ? MAX_REPORTED_CHECKS : 0;
  let kept = 0;
  for (let i = 0; i < out.length; i++) {
    const m = out[i]!;
    if ((m.category === "threat" || m.category === "identity_attack") && m.rule !== "lexicon:slur" && checks-- > 0 && isAttributedQuote(text, m.start, m.end)) {
      edit(m.start, m.end, "");
      continue;
    }
    out[kept++] = m;
  }
  out.length = kept;
}
