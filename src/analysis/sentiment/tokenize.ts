// A hand-written, single-pass scanner: words, emoticons, emoji and clause punctuation, with UTF-16 offsets
// into the ORIGINAL text (HTML entities such as "&amp;" or "&lt;3" are decoded first, entities.ts).
// No regular expressions on the hot path, one substring per word.
import { hashString } from "./hash";
import { decodeEntities } from "./entities";
import { lexicon, MAX_EMOTICON_LENGTH } from "./lexicon";

export const TokenKind = {
  Word: 0,
  /** An emoticon or emoji with a valence. */
  Symbol: 1,
  /** A run of clause punctuation. */
  Punct: 2,
} as const;
export type TokenKind = (typeof TokenKind)[keyof typeof TokenKind];

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  /** Word: lower case without apostrophes; Symbol: the emoticon (lower case) or emoji; Punct: "" */
  text: string;
  /** Word: FNV-1a hash of `text` (features.hashString), for the term table and the learned features. */
  hash: number;
  /** Word with a letter written three times in a row ("goooood"). */
  elongated: boolean;
  /** Word written in capitals (two letters or more). */
  caps: boolean;
  /** Punct: the run ends a sentence (. ! ? or a line break), rather than a clause (, ; : and dashes). */
  sentenceEnd: boolean;
  exclamations: number;
  questions: number;
  /** Set by the rules for the learned features (see rules.ts). */
  role: number;
  /** Set by the rules: the phrase starting at this word. */
  phrase: string | null;
}

export interface Scan {
  tokens: Token[];
  wordCount: number;
  /** Number of words in capitals and of words with at least one letter (to tell shouting from emphasis). */
  capsWords: number;
  letterWords: number;
}

const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
// Latin letters with diacritics (À..ɏ, but not × and ÷), so "naïve" and "café" stay one word.
const isLatinExtra = (c: number): boolean => c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7;
const isWordChar = (c: number): boolean => isAsciiLetter(c) || isDigit(c) || isLatinExtra(c);
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
// Emoticons that start with a letter or digit ("xD", "8)") are found by the word branch instead.
const EMOTICON_START = new Set([":", ";", "=", "<", ">", "(", ")", "^", "-"].map((s) => s.charCodeAt(0)));

/** First two characters (lower case) of every emoticon, as c0 * 65536 + c1: most ":" "(" "-" start none. */
let emoticonPrefixes: Set<number> | undefined;
function emoticonPrefixSet(symbols: ReadonlyMap<string, number>): Set<number> {
  if (emoticonPrefixes) return emoticonPrefixes;
  const set = new Set<number>();
  for (const s of symbols.keys()) if (s.length >= 2) set.add(s.charCodeAt(0) * 65536 + s.charCodeAt(1));
  return (emoticonPrefixes = set);
}
const lowerAscii = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

/** Every token is built here, so all share one object shape (monomorphic property access). */
function makeToken(kind: TokenKind, start: number, end: number, text: string, hash: number, caps: boolean, elongated = false): Token {
  return { kind, start, end, text, hash, elongated, caps, sentenceEnd: false, exclamations: 0, questions: 0, role: 0, phrase: null };
}

function pushPunct(tokens: Token[], start: number): Token {
  const t = makeToken(TokenKind.Punct, start, start, "", 0, false);
  tokens.push(t);
  return t;
}

const CLITICS = new Set(["ll", "d", "re", "s", "ve", "m"]);
/**
 * "don't" → "dont" (a negator), but "I'll" → "i" and "he'll" → "he": folding those would make the
 * AFINN words "ill" and "hell".
 */
function foldContraction(word: string): string {
  const norm = word.includes("\u2019") ? word.replaceAll("\u2019", "'") : word;
  const at = norm.lastIndexOf("'");
  if (!norm.endsWith("n't") && CLITICS.has(norm.slice(at + 1))) {
    const stem = norm.slice(0, at);
    return stem.includes("'") ? stem.replaceAll("'", "") : stem;
  }
  // One apostrophe (the usual case): two slices instead of a replaceAll.
  return norm.indexOf("'") === at ? norm.slice(0, at) + norm.slice(at + 1) : norm.replaceAll("'", "");
}

/** "http://", "https://" or "www." at `i` (which holds "h" or "w"; the next letter rules out most words first). */
function isUrlStart(text: string, i: number): boolean {
  const next = text.charCodeAt(i + 1);
  if (next === 116) return text.startsWith("http://", i) || text.startsWith("https://", i); // "t"
  return next === 119 && text.startsWith("www.", i); // "w"
}

/** Bits of charClasses: isSpace, isWordChar. */
const CLASS_SPACE = 1;
const CLASS_WORD = 2;
let charClasses: Uint8Array | undefined;
/**
 * isSpace and isWordChar of every code below 0x250 (none above is either), built on first use: one table
 * load per character instead of two chains of tests, each behind a check of the inlined function.
 */
function charClassTable(): Uint8Array {
  if (charClasses) return charClasses;
  const t = new Uint8Array(0x250);
  for (let c = 0; c < t.length; c++) t[c] = (isSpace(c) ? CLASS_SPACE : 0) | (isWordChar(c) ? CLASS_WORD : 0);
  return (charClasses = t);
}

