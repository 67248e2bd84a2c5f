// Rule side of abuse detection: lexicon, phrase and pattern matches with spans into the ORIGINAL text.
// Their per-category evidence in [0, 1], for combining with the learned model, is evidence.ts's.
import { ABUSE_CATEGORIES, type AbuseMatch } from "../types";
import { type Lexicon, SEP, categoryName, lexicon } from "./lexicon";
import * as LT from "./lexicon-terms";
import * as LU from "./lookup";
import * as N from "./normalize";
import { type Words, scanWords } from "./normalize";
import * as P from "./patterns";
import type { CompiledPatterns } from "./patterns";
import { type SpamOptions, findSpam } from "./spam";

export type AbuseRuleOptions = SpamOptions;

// Local copies of the flag constants (see normalize.ts on imported bindings in hot loops).
const G_HARD = N.G_HARD;
const G_PUNCT = N.G_PUNCT;
const G_SPACE = N.G_SPACE;
const G_STOP = N.G_STOP;
const G_APOS = N.G_APOS;
const T_CAP_FIRST = N.T_CAP_FIRST;
const T_FOREIGN = N.T_FOREIGN;
const T_MASK = N.T_MASK;
const T_REPEAT = N.T_REPEAT;
const T_ALL_CAPS = N.T_ALL_CAPS;
const C_INTENS = LT.C_INTENS;
const C_ART = LT.C_ART;
const lookupWord = LU.lookupWord;
const lookupStem = LU.lookupStem;
const walk = LU.walk;
const lookupState = LU.lookupState;
const matchAt = P.matchAt;
const patterns = P.patterns;
const patternState = P.patternState;

const MAX_PHRASE_WORDS = 8;
// Surname-like terms: "Dick Cheney", "Moby Dick", "Wilbur Coon" are names, not insults.
const NAME_LIKE = new Set(["dick", "coon", "dyke", "cumming"]);
/**
 * Pattern words a run of single letters may spell besides abusive terms: "k i l l you", "d i e" are threats
 * only once joined, and nobody spaces out an innocent "kill" letter by letter.
 */
const SPELLED_OUT_CLASSES = LT.C_KILLV | LT.C_DIE | LT.C_REFLEX;

// Per-word scratch (grown, reused).
let cap = 0;
let entryOf = new Int32Array(0); // entry matched by the word alone (abusive, allow-listed or class word), -1 none
let classOf = new Int32Array(0);
let hitOf = new Int32Array(0); // abusive entry starting at this word, -1 none
let hitEnd = new Int32Array(0); // last word of that hit (phrases span several)
let stopBefore = new Uint8Array(0); // a sentence end lies between this word and the previous one
let quiet = new Uint8Array(0); // inside an allow-listed phrase, or inside an emitted phrase

function ensure(n: number): void {
  if (n <= cap) return;
  cap = Math.max(n, cap * 2, 64);
  entryOf = new Int32Array(cap);
  classOf = new Int32Array(cap);
  hitOf = new Int32Array(cap);
  hitEnd = new Int32Array(cap);
  stopBefore = new Uint8Array(cap);
  quiet = new Uint8Array(cap);
}

/**
 * All rule matches in `text`, spans in UTF-16 offsets of the original text (end exclusive), in order
 * of their start. Linear in the text length; the lexicons are compiled on the first call.
 */
export function findAbuseMatches(text: string, options?: AbuseRuleOptions): AbuseMatch[] {
  const lex = lexicon();
  const pats = patterns();
  const w = scanWords(text);
  modelEdits.count = 0;
  joinSplitWords(w, lex);
  const count = w.count;
  ensure(count + 1);
  for (let t = 0; t < count; t++) {
    stopBefore[t] = t > 0 && (w.gap[t]! & G_STOP) !== 0 && !isInitial(w, t - 1) ? 1 : 0;
    quiet[t] = 0;
  }
  for (let t = 0; t < count; t++) lookupAt(w, lex, t);
  let classes = 0;
  for (let t = 0; t < count; t++) if (quiet[t] === 0) classes |= classOf[t]!;
  lastWordClasses.value = classes;
  const out: AbuseMatch[] = [];
  emit(w, lex, pats, out);
  findSpam(text, w, out, options);
  if (out.length > 1) {
    out.sort((a, b) => a.start - b.start || b.end - a.end);
    return dropWordsInsideLinks(out);
  }
  return out;
}

