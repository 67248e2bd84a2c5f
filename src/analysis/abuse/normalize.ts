// Evasion-resistant normalisation with offsets mapped back to the original text.
//
// One pass over the UTF-16 units folds each character (case, accents, full-width, look-alike letters,
// styled mathematical letters) and drops invisible ones; words are cut as they end, and inside a word
// leetspeak is decoded (sh1t, a$$, @ss) only when the word is mostly letters, so "2024" or "A55" never
// turn into words. Masks (f*ck, f##k) become wildcards. Spaced-out letters (f.u.c.k, f u c k) and
// stretched letters (fuuuck) are resolved by the matcher against the lexicon, because only the lexicon
// can tell "f u c k" from "u r a". Everything lands in scratch typed arrays that grow and are reused:
// no allocation per call beyond them.
import * as F from "./fold-table";
import { foldAstral, foldTable, isInvisibleAstral, kindTable } from "./fold-table";

// Local copies: imported bindings may compile to property getters under some loaders (tsx → CJS),
// which costs more than the whole scan in this loop.
const K_DIGIT = F.K_DIGIT;
const K_FOREIGN = F.K_FOREIGN;
const K_LEET = F.K_LEET;
const K_LETTER = F.K_LETTER;
const K_MASK = F.K_MASK;
const K_SKIP = F.K_SKIP;
const K_SPACE = F.K_SPACE;
const K_STOP = F.K_STOP;
const K_SYMBOL = F.K_SYMBOL;
const K_APOS = F.K_APOS;
const LEET_LETTER = F.LEET_LETTER;

/** Letter codes in Words.letters: 0–25 = a–z. */
export const UNKNOWN_LETTER = 26; // a letter we do not fold, or a digit that stays a digit
export const WILDCARD = 27; // a mask character standing for one letter

// Token flags.
export const T_MASK = 1; // has a wildcard
export const T_REPEAT = 2; // has two equal letters in a row (candidate for stretched-letter lookup)
export const T_CAP_FIRST = 4; // first letter upper-case in the original
export const T_ALL_CAPS = 8; // every letter upper-case (and at least two letters)
export const T_LEET = 16; // a digit or symbol was read as a letter
export const T_FOREIGN = 32; // holds an unknown letter: can never match

// Gap flags (what separates a word from the previous one).
export const G_SPACE = 1; // blanks
export const G_PUNCT = 2; // punctuation, masks or leet symbols that were not part of a word
export const G_STOP = 4; // . ! ? ; or a line break: patterns do not cross it
export const G_HARD = 8; // line break, symbol, digits, or more than 3 characters: spaced-out words do not cross it
export const G_APOS = 16; // an apostrophe: a contraction or possessive (you're, AAS's), never an evasion

/** Scratch buffers describing the words of the last text scanned. Valid until the next scan. */
export interface Words {
  count: number;
  letters: Uint8Array; // letter codes of all words, back to back
  letterStart: Int32Array; // original UTF-16 start of each letter
  letterEnd: Int32Array; // original UTF-16 end (exclusive) of each letter
  start: Int32Array; // per word: first index into letters
  end: Int32Array; // per word: index after its last letter
  flags: Uint8Array;
  gap: Uint8Array; // G_* flags of the characters before the word
  /** SIG_* hints for the spam scanners (which skip the text when none is set). */
  signals: number;
}

export const SIG_DIGIT = 1; // ten digits or more (phone numbers)
export const SIG_LINK = 2; // a dot directly followed by a letter, or an @ (links, e-mail)
export const SIG_MONEY = 4; // a currency sign
export const SIG_REPEAT = 8; // one character ten times in a row

let cap = 0;
const words: Words = {
  count: 0,
  letters: new Uint8Array(0),
  letterStart: new Int32Array(0),
  letterEnd: new Int32Array(0),
  start: new Int32Array(0),
  end: new Int32Array(0),
  flags: new Uint8Array(0),
  gap: new Uint8Array(0),
  signals: 0,
};
let wordsText = "";
// Per-character buffers of the word being read.
let runCode = new Uint16Array(0);
let runKind = new Uint8Array(0);
let runStart = new Int32Array(0);
let runEnd = new Int32Array(0);
let runUpper = new Uint8Array(0);

