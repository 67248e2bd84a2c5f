// Lexicon look-ups over the letters of one word (Words.letters[a, b)): exact, inflected (idiots,
// fucking), stretched (fuuuck), masked (f*ck) and compound stems (dumbfuck). No allocation.
import * as L from "./lexicon";
import type { Lexicon, Trie } from "./lexicon";
import { C_KILLV } from "./lexicon-terms";
import * as N from "./normalize";

// Local copies (imported bindings may be getters under some loaders).
const INFLECT_NONE = L.INFLECT_NONE;
const INFLECT_PLURAL = L.INFLECT_PLURAL;
const UNKNOWN_LETTER = N.UNKNOWN_LETTER;
const WILDCARD = N.WILDCARD;

const A = 27;
// Suffixes as letter codes (a = 0).
const code = (s: string): number[] => [...s].map((c) => c.charCodeAt(0) - 0x61);
const PLURAL = ["s", "es"].map(code);
const VERB = ["s", "es", "ed", "d", "er", "ers", "ing", "ings", "in", "y", "ed", "ies", "ier"].map(code);
const DOUBLED = ["ed", "er", "ers", "ing", "ings", "in", "y"].map(code);

function isSuffix(letters: Uint8Array, a: number, b: number, list: number[][]): boolean {
  const n = b - a;
  outer: for (const s of list) {
    if (s.length !== n) continue;
    for (let i = 0; i < n; i++) if (letters[a + i] !== s[i]) continue outer;
    return true;
  }
  return false;
}

/** How a word matched, for the rule name and for tests. */
export const HOW_EXACT = 1;
export const HOW_INFLECTED = 2;
export const HOW_STRETCHED = 3;
export const HOW_MASKED = 4;
export const HOW_STEM = 5;
export let lastHow = 0;
/**
 * [0]: the main-trie node reached by walking the whole word in the last lookupWord, or -1;
 * [1]: where that walk stopped (the word's end when it read the whole word).
 */
export const lookupState = new Int32Array(2);

/** Walks word letters from `node`; returns the node reached, or -1 (unknown letter, missing edge). */
export function walk(trie: Trie, node: number, letters: Uint8Array, a: number, b: number): number {
  const ch = trie.children;
  for (let p = a; p < b; p++) {
    const l = letters[p]!;
    if (l >= UNKNOWN_LETTER) return -1;
    node = ch[node * A + l]!;
    if (node === 0) return -1;
  }
  return node;
}

/**
 * The entry that word [a, b) matches as a whole (any kind: abusive, allow-listed or class word), or -1.
 * Tries exact, then inflected, then stretched, then masked spellings.
 */
export function lookupWord(lex: Lexicon, letters: Uint8Array, a: number, b: number, hasRepeat: boolean, hasMask: boolean): number {
  const ch = lex.main.children;
  const entry = lex.main.entry;
  let node = 0;
  let inflectEntry = -1;
  let inflectDepth = 0;
  let p = a;
  for (; p < b; p++) {
    const l = letters[p]!;
    if (l >= UNKNOWN_LETTER) break;
    node = ch[node * A + l]!;
    if (node === 0) break;
    const e = entry[node]! - 1;
    if (e >= 0 && lex.inflect[e] !== INFLECT_NONE && p + 1 < b) {
      inflectEntry = e;
      inflectDepth = p + 1;
    }
  }
  lookupState[0] = p === b ? node : -1;
  lookupState[1] = p;
  if (p === b) {
    const e = entry[node]! - 1;
    if (e >= 0) {
      lastHow = HOW_EXACT;
      return e;
    }
  }
  if (inflectEntry >= 0) {
    const list = lex.inflect[inflectEntry] === INFLECT_PLURAL ? PLURAL : VERB;
    if (isSuffix(letters, inflectDepth, b, list) ||
        (list === VERB && letters[inflectDepth] === letters[inflectDepth - 1] && isSuffix(letters, inflectDepth + 1, b, DOUBLED))) {
      lastHow = HOW_INFLECTED;
      return inflectEntry;
    }
  }
  if (hasRepeat) {
    const e = lookupSqueezed(lex, letters, a, b);
    if (e >= 0) {
      lastHow = HOW_STRETCHED;
      return e;
    }
  }
  if (hasMask) {
    const e = lookupMasked(lex, letters, a, b);
    if (e >= 0) {
      lastHow = HOW_MASKED;
      return e;
    }
  }
  return -1;
}

/** fuuuck → fuck: repeated letters collapse; only when the word is longer than the term (as ≠ ass). */
function lookupSqueezed(lex: Lexicon, letters: Uint8Array, a: number, b: number): number {
  const ch = lex.squeezed.children;
  let node = 0;
  let prev = -1;
  for (let p = a; p < b; p++) {
    const l = letters[p]!;
    if (l >= UNKNOWN_LETTER) return -1;
    if (l === prev) continue;
    prev = l;
    node = ch[node * A + l]!;
    if (node === 0) return -1;
  }
  const e = lex.squeezed.entry[node]! - 1;
  if (e < 0 || lex.allow[e] === 1 || lex.category[e]! < 0) return -1;
  return b - a > lex.terms[e]!.length ? e : -1;
}