/**
 * Words inside a link or e-mail address ("example.com/fuck-this", "www.bitchin-cars.com") name a page,
 * not a person: the link is reported (spam rules), the words in it are not. `sorted` by start, longest
 * first, so a link comes before the words it contains.
 */
function dropWordsInsideLinks(sorted: AbuseMatch[]): AbuseMatch[] {
  let linkEnd = -1;
  let kept = 0;
  for (let i = 0; i < sorted.length; i++) {
    const m = sorted[i]!;
    if (m.rule === "spam:link" || m.rule === "spam:short-link" || m.rule === "spam:contact") linkEnd = Math.max(linkEnd, m.end);
    else if (m.end <= linkEnd) continue;
    sorted[kept++] = m;
  }
  sorted.length = kept;
  return sorted;
}

function isInitial(w: Words, t: number): boolean {
  return w.end[t]! - w.start[t]! === 1; // "Philip K. Dick": the dot after an initial ends no sentence
}

/**
 * Merges words that an evader split: runs of single letters (f.u.c.k, f u c k) and two parts joined by
 * punctuation (fu.ck, ass-hole), but only where the joined form is an abusive term — "u r a" stays.
 */
function joinSplitWords(w: Words, lex: Lexicon): void {
  let q = 0;
  const n = w.count;
  for (let r = 0; r < n; ) {
    if (isSingle(w, r)) {
      let e = r + 1;
      while (e < n && e - r < 40 && isSingle(w, e) && (w.gap[e]! & G_HARD) === 0) e++;
      if (e - r >= 3) {
        // Longest abusive term of ≥ 3 letters starting at each single letter.
        let s = r;
        while (s < e) {
          let node = 0;
          let best = -1;
          for (let k = s; k < e; k++) {
            const letter = w.letters[w.start[k]!]!;
            if (letter >= 26) break;
            node = lex.main.children[node * 27 + letter]!;
            if (node === 0) break;
            const en = lex.main.entry[node]! - 1;
            if (en >= 0 && (lex.category[en]! >= 0 || (lex.classes[en]! & SPELLED_OUT_CLASSES) !== 0) && k - s >= 2) best = k;
          }
          if (best >= 0) {
            addModelEdit(w.letterStart[w.start[s]!]!, w.letterEnd[w.end[best]! - 1]!, joinedLetters(w, s, best));
            copyWord(w, s, q, best);
            s = best + 1;
          } else {
            copyWord(w, s, q, s);
            s++;
          }
          q++;
        }
        r = e;
        continue;
      }
    }
    if (r + 1 < n && (w.gap[r + 1]! & (G_PUNCT | G_SPACE | G_HARD | G_APOS)) === G_PUNCT && ((w.flags[r]! | w.flags[r + 1]!) & T_FOREIGN) === 0) {
      const e = lookupWord(lex, w.letters, w.start[r]!, w.end[r + 1]!, ((w.flags[r]! | w.flags[r + 1]!) & T_REPEAT) !== 0, false);
      if (e >= 0 && lex.category[e]! >= 0) {
        copyWord(w, r, q, r + 1);
        q++;
        r += 2;
        continue;
      }
    }
    copyWord(w, r, q, r);
    q++;
    r++;
  }
  w.count = q;
}

/** The letters of single-letter words s..last as one lower-case word ("k i l l" → "kill"). */
function joinedLetters(w: Words, s: number, last: number): string {
  let out = "";
  for (let k = s; k <= last; k++) out += String.fromCharCode(0x61 + w.letters[w.start[k]!]!);
  return out;
}

function isSingle(w: Words, t: number): boolean {
  return w.end[t]! - w.start[t]! === 1;
}

/** Word q becomes words [from, to] merged (letters are stored back to back, so only bounds move). */
function copyWord(w: Words, from: number, q: number, to: number): void {
  if (from === q && to === from) return; // nothing merged or moved yet
  w.start[q] = w.start[from]!;
  w.end[q] = w.end[to]!;
  let flags = 0;
  for (let t = from; t <= to; t++) flags |= w.flags[t]!;
  w.flags[q] = to === from ? w.flags[from]! : flags & ~T_CAP_FIRST;
  w.gap[q] = w.gap[from]!;
}

