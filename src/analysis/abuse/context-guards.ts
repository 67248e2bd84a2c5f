// Context tests for a rule match: the words around a lexicon word or a pattern's key word that turn it
// innocent — negated ("not an idiot"), said of oneself ("I'm such an idiot"), describing a thing ("a stupid
// idea"), a degree word before praise ("crazy talented"), a contest ("kill you at chess"), a name ("Dick
// Cheney"). They read rules.ts' per-word arrays of the current text; each runs only on a match.
import * as LT from "./lexicon-terms";
import { type Lexicon, entryMarks } from "./lexicon";
import * as N from "./normalize";
import type { Words } from "./normalize";

/** rules.ts' per-word scratch for the current text (see there). */
export interface WordContext {
  entryOf: Int32Array;
  classOf: Int32Array;
  stopBefore: Uint8Array;
}

const G_APOS = N.G_APOS;
const G_PUNCT = N.G_PUNCT;
const T_CAP_FIRST = N.T_CAP_FIRST;
const T_ALL_CAPS = N.T_ALL_CAPS;
const C_INTENS = LT.C_INTENS;
const C_ART = LT.C_ART;
const LETTER_S = 18;

/**
 * "you are not an idiot", "he is no fool", "she isn't a moron": a negation right before the insult word
 * (an article and one intensifier may sit between) denies it rather than aiming it at someone.
 */
export function isNegated(c: WordContext, w: Words, t: number): boolean {
  let u = t - 1;
  for (let skipped = 0; u >= 0 && skipped < 2 && c.stopBefore[u + 1] === 0 && (c.classOf[u]! & (LT.C_ART | LT.C_INTENS)) !== 0; skipped++) u--;
  if (u < 0 || c.stopBefore[u + 1] === 1) return false;
  // "isn't": the "t" after the apostrophe stands for the "not".
  if ((w.gap[u]! & G_APOS) !== 0 && w.end[u]! - w.start[u]! === 1 && w.letters[w.start[u]!] === 19 && u > 0) u--;
  return (c.classOf[u]! & LT.C_NOT) !== 0;
}

/**
 * "I'm such an idiot, I forgot my keys", "we are idiots": an insult word the writer says of themselves
 * (I/we, a form of "be", then at most three articles or intensifiers: "such a total") insults nobody.
 * Used for lexicon words (lookupAt) and for the key word of insult patterns (emit).
 */
export function isSaidOfOneself(c: WordContext, w: Words, t: number): boolean {
  let u = t - 1;
  for (let skipped = 0; u >= 0 && skipped < 3 && c.stopBefore[u + 1] === 0 && (c.classOf[u]! & (LT.C_ART | LT.C_INTENS)) !== 0; skipped++) u--;
  if (u < 0 || c.stopBefore[u + 1] === 1 || (c.classOf[u]! & LT.C_BE) === 0) return false;
  if ((c.classOf[u]! & LT.C_SELF) !== 0) return true; // "im"
  return u >= 1 && c.stopBefore[u] === 0 && (c.classOf[u - 1]! & LT.C_SELF) !== 0;
}

/**
 * "is a stupid idea", "you are a pathetic excuse": an adjective key after an article, followed by an
 * unknown word, describes that word (a thing), not the person.
 */
export function describesAThing(c: WordContext, w: Words, lex: Lexicon, t: number, key: number, end: number): boolean {
  if ((c.classOf[key]! & C_INTENS) === 0 || end >= w.count || c.stopBefore[end] === 1) return false;
  // The word after it is a plain word: unknown, or known only as a word the patterns spell ("idea", "plan").
  // (Classes that only mark context for other guards — a dog, a court, "word", "like" — keep a word plain.)
  if ((c.classOf[end]! & ~LT.C_CONTEXT_ONLY) !== 0 || (c.entryOf[end]! >= 0 && lex.category[c.entryOf[end]!]! >= 0)) return false;
  for (let u = t; u < key; u++) if ((c.classOf[u]! & C_ART) !== 0) return true;
  return false;
}

let identityThings: Uint8Array | null = null;
/**
 * "the gay bar", "gay marriage", "my Muslim colleague": an identity adjective followed, in its sentence, by
 * a place, right, tradition or person it describes (lexicon-terms.ts IDENTITY_THINGS).
 */
export function describesIdentityThing(c: WordContext, w: Words, lex: Lexicon, t: number): boolean {
  if (t + 1 >= w.count || c.stopBefore[t + 1] === 1 || (c.classOf[t]! & LT.C_GROUPADJ) === 0 || c.entryOf[t + 1]! < 0) return false;
  return (identityThings ??= entryMarks(lex, LT.IDENTITY_THINGS))[c.entryOf[t + 1]!] === 1;
}

/** "a dog's dinner", "a pig's ear", "a donkey's years": the insult noun owns the next word, it names no one. */
export function isPossessive(w: Words, key: number): boolean {
  const next = key + 1;
  return next < w.count && (w.gap[next]! & G_APOS) !== 0 && w.end[next]! - w.start[next]! === 1 && w.letters[w.start[next]!] === LETTER_S;
}

/** "you are crazy talented", "such a stupid good idea": an insult adjective right before praise is a degree word. */
export function modifiesPraise(c: WordContext, w: Words, key: number, end: number): boolean {
  return (c.classOf[key]! & C_INTENS) !== 0 && end < w.count && (w.gap[end]! & G_PUNCT) === 0 && c.stopBefore[end] === 0 &&
    (c.classOf[end]! & LT.C_PRAISE) !== 0; // not across punctuation: "a dangerous fool - good riddance"
}