function ensureCapacity(n: number): void {
  if (n <= cap) return;
  cap = Math.max(n, cap * 2, 256);
  words.letters = new Uint8Array(cap);
  words.letterStart = new Int32Array(cap);
  words.letterEnd = new Int32Array(cap);
  words.start = new Int32Array(cap);
  words.end = new Int32Array(cap);
  words.flags = new Uint8Array(cap);
  words.gap = new Uint8Array(cap);
  runCode = new Uint16Array(cap);
  runKind = new Uint8Array(cap);
  runStart = new Int32Array(cap);
  runEnd = new Int32Array(cap);
  runUpper = new Uint8Array(cap);
}

let gapFlags = 0;
let gapLen = 0;

function addGap(kind: number, code: number): void {
  gapLen++;
  if (kind === K_SPACE) gapFlags |= G_SPACE;
  else if (kind === K_STOP) gapFlags |= G_STOP | G_HARD;
  else if (kind === K_SYMBOL || kind === K_DIGIT) gapFlags |= G_HARD;
  else {
    gapFlags |= G_PUNCT;
    if (code === 0x2e || code === 0x21 || code === 0x3f) gapFlags |= G_STOP; // . ! ?
    else if (kind === K_APOS) gapFlags |= G_APOS;
  }
}

/** Whether the leet symbol at run index a is followed, through at most three more, by a letter. */
function leetBeforeLetter(a: number, b: number): boolean {
  for (let j = a + 1; j < b && j <= a + 4; j++) {
    if (runKind[j] === K_LETTER) return true;
    if (runKind[j] !== K_LEET) return false;
  }
  return false;
}

function onlyMasks(a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (runKind[i] !== K_MASK) return false;
  return true;
}

/** `code` has a leet reading and follows a one-letter word across a short gap. */
function spellsLetter(code: number): boolean {
  const w = words.count;
  return code < 256 && LEET_LETTER[code] !== 0 && w > 0 && words.end[w - 1]! - words.start[w - 1]! === 1 && gapLen <= 3;
}