function lookupAt(w: Words, lex: Lexicon, t: number): void {
  const a = w.start[t]!;
  const b = w.end[t]!;
  const flags = w.flags[t]!;
  let e = (flags & T_FOREIGN) !== 0 ? -1 : lookupWord(lex, w.letters, a, b, (flags & T_REPEAT) !== 0, (flags & T_MASK) !== 0);
  entryOf[t] = e;
  classOf[t] = e >= 0 ? lex.classes[e]! : 0;
  hitOf[t] = -1;
  hitEnd[t] = t;
  // Phrases: continue the walk across the following words.
  let node = (flags & T_FOREIGN) !== 0 ? -1 : lookupState[0]!;
  for (let u = t + 1; node > 0 && u < w.count && u - t < MAX_PHRASE_WORDS; u++) {
    if (stopBefore[u] === 1) break;
    node = lex.main.children[node * 27 + SEP]!;
    if (node === 0) break;
    node = walk(lex.main, node, w.letters, w.start[u]!, w.end[u]!);
    if (node <= 0) break;
    const pe = lex.main.entry[node]! - 1;
    if (pe >= 0 && (lex.category[pe]! >= 0 || lex.allow[pe] === 1)) {
      e = pe;
      hitEnd[t] = u;
    }
  }
  if (e >= 0 && lex.allow[e] === 1) {
    for (let u = t; u <= hitEnd[t]!; u++) quiet[u] = 1;
    // An allow-listed phrase ("kill the bill", "Pussy Riot", "could kill for") is innocent as a whole:
    // the model must not read its words one by one either. Nor a single allow-listed word: the model's
    // character n-grams read "puss" in "pussycat" (insult 0.55) and "cock" in "cocktail".
    addModelEdit(w.letterStart[a]!, w.letterEnd[w.end[hitEnd[t]!]! - 1]!, "");
    return;
  }
  if (e < 0 && (flags & T_FOREIGN) === 0 && b - a > 4) e = lookupStem(lex, w.letters, a, b);
  if (e < 0 || lex.category[e]! < 0) return;
  if (NAME_LIKE.has(lex.terms[e]!) && looksLikeName(w, t)) return;
  // Said of oneself, a plain insult word insults nobody; a profane one is still profanity ("I'm such a bitch").
  if (lex.category[e] === INSULT_CATEGORY && hitEnd[t] === t && (isNegated(w, t) || (lex.rule[e] === "lexicon:insult" && isSaidOfOneself(w, t)))) {
    addModelEdit(w.letterStart[a]!, w.letterEnd[b - 1]!, "");
    return;
  }
  hitOf[t] = e;
}

/**
 * The word classes (lexicon-terms.ts C_*) of the last findAbuseMatches call's words, OR-ed, leaving out
 * words inside an allow-listed phrase ("kill the bill"): what the text talks about, for naming categories.
 */
export const lastWordClasses = { value: 0 };

const INSULT_CATEGORY = ABUSE_CATEGORIES.indexOf("insult");
const MAX_EDITS = 16;

/**
 * What the last findAbuseMatches call understood that its matches do not show, as edits of its text for
 * the model's input (model-input.ts), sorted by start: insult words found negated ("not an idiot"),
 * replaced by "" (no match is reported for them, and the model's n-grams would otherwise read "idiot"
 * alone), and words spelled out letter by letter that the rules joined ("k i l l you"), replaced by the
 * joined word. Overwritten by the next call; at most MAX_EDITS.
 */
export const modelEdits = { count: 0, start: new Int32Array(MAX_EDITS), end: new Int32Array(MAX_EDITS), text: new Array<string>(MAX_EDITS).fill("") };

function addModelEdit(start: number, end: number, replacement: string): void {
  let k = modelEdits.count;
  if (k >= MAX_EDITS) return;
  // Joins are recorded before negations: keep the list sorted by start (a few entries at most).
  for (; k > 0 && modelEdits.start[k - 1]! > start; k--) {
    modelEdits.start[k] = modelEdits.start[k - 1]!;
    modelEdits.end[k] = modelEdits.end[k - 1]!;
    modelEdits.text[k] = modelEdits.text[k - 1]!;
  }
  modelEdits.start[k] = start;
  modelEdits.end[k] = end;
  modelEdits.text[k] = replacement;
  modelEdits.count++;
}

/**
 * "you are not an idiot", "he is no fool", "she isn't a moron": a negation right before the insult word
 * (an article and one intensifier may sit between) denies it rather than aiming it at someone.
 */
