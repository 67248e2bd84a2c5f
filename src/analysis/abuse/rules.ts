// Rule side of abuse detection: lexicon, phrase and pattern matches with spans into the ORIGINAL text.
// Their per-category evidence in [0, 1], for combining with the learned model, is evidence.ts's.
import { ABUSE_CATEGORIES, type AbuseMatch } from "../types";
import { type Lexicon, SEP, categoryName, entryMarks, lexicon } from "./lexicon";
import * as G from "./context-guards";
import * as LT from "./lexicon-terms";
import * as LU from "./lookup";
import * as N from "./normalize";
import { type Words, scanWords } from "./normalize";
import * as P from "./patterns";
import type { CompiledPatterns } from "./patterns";
import { addModelEdit, leaveOutOfModel, modelEdits } from "./model-edits";
import { dropReportedThreats } from "./reported-speech";
import { joinSplitWords } from "./split-words";
import { CIVIL_TOPIC_WORDS } from "./topic-words.generated";
import { type SpamOptions, findSpam, isLinkRule } from "./spam";

export type AbuseRuleOptions = SpamOptions;

// Local copies of the flag constants (see normalize.ts on imported bindings in hot loops).
const G_PUNCT = N.G_PUNCT;
const G_STOP = N.G_STOP;
const T_FOREIGN = N.T_FOREIGN;
const T_MASK = N.T_MASK;
const T_REPEAT = N.T_REPEAT;
const T_LEET = N.T_LEET;
const lookupWord = LU.lookupWord;
const lookupStem = LU.lookupStem;
const lookupSwapped = LU.lookupSwapped;
const walk = LU.walk;
const lookupState = LU.lookupState;
const matchAt = P.matchAt;
const patterns = P.patterns;
const START_WORDS = P.START_WORDS;
const patternState = P.patternState;

const MAX_PHRASE_WORDS = 8;
// Surname-like terms: "Dick Cheney", "Moby Dick", "Wilbur Coon" are names, not insults.
const NAME_LIKE = new Set(["dick", "coon", "dyke", "cumming", "gaylord", "cock"]);
const IDENTITY_WORDS = LT.C_GROUP | LT.C_GROUPADJ;
let topicEntries: Uint8Array | null = null;
/** A breeder's words for a female dog (context-guards.ts isAboutDogs). */
const DOG_WORDS = new Set(["bitch", "bitches"]);

// Per-word scratch (grown, reused).
let cap = 0;
let entryOf = new Int32Array(0); // entry matched by the word alone (abusive, allow-listed or class word), -1 none
let classOf = new Int32Array(0);
let hitOf = new Int32Array(0); // abusive entry starting at this word, -1 none
let hitEnd = new Int32Array(0); // last word of that hit (phrases span several)
let stopBefore = new Uint8Array(0); // a sentence end lies between this word and the previous one
let quiet = new Uint8Array(0); // inside an allow-listed phrase, or inside an emitted phrase
/** The arrays the context guards read (context-guards.ts), re-pointed when they grow. */
const ctx: G.WordContext = { entryOf, classOf, stopBefore };
/** The text of the current findAbuseMatches call (lookupAt reads which letters were a "1"). */
let scanned = "";

function ensure(n: number): void {
  if (n <= cap) return;
  cap = Math.max(n, cap * 2, 64);
  entryOf = new Int32Array(cap);
  classOf = new Int32Array(cap);
  hitOf = new Int32Array(cap);
  hitEnd = new Int32Array(cap);
  stopBefore = new Uint8Array(cap);
  quiet = new Uint8Array(cap);
  ctx.entryOf = entryOf;
  ctx.classOf = classOf;
  ctx.stopBefore = stopBefore;
}

/**
 * All rule matches in `text`, spans in UTF-16 offsets of the original text (end exclusive), in order
 * of their start. Linear in the text length; the lexicons are compiled on the first call.
 */