/** Ends the current run [0, n): trims, decodes leet and appends it as a word (or as gap). */
function flushRun(n: number): void {
  let a = 0;
  let b = n;
  // Leading symbols count only before a letter (@ss, $hit, and through up to three more: @$$hole), never
  // before digits ($100) or masks. The look-ahead is bounded, so a long run of symbols stays linear.
  while (a < b && runKind[a] !== K_LETTER && runKind[a] !== K_FOREIGN && runKind[a] !== K_DIGIT) {
    if (runKind[a] === K_LEET && leetBeforeLetter(a, b)) break;
    addGap(runKind[a]!, runCode[a]!);
    a++;
  }
  let letters = 0;
  let digits = 0;
  for (let i = a; i < b; i++) {
    const k = runKind[i];
    if (k === K_LETTER) letters++;
    else if (k === K_DIGIT) digits++;
  }
  // Trailing ! + | are punctuation (idiot!); trailing $ only after a letter or $ (a$$);
  // trailing masks only when the word has two letters already (sh**), or one letter and nothing but
  // two to six masks after it, as censored words are printed (f***, b****; lookup.ts censoredEntry).
  const censored = letters === 1 && runKind[a] === K_LETTER && b - a >= 3 && b - a <= 7 && onlyMasks(a + 1, b);
  while (b > a) {
    const k = runKind[b - 1]!;
    const c = runCode[b - 1]!;
    if (k === K_LEET && c === 0x24 && b - 2 >= a && (runKind[b - 2] === K_LETTER || runCode[b - 2] === 0x24)) break;
    if (k === K_MASK && (letters >= 2 || censored)) break;
    if (k !== K_LEET && k !== K_MASK) break;
    b--;
  }
  // A lone leet character right after a single letter is one more spelled-out letter ("s.h.1.t", "f u c 4"):
  // it becomes a one-letter word for the matcher (rules.ts joins spelled-out letters only into listed terms).
  const spelled = letters === 0 && b - a === 1 && n === 1 && spellsLetter(runCode[a]!);
  if (letters === 0 && !spelled) {
    for (let i = a; i < n; i++) addGap(runKind[i]!, runCode[i]!);
    return;
  }
  const len = b - a;
  const decodeDigits = spelled || digits <= letters || (len >= 5 && digits <= letters + 1);
  const w = words.count;
  let p = w === 0 ? 0 : words.end[w - 1]!;
  words.start[w] = p;
  let flags = 0;
  let upper = 0;
  let prev = -1;
  for (let i = a; i < b; i++) {
    const k = runKind[i]!;
    const c = runCode[i]!;
    let letter: number;
    if (k === K_LETTER) {
      letter = c - 0x61;
      upper += runUpper[i]!;
    } else if (k === K_MASK) {
      letter = WILDCARD;
      flags |= T_MASK;
    } else if (k === K_FOREIGN) {
      letter = UNKNOWN_LETTER;
      flags |= T_FOREIGN;
    } else {
      const l = c < 256 ? LEET_LETTER[c]! : 0;
      if (l !== 0 && (k === K_LEET || decodeDigits)) {
        // A doubled "1" or "|" reads "ll" (ki11, he||, a11): a doubled "i" is almost never English.
        const doubled = (c === 0x31 || c === 0x7c) && ((i > a && runCode[i - 1] === c) || (i + 1 < b && runCode[i + 1] === c));
        letter = (doubled ? 0x6c : l) - 0x61;
        flags |= T_LEET;
      } else {
        letter = UNKNOWN_LETTER;
        flags |= T_FOREIGN;
      }
    }
    if (letter === prev && letter < 26) flags |= T_REPEAT;
    prev = letter;
    words.letters[p] = letter;
    words.letterStart[p] = runStart[i]!;
    words.letterEnd[p] = runEnd[i]!;
    p++;
  }
  if (runUpper[a] === 1) flags |= T_CAP_FIRST;
  if (upper === letters && letters >= 2) flags |= T_ALL_CAPS;
  words.end[w] = p;
  words.flags[w] = flags;
  words.gap[w] = w === 0 ? gapFlags | G_HARD : gapLen > 3 ? gapFlags | G_HARD : gapFlags;
  words.count = w + 1;
  gapFlags = 0;
  gapLen = 0;
  for (let i = b; i < n; i++) addGap(runKind[i]!, runCode[i]!); // trimmed trailing symbols (idiot!)
}

/**
 * Scans `text` into words (scratch buffers, valid until the next call). Linear time; allocates only
 * when the text is longer than any seen before.
 */