function isNegated(w: Words, t: number): boolean {
  let u = t - 1;
  for (let skipped = 0; u >= 0 && skipped < 2 && stopBefore[u + 1] === 0 && (classOf[u]! & (LT.C_ART | LT.C_INTENS)) !== 0; skipped++) u--;
  if (u < 0 || stopBefore[u + 1] === 1) return false;
  // "isn't": the "t" after the apostrophe stands for the "not".
  if ((w.gap[u]! & G_APOS) !== 0 && w.end[u]! - w.start[u]! === 1 && w.letters[w.start[u]!] === 19 && u > 0) u--;
  return (classOf[u]! & LT.C_NOT) !== 0;
}

/**
 * "I'm such an idiot, I forgot my keys", "we are idiots": an insult word the writer says of themselves
 * (I/we, a form of "be", then at most three articles or intensifiers: "such a total") insults nobody.
 * Used for lexicon words (lookupAt) and for the key word of insult patterns (emit).
 */
function isSaidOfOneself(w: Words, t: number): boolean {
  let u = t - 1;
  for (let skipped = 0; u >= 0 && skipped < 3 && stopBefore[u + 1] === 0 && (classOf[u]! & (LT.C_ART | LT.C_INTENS)) !== 0; skipped++) u--;
  if (u < 0 || stopBefore[u + 1] === 1 || (classOf[u]! & LT.C_BE) === 0) return false;
  if ((classOf[u]! & LT.C_SELF) !== 0) return true; // "im"
  return u >= 1 && stopBefore[u] === 0 && (classOf[u - 1]! & LT.C_SELF) !== 0;
}

/**
 * "is a stupid idea", "you are a pathetic excuse": an adjective key after an article, followed by an
 * unknown word, describes that word (a thing), not the person.
 */
function describesAThing(w: Words, lex: Lexicon, t: number, key: number, end: number): boolean {
  if ((classOf[key]! & C_INTENS) === 0 || end >= w.count || stopBefore[end] === 1) return false;
  // The word after it is a plain word: unknown, or known only as a word the patterns spell ("idea", "plan").
  if (classOf[end] !== 0 || (entryOf[end]! >= 0 && lex.category[entryOf[end]!]! >= 0)) return false;
  for (let u = t; u < key; u++) if ((classOf[u]! & C_ART) !== 0) return true;
  return false;
}

/** "you are crazy talented", "such a stupid good idea": an insult adjective right before praise is a degree word. */
function modifiesPraise(w: Words, key: number, end: number): boolean {
  return (classOf[key]! & C_INTENS) !== 0 && end < w.count && (w.gap[end]! & G_PUNCT) === 0 && stopBefore[end] === 0 &&
    (classOf[end]! & LT.C_PRAISE) !== 0; // not across punctuation: "a dangerous fool - good riddance"
}

/** "I'll kill you at chess", "we'll destroy them at the quiz": a contest follows, not a threat. */
function contestFollows(w: Words, end: number): boolean {
  if (end + 1 >= w.count || stopBefore[end] === 1 || (classOf[end]! & LT.C_AT) === 0 || stopBefore[end + 1] === 1) return false;
  if ((classOf[end + 1]! & LT.C_GAME) !== 0) return true;
  return (classOf[end + 1]! & LT.C_ALL) !== 0 && end + 2 < w.count && stopBefore[end + 2] === 0 && (classOf[end + 2]! & LT.C_GAME) !== 0;
}

/**
 * "you idiot" insults without a verb, "you crazy" does not ("it will drive you crazy"): an adjective that
 * insults only when aimed at someone (no lexicon category of its own) needs "are"/"'re" before it.
 */
function adjectiveWithoutCopula(lex: Lexicon, t: number, key: number): boolean {
  if ((classOf[key]! & (C_INTENS | LT.C_NOUN)) !== C_INTENS || lex.category[entryOf[key]!]! >= 0 || (classOf[t]! & LT.C_YOU) === 0) return false;
  for (let u = t; u < key; u++) if ((classOf[u]! & LT.C_BE) !== 0) return false;
  return true;
}

/**
 * A capitalised word beside another capitalised, unknown word (Dick Cheney, Moby Dick), "Dick's", or
 * right after a word that introduces a name in mid-sentence ("a cocktail with Dick", "thanks to Dick").
 */