export function findAbuseMatches(text: string, options?: AbuseRuleOptions): AbuseMatch[] {
  const lex = lexicon();
  const pats = patterns();
  const w = scanWords(text);
  scanned = text;
  modelEdits.count = 0;
  joinSplitWords(w, lex);
  const count = w.count;
  ensure(count + 1);
  for (let t = 0; t < count; t++) {
    stopBefore[t] = t > 0 && (w.gap[t]! & G_STOP) !== 0 && !isInitial(w, t - 1) ? 1 : 0;
    quiet[t] = 0;
  }
  for (let t = 0; t < count; t++) lookupAt(w, lex, t);
  const topics = (topicEntries ??= entryMarks(lex, CIVIL_TOPIC_WORDS));
  for (let t = 0; t < count; t++) {
    // A breeder's "bitch" is read once every word's class is known: the dog may come after it.
    const e = hitOf[t]!;
    if (e >= 0 && hitEnd[t] === t && DOG_WORDS.has(lex.terms[e]!) && G.isAboutDogs(ctx, w, t)) {
      hitOf[t] = -1;
      leaveOutOfModel(w, t);
    }
    // "I am a gay man", "I'm Muslim": who the writer is attacks no one, but the model's n-grams of
    // identity words (learned from talk-page abuse) flagged "I am a gay man and I support this" at 0.55.
    // Nor does one that describes a place, a right or a tradition: "Have you been to the gay bar?" was 0.65.
    if ((classOf[t]! & IDENTITY_WORDS) !== 0 && (G.isSaidOfOneself(ctx, w, t) || G.describesIdentityThing(ctx, w, lex, t))) leaveOutOfModel(w, t);
    // Nor do the names the Civil sample is about (topic-words.generated.ts): the model learned "Anchorage"
    // as abuse because every Civil post is (0.92 alone).
    if (entryOf[t]! >= 0 && topics[entryOf[t]!] === 1) leaveOutOfModel(w, t);
  }
  let classes = 0;
  for (let t = 0; t < count; t++) if (quiet[t] === 0) classes |= classOf[t]!;
  lastWordClasses.value = classes;
  const out: AbuseMatch[] = [];
  emit(w, lex, pats, out);
  if (out.length > 0) dropReportedThreats(text, out, addModelEdit);
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
    if (isLinkRule(m.rule)) linkEnd = Math.max(linkEnd, m.end);
    else if (m.end <= linkEnd) continue;
    sorted[kept++] = m;
  }
  sorted.length = kept;
  return sorted;
}

function isInitial(w: Words, t: number): boolean {
  return w.end[t]! - w.start[t]! === 1; // "Philip K. Dick": the dot after an initial ends no sentence
}

function lookupAt(w: Words, lex: Lexicon, t: number): void {
  const a = w.start[t]!;
  const b = w.end[t]!;
  const flags = w.flags[t]!;
  let e = (flags & T_FOREIGN) !== 0 ? -1 : lookupWord(lex, w.letters, a, b, (flags & T_REPEAT) !== 0, (flags & T_MASK) !== 0);
  if (e < 0 && (flags & (T_FOREIGN | T_MASK)) === 0) e = lookupSwapped(lex, w.letters, a, b, (flags & T_LEET) !== 0 ? onesOf(w, a, b) : 0, (flags & T_REPEAT) !== 0);
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
  // A name is no word for the model either: its n-grams read "Cock" in "The Cock Inn" as the insult.
  if (NAME_LIKE.has(lex.terms[e]!) && G.looksLikeName(ctx, w, t)) {
    leaveOutOfModel(w, t);
    return;
  }
  // Mentioned ("the word bitch"), a word names nobody; a slur is still a slur.
  if (lex.rule[e] !== "lexicon:slur" && G.isMentioned(ctx, t)) {
    leaveOutOfModel(w, t);
    return;
  }
  // Said of oneself, a plain insult word insults nobody; a profane one is still profanity ("I'm such a bitch").
  if (lex.category[e] === INSULT_CATEGORY && hitEnd[t] === t && (G.isNegated(ctx, w, t) || (lex.rule[e] === "lexicon:insult" && G.isSaidOfOneself(ctx, w, t)))) {
    leaveOutOfModel(w, t);
    return;
  }
  hitOf[t] = e;
}