export function scanWords(text: string): Words {
  const n = text.length;
  ensureCapacity(n + 1);
  wordsText = text;
  const fold = foldTable();
  const kinds = kindTable();
  const letters = words.letters;
  const letterStart = words.letterStart;
  const letterEnd = words.letterEnd;
  words.count = 0;
  gapFlags = 0;
  gapLen = 0;
  let signals = 0;
  let run = 0; // characters in the current word run
  let mixed = false; // the run holds something other than plain letters: slow path (flushRun)
  let p0 = 0; // letters index where the run's word starts
  let repeat = 0;
  let upper = 0;
  let prevCode = -1;
  let digits = 0;
  let same = 0;
  let lastDot = -2;
  for (let i = 0; i < n; i++) {
    let u = text.charCodeAt(i);
    let kind = kinds[u]!;
    let code = fold[u]!;
    const start = i;
    // Blanks between words: the most common non-letter, kept off the slower paths below.
    if (kind === K_SPACE) {
      if (run > 0) {
        if (mixed) flushRun(run);
        else flushLetters(p0, run, repeat, upper);
        run = 0;
        mixed = false;
      }
      gapLen++;
      gapFlags |= G_SPACE;
      continue;
    }
    if (kind === K_SYMBOL && u >= 0xd800 && u <= 0xdbff && i + 1 < n) {
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        const cp = ((u - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
        i++;
        code = foldAstral(cp);
        if (code !== 0) kind = code <= 0x39 ? K_DIGIT : K_LETTER;
        else if (isInvisibleAstral(cp)) kind = K_SKIP;
        // An emoji between letters hides one: "f🤬ck", "sh💩t" (at a word's edge it is only an emoji: "thanks😊").
        else kind = run > 0 && i + 1 < n && ((text.charCodeAt(i + 1) | 0x20) - 0x61) >>> 0 < 26 ? K_MASK : K_SYMBOL;
        u = 0;
      }
    }
    if (kind === K_LETTER && !mixed) {
      if (run === 0) {
        p0 = words.count === 0 ? 0 : words.end[words.count - 1]!;
        repeat = 0;
        upper = 0;
        prevCode = -1;
        same = 0;
        if (lastDot === i - 1) signals |= SIG_LINK;
      }
      const p = p0 + run;
      letters[p] = code - 0x61;
      letterStart[p] = start;
      letterEnd[p] = i + 1;
      if (code === prevCode) {
        repeat = T_REPEAT;
        if (++same === 9) signals |= SIG_REPEAT; // ten equal letters: spam-like stretching
      } else same = 0;
      prevCode = code;
      if ((u >= 0x41 && u <= 0x5a) || (u >= 0xff21 && u <= 0xff3a)) upper++;
      run++;
      continue;
    }
    if (kind === K_SKIP) continue;
    if (kind === K_LETTER || kind === K_DIGIT || kind === K_LEET || kind === K_MASK || kind === K_FOREIGN) {
      if (kind === K_DIGIT && ++digits === 10) signals |= SIG_DIGIT;
      else if (u === 0x40) signals |= SIG_LINK;
      else if (u === 0x24) signals |= SIG_MONEY; // "$" reads as a leet "s" here, but "$500 a day" is money
      if (!mixed) {
        // Switch to the slow path: copy the plain letters read so far into the run buffers.
        if (run === 0) p0 = words.count === 0 ? 0 : words.end[words.count - 1]!;
        for (let r = 0; r < run; r++) {
          const st = letterStart[p0 + r]!;
          const uu = text.charCodeAt(st);
          runCode[r] = letters[p0 + r]! + 0x61;
          runKind[r] = K_LETTER;
          runStart[r] = st;
          runEnd[r] = letterEnd[p0 + r]!;
          runUpper[r] = (uu >= 0x41 && uu <= 0x5a) || (uu >= 0xff21 && uu <= 0xff3a) ? 1 : 0;
        }
        mixed = true;
      }
      runCode[run] = code;
      runKind[run] = kind;
      runStart[run] = start;
      runEnd[run] = i + 1;
      runUpper[run] = (u >= 0x41 && u <= 0x5a) || (u >= 0xff21 && u <= 0xff3a) ? 1 : 0;
      run++;
      continue;
    }
    if (run > 0) {
      if (mixed) flushRun(run);
      else flushLetters(p0, run, repeat, upper);
      run = 0;
      mixed = false;
    }
    if (u === 0x2e) lastDot = i;
    else if (u === 0x24 || u === 0x20ac || u === 0xa3) signals |= SIG_MONEY;
    addGap(kind, code);
    if (gapLen >= 10) signals |= SIG_REPEAT; // a long run of non-letters: maybe !!!!!!!!!!
  }
  if (run > 0) {
    if (mixed) flushRun(run);
    else flushLetters(p0, run, repeat, upper);
  }
  words.signals = signals;
  return words;
}

/** Fast path: a run of plain letters already written at letters[p0, p0 + n). */
function flushLetters(p0: number, n: number, repeat: number, upper: number): void {
  const w = words.count;
  words.start[w] = p0;
  words.end[w] = p0 + n;
  let flags = repeat;
  if (upper > 0) {
    const u = wordsText.charCodeAt(words.letterStart[p0]!);
    if ((u >= 0x41 && u <= 0x5a) || (u >= 0xff21 && u <= 0xff3a)) flags |= T_CAP_FIRST;
    if (upper === n && n >= 2) flags |= T_ALL_CAPS;
  }
  words.flags[w] = flags;
  words.gap[w] = w === 0 ? gapFlags | G_HARD : gapLen > 3 ? gapFlags | G_HARD : gapFlags;
  words.count = w + 1;
  gapFlags = 0;
  gapLen = 0;
}