/** Splits `original` into tokens. */
export function scan(original: string): Scan {
  // The loop's constants are local literals (FNV-1a's are hash.ts's, the classes and kinds above): bundled
  // (esbuild, as deployed), a module constant is a context slot that the optimised loop reloads and
  // checks at every use, and FNV_OFFSET, above 2^31, is even a heap number converted each time.
  const OFFSET = 0x811c9dc5 | 0, PRIME = 0x01000193;
  const SPACE = 1, WORD = 2; // CLASS_SPACE, CLASS_WORD
  const KIND_WORD = 0, KIND_SYMBOL = 1; // TokenKind.Word, TokenKind.Symbol
  const classes = charClassTable();
  const decoded = decodeEntities(original);
  const text = decoded ? decoded.text : original;
  const { symbols } = lexicon();
  const tokens: Token[] = [];
  let wordCount = 0;
  let capsWords = 0;
  let letterWords = 0;
  let open: Token | null = null; // the punctuation run being extended
  const len = text.length;
  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    const cls = c < 0x250 ? classes[c]! : 0;
    if ((cls & SPACE) !== 0) {
      if (c === 10) {
        open ??= pushPunct(tokens, i);
        open.sentenceEnd = true;
      }
      i++;
      continue;
    }
    if ((c === 104 || c === 119) && isUrlStart(text, i)) {
      while (i < len && !isSpace(text.charCodeAt(i))) i++; // a link is not words nor emoticons
      open = null;
      continue;
    }
    if ((cls & WORD) !== 0) {
      const start = i;
      let upper = 0;
      let lower = 0;
      let apostrophe = false;
      let extra = false; // a letter beyond ASCII: lower case and hash come from toLowerCase()
      let last = -1;
      let run = 0;
      let elongated = false;
      let h = OFFSET; // FNV-1a of the lower-cased word, computed on the way (see features.hashString)
      while (i < len) {
        let d = text.charCodeAt(i);
        if (d >= 65 && d <= 90) {
          upper++;
          d += 32;
        } else if (d >= 97 && d <= 122) lower++;
        else if (isApostrophe(d) && i + 1 < len && isWordChar(text.charCodeAt(i + 1)) && i > start) {
          apostrophe = true;
          i++;
          continue;
        } else if (isLatinExtra(d)) extra = true;
        else if (!isDigit(d)) break;
        h = Math.imul(h ^ d, PRIME);
        if (d === last) {
          if (++run === 3) elongated = true;
        } else {
          last = d;
          run = 1;
        }
        i++;
      }
      let word = upper > 0 || extra ? text.slice(start, i).toLowerCase() : text.slice(start, i);
      if (apostrophe) word = foldContraction(word);
      const hash = apostrophe || extra ? hashString(word) : h >>> 0;
      const caps = upper >= 2 && lower === 0;
      if (upper + lower > 0) letterWords++;
      if (caps) capsWords++;
      wordCount++;
      // "xD" is the only emoticon made of letters only.
      const kind = upper > 0 && word === "xd" ? KIND_SYMBOL : KIND_WORD;
      tokens.push(makeToken(kind, start, i, word, hash, caps, elongated));
      open = null;
      continue;
    }
    if (EMOTICON_START.has(c)) {
      const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
      const prefixes = emoticonPrefixSet(symbols);
      if ((!isWordChar(prev) || c === 58 || c === 59) && i + 1 < len && prefixes.has(c * 65536 + lowerAscii(text.charCodeAt(i + 1)))) {
        let matched = 0;
        for (let l = MAX_EMOTICON_LENGTH; l >= 2 && !matched; l--) {
          if (i + l > len) continue;
          const after = i + l < len ? text.charCodeAt(i + l) : 32;
          if (isWordChar(after) && !isDigit(after)) continue;
          const cand = text.slice(i, i + l).toLowerCase();
          if (symbols.has(cand)) matched = l;
          if (matched) tokens.push(makeToken(TokenKind.Symbol, i, i + l, cand, hashString(cand), false));
        }
        if (matched) {
          // "=(((" and ":)))" are one, stronger emoticon.
          const last = text.charCodeAt(i + matched - 1);
          let extra = 0;
          while (i + matched + extra < len && text.charCodeAt(i + matched + extra) === last && (last === 40 || last === 41)) extra++;
          if (extra) tokens[tokens.length - 1]!.end += extra;
          i += matched + extra;
          open = null;
          continue;
        }
      }
    }
    if (c === 33 || c === 63 || c === 46 || c === 44 || c === 59 || c === 58 || c === 0x2026 || c === 0x2014 || c === 0x2013) {
      open ??= pushPunct(tokens, i);
      open.end = i + 1;
      if (c === 33) open.exclamations++;
      else if (c === 63) open.questions++;
      if (c === 33 || c === 63 || c === 46 || c === 0x2026) open.sentenceEnd = true;
      i++;
      continue;
    }
    if (c >= 0x2190) {
      const wide = c >= 0xd800 && c <= 0xdbff && i + 1 < len;
      const sym = wide ? text.slice(i, i + 2) : text[i] ?? "";
      const start = i;
      i += wide ? 2 : 1;
      if (symbols.has(sym)) {
        tokens.push(makeToken(TokenKind.Symbol, start, i, sym, hashString(sym), false));
        open = null;
      }
      continue;
    }
    i++; // quotes, brackets, hyphens, #, @ …: separators only
  }
  if (decoded) {
    for (const t of tokens) {
      t.start = decoded.offsets[t.start] ?? t.start;
      t.end = decoded.offsets[t.end] ?? t.end;
    }
  }
  return { tokens, wordCount, capsWords, letterWords };

}