let bestMasked = -1;
const MAX_MASKED_LENGTH = 24;

/**
 * f*ck, f**k, sh*t: each wildcard stands for one letter; the most severe complete match wins. Words of
 * violence are masked too ("I will k*ll you"): nobody stars out a letter of an innocent "kill", and the
 * threat patterns then read the word; an abusive term still wins over them.
 */
function lookupMasked(lex: Lexicon, letters: Uint8Array, a: number, b: number): number {
  if (b - a > MAX_MASKED_LENGTH) return -1; // longer than any term: keeps the search bounded
  let known = 0;
  let masks = 0;
  for (let p = a; p < b; p++) {
    if (letters[p] === WILDCARD) masks++;
    else if (letters[p]! < UNKNOWN_LETTER) known++;
    else return -1;
  }
  if (known === 1 && masks >= 2 && letters[a]! < UNKNOWN_LETTER) return censoredEntry(lex, letters[a]!, b - a);
  if (known < 2 || masks > known + 1) return -1;
  bestMasked = -1;
  dfs(lex, 0, letters, a, b);
  return bestMasked;
}

/**
 * Words censored down to their first letter, as newspapers print them: "f***", "s***", "c***", "b****".
 * With one letter known, only the word each first letter and length stand for (no search: "s***" could
 * spell a dozen entries, and nobody stars out "slag" or "sods").
 */
const CENSORED: Readonly<Record<string, string>> = { f4: "fuck", s4: "shit", c4: "cunt", b5: "bitch", f7: "fucking", f6: "fucker" };
function censoredEntry(lex: Lexicon, first: number, length: number): number {
  const term = CENSORED[String.fromCharCode(0x61 + first) + length];
  return term === undefined ? -1 : lex.byTerm.get(term) ?? -1;
}

function dfs(lex: Lexicon, node: number, letters: Uint8Array, p: number, b: number): void {
  const ch = lex.main.children;
  if (p === b) {
    const e = lex.main.entry[node]! - 1;
    if (e < 0 || lex.allow[e] === 1) return;
    if (lex.category[e]! >= 0) {
      // An abusive term beats a word of violence, and a more severe term a milder one.
      if (bestMasked < 0 || lex.category[bestMasked]! < 0 || lex.severity[e]! > lex.severity[bestMasked]!) bestMasked = e;
    } else if (bestMasked < 0 && (lex.classes[e]! & C_KILLV) !== 0) bestMasked = e;
    return;
  }
  const l = letters[p]!;
  if (l === WILDCARD) {
    for (let s = 0; s < 26; s++) {
      const next = ch[node * A + s]!;
      if (next !== 0) dfs(lex, next, letters, p + 1, b);
    }
  } else {
    const next = ch[node * A + l]!;
    if (next !== 0) dfs(lex, next, letters, p + 1, b);
  }
}

/** A compounding stem inside the word (dumbfuck, bullshitter), or -1. */
export function lookupStem(lex: Lexicon, letters: Uint8Array, a: number, b: number): number {
  const ch = lex.stems.children;
  const entry = lex.stems.entry;
  for (let s = a; s + 3 < b; s++) {
    let node = 0;
    for (let p = s; p < b; p++) {
      const l = letters[p]!;
      if (l >= UNKNOWN_LETTER) break;
      node = ch[node * A + l]!;
      if (node === 0) break;
      const e = entry[node]! - 1;
      if (e >= 0) {
        lastHow = HOW_STEM;
        return e;
      }
    }
  }
  return -1;
}

const LETTER_I = 8, LETTER_L = 11, LETTER_U = 20, LETTER_V = 21;
const MAX_SWAPPED = 16;
const swapped = new Uint8Array(MAX_SWAPPED);

/**
 * Look-alikes the fold table cannot decide, tried on a word that matched nothing: a "v" written for a "u"
 * ("cvnt", "slvt": tried when the walk stopped at a "v", so "cave" or "vote" cost nothing) and a "1" that
 * stood for an "l" rather than the "i" it is read as ("s1ut", "c1it": `ones` marks, bit k for letter a + k,
 * the letters that were a "1"). Only an abusive entry counts, never a class word or an allow-listed one.
 */
export function lookupSwapped(lex: Lexicon, letters: Uint8Array, a: number, b: number, ones: number, hasRepeat: boolean): number {
  const n = b - a;
  if (n < 3 || n > MAX_SWAPPED) return -1;
  const stop = lookupState[1]!;
  const v = stop < b && letters[stop] === LETTER_V;
  if (!v && ones === 0) return -1;
  for (let k = 0; k < n; k++) {
    const l = letters[a + k]!;
    swapped[k] = v && l === LETTER_V ? LETTER_U : (ones & (1 << k)) !== 0 && l === LETTER_I ? LETTER_L : l;
  }
  const e = lookupWord(lex, swapped, 0, n, hasRepeat, false);
  lookupState[0] = -1; // no phrase continues from a guessed spelling
  return e >= 0 && lex.category[e]! >= 0 && lex.allow[e] !== 1 ? e : -1;
}