/** "I'll kill you at chess", "we'll destroy them at the quiz": a contest follows, not a threat. */
export function contestFollows(c: WordContext, w: Words, end: number): boolean {
  if (end + 1 >= w.count || c.stopBefore[end] === 1 || (c.classOf[end]! & LT.C_AT) === 0 || c.stopBefore[end + 1] === 1) return false;
  if ((c.classOf[end + 1]! & LT.C_GAME) !== 0) return true;
  return (c.classOf[end + 1]! & LT.C_ALL) !== 0 && end + 2 < w.count && c.stopBefore[end + 2] === 0 && (c.classOf[end + 2]! & LT.C_GAME) !== 0;
}

/**
 * "you idiot" insults without a verb, "you crazy" does not ("it will drive you crazy"): an adjective that
 * insults only when aimed at someone (no lexicon category of its own) needs "are"/"'re" before it.
 */
export function adjectiveWithoutCopula(c: WordContext, lex: Lexicon, t: number, key: number): boolean {
  if ((c.classOf[key]! & (C_INTENS | LT.C_NOUN)) !== C_INTENS || lex.category[c.entryOf[key]!]! >= 0 || (c.classOf[t]! & LT.C_YOU) === 0) return false;
  for (let u = t; u < key; u++) if ((c.classOf[u]! & LT.C_BE) !== 0) return false;
  return true;
}

/**
 * A capitalised word beside another capitalised, unknown word (Dick Cheney, Moby Dick), "Dick's", or
 * right after a word that introduces a name in mid-sentence ("a cocktail with Dick", "thanks to Dick").
 */
export function looksLikeName(c: WordContext, w: Words, t: number): boolean {
  if ((w.flags[t]! & T_CAP_FIRST) === 0) return false;
  const next = t + 1 < w.count && c.stopBefore[t + 1] === 0 &&
    ((w.flags[t + 1]! & T_CAP_FIRST) !== 0 || ((w.gap[t + 1]! & G_APOS) !== 0 && w.end[t + 1]! - w.start[t + 1]! === 1));
  const prev = t > 0 && c.stopBefore[t] === 0 && (w.flags[t - 1]! & T_CAP_FIRST) !== 0 && c.entryOf[t - 1]! < 0;
  // Not "with DICK": a word in capitals is shouted, not named.
  const introduced = t > 0 && c.stopBefore[t] === 0 && (c.classOf[t - 1]! & LT.C_BEFORE_NAME) !== 0 && w.end[t]! - w.start[t]! > 1 &&
    (w.flags[t]! & T_ALL_CAPS) === 0;
  // "Mrs. Cummings", "Dr. Dick": a title before it, whose dot ends an abbreviation rather than a sentence.
  const titled = t > 0 && (c.classOf[t - 1]! & LT.C_TITLE) !== 0 && (w.flags[t - 1]! & T_CAP_FIRST) !== 0;
  return next || prev || introduced || titled;
}

/**
 * "What an idiot I was", "such a fool I am!", "what fools we were to trust him": the writer's own admission,
 * said after the insult — I/we and a full form of "be" that ends the clause (or goes on with "to").
 * Not "such a troll im so glad" nor "what bitch I'm talking": a contraction never ends a clause.
 */
export function isOwnedAfter(c: WordContext, w: Words, end: number): boolean {
  const be = end + 1;
  if (be >= w.count || c.stopBefore[end] === 1 || (w.gap[end]! & G_PUNCT) !== 0 || (c.classOf[end]! & LT.C_SELF) === 0) return false;
  if (c.stopBefore[be] === 1 || (c.classOf[be]! & LT.C_BE) === 0 || (w.gap[be]! & (G_APOS | G_PUNCT)) !== 0) return false;
  const after = be + 1;
  return after >= w.count || c.stopBefore[after] === 1 || (w.gap[after]! & G_PUNCT) !== 0 || (c.classOf[after]! & LT.C_TO) !== 0;
}

/**
 * "A bitch is a female dog", "the bitch had six puppies (she's a champion greyhound)": a word about dogs
 * in the same sentence makes it the breeder's word. Not when it is aimed at someone ("you bitch").
 */
export function isAboutDogs(c: WordContext, w: Words, t: number): boolean {
  if (t > 0 && c.stopBefore[t] === 0 && (c.classOf[t - 1]! & (LT.C_YOU | LT.C_TARGET)) !== 0) return false;
  for (let u = t - 1; u >= 0 && u >= t - 12 && c.stopBefore[u + 1] === 0; u--) if ((c.classOf[u]! & LT.C_DOG) !== 0) return true;
  for (let u = t + 1; u < w.count && u <= t + 12 && c.stopBefore[u] === 0; u++) if ((c.classOf[u]! & LT.C_DOG) !== 0) return true;
  return false;
}

/**
 * "the word bitch", "terms like idiot", "the insult moron": the word is mentioned, not used — it names
 * nobody. (A slur stays a slur: rules.ts does not ask this of slurs.)
 */
export function isMentioned(c: WordContext, t: number): boolean {
  if (t === 0 || c.stopBefore[t] === 1) return false;
  const prev = c.classOf[t - 1]!;
  if ((prev & LT.C_MENTION) !== 0) return true;
  return (prev & LT.C_LIKE) !== 0 && t >= 2 && c.stopBefore[t - 1] === 0 && (c.classOf[t - 2]! & LT.C_MENTION) !== 0;
}

const ME = new Set(["me", "myself", "us", "ourselves"]);
/** "Don't be an idiot like me", "fools like us": the insult ends in the writer, who is the example. */
export function isLikeMe(c: WordContext, w: Words, lex: Lexicon, end: number): boolean {
  if (end + 1 >= w.count || c.stopBefore[end] === 1 || c.stopBefore[end + 1] === 1 || (c.classOf[end]! & LT.C_LIKE) === 0) return false;
  const e = c.entryOf[end + 1]!;
  return e >= 0 && ME.has(lex.terms[e]!);
}