/** Bit k set where letter a + k of the word was written as the digit "1" (lookup.ts lookupSwapped). */
function onesOf(w: Words, a: number, b: number): number {
  let ones = 0;
  for (let p = a; p < b && p - a < 31; p++) if (scanned.charCodeAt(w.letterStart[p]!) === 0x31) ones |= 1 << (p - a);
  return ones;
}

/**
 * The word classes (lexicon-terms.ts C_*) of the last findAbuseMatches call's words, OR-ed, leaving out
 * words inside an allow-listed phrase ("kill the bill"): what the text talks about, for naming categories.
 */
export const lastWordClasses = { value: 0 };

const INSULT_CATEGORY = ABUSE_CATEGORIES.indexOf("insult");
const coverScratch = new Int32Array(ABUSE_CATEGORIES.length);

function emit(w: Words, lex: Lexicon, pats: CompiledPatterns, out: AbuseMatch[]): void {
  const coverUntil = coverScratch.fill(-1); // per category: last word covered by a pattern match
  let phraseUntil = -1;
  for (let t = 0; t < w.count; t++) {
    if (quiet[t] === 1) continue;
    const e = entryOf[t]!;
    for (let word = 0; word < START_WORDS && e >= 0; word++) {
      let startable = pats.canStart[e * START_WORDS + word]!;
      while (startable !== 0) {
        const i = word * 32 + 31 - Math.clz32(startable & -startable); // lowest set bit
        startable &= startable - 1;
        const p = pats.patterns[i]!;
        const end = matchAt(p, t, w.count, entryOf, classOf, stopBefore);
        if (end < 0) continue;
        const k = patternState[0]!;
        const key = k >= t && k < end ? k : end - 1;
        if (p.notAfter.length > 0 && t > 0 && stopBefore[t] === 0 && p.notAfter.includes(entryOf[t - 1]!)) {
          // "The bill should be killed", "if you are gay": no attack, so the model must not read the key word alone either.
          leaveOutOfModel(w, key);
          continue;
        }
        if (p.onlyBefore !== null && end < w.count && stopBefore[end] === 0 && (w.gap[end]! & G_PUNCT) === 0 && !p.onlyBefore.includes(entryOf[end]!)) continue;
        const ci = ABUSE_CATEGORIES.indexOf(p.category);
        if (coverUntil[ci]! >= end - 1) continue;
        let quietInside = false;
        for (let u = t; u < end; u++) if (quiet[u] === 1) quietInside = true;
        if (quietInside) continue;
        if (G.describesAThing(ctx, w, lex, t, key, end) || G.adjectiveWithoutCopula(ctx, lex, t, key) || G.isPossessive(w, key)) continue;
        if (G.modifiesPraise(ctx, w, key, end) || (p.category === "threat" && G.contestFollows(ctx, w, end))) {
          leaveOutOfModel(w, key);
          continue;
        }
        // "I'm such an idiot", "we are such clowns": said of oneself, as for a lexicon word (lookupAt).
        if (p.category === "insult" && G.isSaidOfOneself(ctx, w, key)) continue;
        // "Don't be an idiot like me" owns it; "you're an idiot like me" still names the reader.
        if (p.category === "insult" && (G.isOwnedAfter(ctx, w, end) || ((classOf[t]! & LT.C_YOU) === 0 && G.isLikeMe(ctx, w, lex, end)))) {
          // Nor is its key word an insult on its own, for the rules or the model.
          quiet[key] = 1;
          leaveOutOfModel(w, key);
          continue;
        }
        coverUntil[ci] = end - 1;
        out.push({
          start: w.letterStart[w.start[t]!]!, end: w.letterEnd[w.end[end - 1]! - 1]!,
          category: p.category, term: lex.terms[entryOf[key]!] ?? p.name, rule: p.rule,
        });
      }
    }
    const h = hitOf[t]!;
    if (h < 0 || t <= phraseUntil) continue;
    // "stupid good": the insult word is a degree word before praise (a profane one stays profanity: "fucking brilliant").
    if (hitEnd[t] === t && lex.category[h] === INSULT_CATEGORY && G.modifiesPraise(ctx, w, t, t + 1)) {
      leaveOutOfModel(w, t);
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