function looksLikeName(w: Words, t: number): boolean {
  if ((w.flags[t]! & T_CAP_FIRST) === 0) return false;
  const next = t + 1 < w.count && stopBefore[t + 1] === 0 &&
    ((w.flags[t + 1]! & T_CAP_FIRST) !== 0 || ((w.gap[t + 1]! & G_APOS) !== 0 && w.end[t + 1]! - w.start[t + 1]! === 1));
  const prev = t > 0 && stopBefore[t] === 0 && (w.flags[t - 1]! & T_CAP_FIRST) !== 0 && entryOf[t - 1]! < 0;
  // Not "with DICK": a word in capitals is shouted, not named.
  const introduced = t > 0 && stopBefore[t] === 0 && (classOf[t - 1]! & LT.C_BEFORE_NAME) !== 0 && w.end[t]! - w.start[t]! > 1 &&
    (w.flags[t]! & T_ALL_CAPS) === 0;
  return next || prev || introduced;
}

const coverScratch = new Int32Array(ABUSE_CATEGORIES.length);

function emit(w: Words, lex: Lexicon, pats: CompiledPatterns, out: AbuseMatch[]): void {
  const coverUntil = coverScratch.fill(-1); // per category: last word covered by a pattern match
  let phraseUntil = -1;
  for (let t = 0; t < w.count; t++) {
    if (quiet[t] === 1) continue;
    const e = entryOf[t]!;
    let startable = e >= 0 ? pats.canStart[e]! : 0;
    while (startable !== 0) {
      const i = 31 - Math.clz32(startable & -startable); // lowest set bit
      startable &= startable - 1;
      const p = pats.patterns[i]!;
      const end = matchAt(p, t, w.count, entryOf, classOf, stopBefore);
      if (end < 0) continue;
      if (p.notAfter.length > 0 && t > 0 && stopBefore[t] === 0 && p.notAfter.includes(entryOf[t - 1]!)) {
        // "The bill should be killed", "if you are gay": no attack, so the model must not read the key word alone either.
        const k = patternState[0]!;
        const key = k >= t && k < end ? k : end - 1;
        addModelEdit(w.letterStart[w.start[key]!]!, w.letterEnd[w.end[key]! - 1]!, "");
        continue;
      }
      const ci = ABUSE_CATEGORIES.indexOf(p.category);
      if (coverUntil[ci]! >= end - 1) continue;
      let quietInside = false;
      for (let u = t; u < end; u++) if (quiet[u] === 1) quietInside = true;
      if (quietInside) continue;
      const k = patternState[0]!;
      const key = k >= t && k < end ? k : end - 1;
      if (describesAThing(w, lex, t, key, end) || adjectiveWithoutCopula(lex, t, key)) continue;
      if (modifiesPraise(w, key, end) || (p.category === "threat" && contestFollows(w, end))) {
        addModelEdit(w.letterStart[w.start[key]!]!, w.letterEnd[w.end[key]! - 1]!, "");
        continue;
      }
      // "I'm such an idiot", "we are such clowns": said of oneself, as for a lexicon word (lookupAt).
      if (p.category === "insult" && isSaidOfOneself(w, key)) continue;
      coverUntil[ci] = end - 1;
      out.push({
        start: w.letterStart[w.start[t]!]!, end: w.letterEnd[w.end[end - 1]! - 1]!,
        category: p.category, term: lex.terms[entryOf[key]!] ?? p.name, rule: p.rule,
      });
    }
    const h = hitOf[t]!;
    if (h < 0 || t <= phraseUntil) continue;
    // "stupid good": the insult word is a degree word before praise (a profane one stays profanity: "fucking brilliant").
    if (hitEnd[t] === t && lex.category[h] === INSULT_CATEGORY && modifiesPraise(w, t, t + 1)) {
      addModelEdit(w.letterStart[w.start[t]!]!, w.letterEnd[w.end[t]! - 1]!, "");
      continue;
    }
    const ci = lex.category[h]!;
    if (coverUntil[ci]! >= hitEnd[t]!) continue;
    if (hitEnd[t]! > t) phraseUntil = hitEnd[t]!;
    out.push({
      start: w.letterStart[w.start[t]!]!, end: w.letterEnd[w.end[hitEnd[t]!]! - 1]!,
      category: categoryName(ci), term: lex.terms[h]!, rule: lex.rule[h]!,
    });
  }
}
