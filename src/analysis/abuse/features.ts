// Hashed features of the abuse model: word unigrams, word bigrams and character 4/5-grams of a
// normalised character stream. The SAME function feeds training (scripts/train-abuse.ts) and inference
// (model.ts), so the two can never drift apart.
//
// Speed matters (≈ 1.3 µs for a 190-character comment): one pass over the UTF-16 code units, a lookup
// table for normalisation, rolling hashes over char codes, no substrings, no RegExp, and a reusable
// scratch buffer for the output. Char 3-grams were dropped in session 3: out of 5 folds they added
// nothing once the training scaled features by their log-count ratio (Wikipedia F1 0.747 with them,
// 0.754 without; OLID 0.634 / 0.645), and they were a third of every comment's table lookups.

/** Code units that vanish (zero-width joiners, soft hyphen, BOM): "id\u200Biot" reads as "idiot". */
const SKIP = 0xffff;
/** Code units that end a word (whitespace, punctuation). */
const BREAK = 0;

let charTable: Uint16Array | null = null;

/** Look-alike letters from Cyrillic and Greek that evasion uses in place of Latin ones. */
const LOOKALIKES: Record<string, string> = {
  а: "a", в: "b", е: "e", ё: "e", к: "k", м: "m", н: "h", о: "o", р: "p", с: "c", т: "t", у: "y", х: "x",
  і: "i", ї: "i", ј: "j", ѕ: "s", ԁ: "d", ԛ: "q", ԝ: "w", ь: "b",
  α: "a", β: "b", ε: "e", η: "n", ι: "i", κ: "k", ν: "v", ο: "o", ρ: "p", τ: "t", υ: "u", χ: "x", ω: "w",
};

/** Built once, on first use: maps every UTF-16 code unit to its normalised form, BREAK or SKIP. */
function buildCharTable(): Uint16Array {
  const t = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) t[c] = c >= 0x250 ? c : BREAK; // other scripts and emoji stay as-is
  for (let c = 0x61; c <= 0x7a; c++) t[c] = c;
  for (let c = 0x41; c <= 0x5a; c++) t[c] = c + 32;
  for (let c = 0x30; c <= 0x39; c++) t[c] = c; // digits: leetspeak is resolved in context below
  t[0x2a] = 0x2a; // "*" as in f*ck stays inside the word
  t[0x40] = 0x40; // "@" (a) and "$" (s): resolved in context like digits
  t[0x24] = 0x24;
  for (const c of [0x27, 0x2019, 0x2018, 0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]) t[c] = SKIP;
  // Latin letters with diacritics (Latin-1 Supplement, Extended-A/B, Extended Additional: "ṡḧïẗ") fold
  // to their base letter; combining marks vanish ("s\u0307h\u0308it" reads as "shit").
  for (let c = 0xc0; c < 0x250; c++) {
    const base = String.fromCharCode(c).normalize("NFD").charCodeAt(0);
    if (base < 0x80) t[c] = t[base] ?? BREAK;
  }
  for (let c = 0x1e00; c < 0x1f00; c++) {
    const base = String.fromCharCode(c).normalize("NFD").charCodeAt(0);
    if (base < 0x80) t[c] = t[base] ?? BREAK;
  }
  for (let c = 0x300; c < 0x370; c++) t[c] = SKIP;
  t[0xdf] = 0x73; // ß
  t[0xf8] = 0x6f; // ø
  t[0xd8] = 0x6f;
  t[0x131] = 0x69; // dotless i
  for (const [from, to] of Object.entries(LOOKALIKES)) {
    t[from.charCodeAt(0)] = to.charCodeAt(0);
    t[from.toUpperCase().charCodeAt(0)] = to.charCodeAt(0);
  }
  // Full-width ASCII (ｉｄｉｏｔ) folds to ASCII.
  for (let c = 0xff01; c <= 0xff5e; c++) t[c] = t[c - 0xfee0] ?? BREAK;
  // General punctuation and spaces break words.
  for (let c = 0x2000; c <= 0x206f; c++) if (t[c] !== SKIP) t[c] = BREAK;
  t[0x3000] = BREAK;
  return t;
}

/** Leetspeak readings of digits and symbols, used only when they touch a letter ("sh1t", "@ss"). */
const LEET: Record<number, number> = { 0x30: 0x6f, 0x31: 0x69, 0x33: 0x65, 0x34: 0x61, 0x35: 0x73, 0x37: 0x74, 0x38: 0x62, 0x40: 0x61, 0x24: 0x73 };
let leetTable: Uint16Array | null = null;

const isLetter = (n: number): boolean => (n >= 0x61 && n <= 0x7a) || (n >= 0x250 && n !== SKIP);

/** Where the features go: reused between calls (grown when a long text needs more). */
let scratch = new Int32Array(4096);

/** Final avalanche so that masking the low bits of a hash gives well-spread buckets. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

export interface FeatureBuffer {
  /** 32-bit feature hashes (mask them to a bucket count); only the first `count` are valid. */
  hashes: Int32Array;
  count: number;
}

const out: FeatureBuffer = { hashes: scratch, count: 0 };

/**
 * The words of the last extractFeatures call: word k spans text[start[k], end[k]) and owns the features
 * hashes[featureStart[k] .. featureStart[k + 1]) (its char n-grams, its unigram, its bigram with the word
 * before, the n-grams that end at the space after it; the last word's run ends at `count`). Lets the
 * detector point at the words that weigh most without extracting each word again.
 */
export const lastWords = { count: 0, start: new Int32Array(1024), end: new Int32Array(1024), featureStart: new Int32Array(1024) };

/**
 * Extracts the hashed features of `text` (or of text[start, end)). The returned buffer is shared and overwritten by the next
 * call: copy what you need to keep. Normalisation: lower case, accents, full-width and Cyrillic/Greek
 * look-alikes folded, zero-width characters and apostrophes dropped, leet digits read as letters next to
 * letters, other digits as "0", letters stretched beyond two repeats cut to two ("loooser" → "looser").
 */
export function extractFeatures(text: string, start = 0, end = text.length): FeatureBuffer {
  const table = charTable ?? (charTable = buildCharTable());
  const leet = leetTable ?? (leetTable = buildLeetTable());
  // The constants of the loop are local literals, not module-level ones: bundled (esbuild, as deployed),
  // a module constant is a context slot that the optimised loop reloads, tag-checks and converts at
  // every use, and with them as module constants this function took 45% longer. SKIP and BREAK are the
  // module's (0xffff, 0), repeated here for the same reason.
  const SKIP = 0xffff, BREAK = 0;
  const FNV_OFFSET = 0x811c9dc5 | 0, FNV_PRIME = 16777619;
  const SEED_WORD = 0x1b873593, SEED_BIGRAM = 0x5bd1e995, SEED_CHAR4 = 0x7f4a7c15, SEED_CHAR5 = 0x3c6ef372;
  /** Multiplier of the rolling char n-gram hashes (odd, bits well spread). */
  const POLY = 0x2c9277b5;
  // text[start, end) is read exactly as text.slice(start, end) would be, without the substring.
  const len = end;
  // Upper bound: 2 char n-grams per code unit (plus one boundary per word) and 2 word features per word.
  const need = 5 * (len - start) + 16;
  if (scratch.length < need) scratch = out.hashes = new Int32Array(need * 2);
  if (lastWords.start.length < len - start + 2) {
    const size = (len - start + 2) * 2;
    lastWords.start = new Int32Array(size);
    lastWords.end = new Int32Array(size);
    lastWords.featureStart = new Int32Array(size);
  }
  const wordStart = lastWords.start, wordEnd = lastWords.end, wordFeatures = lastWords.featureStart;
  const buf = scratch;
  let n = 0;
  // Rolling polynomial hashes of the last 1..4 stream characters (the stream is words separated by single
  // spaces, 0x20): each new character extends the shorter ones, g_k = g_(k-1) × P + c, so each char
  // n-gram order costs one multiply instead of re-hashing every character of every n-gram.
  let g1 = 0x20, g2 = 0, g3 = 0, g4 = 0, filled = 1;
  let word = FNV_OFFSET, wordLen = 0, prevWord = 0, words = 0;
  let lastRaw = 0, repeat = 0;
  for (let i = start; i <= len; i++) {
    let c = i < len ? table[text.charCodeAt(i)]! : BREAK;
    if (c === SKIP) continue;
    if (c !== BREAK && c < 0x61) {
      // Digit or symbol: a letter next to it makes it leet, otherwise digits are all "0".
      const next = i + 1 < len ? table[text.charCodeAt(i + 1)]! : BREAK;
      const l = leet[c]!;
      if (l && (isLetter(lastRaw) || isLetter(next))) c = l;
      else if (c >= 0x30 && c <= 0x39) c = 0x30;
    }
    if (c !== BREAK) {
      if (c === lastRaw) { if (++repeat >= 2) continue; } else repeat = 0;
      lastRaw = c;
      word = Math.imul(word ^ c, FNV_PRIME);
      if (wordLen++ === 0) {
        wordStart[words] = i;
        wordFeatures[words] = n;
      }
    } else {
      lastRaw = 0;
      repeat = 0;
      if (wordLen === 0) continue; // runs of separators are one boundary
      wordEnd[words] = i;
      const w = mix(word ^ SEED_WORD);
      buf[n++] = w;
      if (words >= 1) buf[n++] = mix(Math.imul(prevWord, SEED_BIGRAM) ^ w);
      prevWord = w;
      words++;
      word = FNV_OFFSET;
      wordLen = 0;
      c = 0x20;
    }
    // `| 0`: every use wraps these to 32 bits anyway (Math.imul, ^); kept int32, they never turn into doubles.
    const n5 = (Math.imul(g4, POLY) + c) | 0, n4 = (Math.imul(g3, POLY) + c) | 0;
    g3 = (Math.imul(g2, POLY) + c) | 0;
    g2 = (Math.imul(g1, POLY) + c) | 0;
    g1 = c; g4 = n4;
    if (filled < 5) filled++;
    if (filled >= 4) {
      // Cheap finaliser for the char n-grams: one multiply, then the high bits folded into the low ones
      // (tables are indexed by the low bits). Written out: an inlined call still checks its callee each time.
      const h4 = Math.imul(n4 ^ SEED_CHAR4, 0x9e3779b1);
      buf[n++] = h4 ^ (h4 >>> 15);
      if (filled >= 5) {
        const h5 = Math.imul(n5 ^ SEED_CHAR5, 0x9e3779b1);
        buf[n++] = h5 ^ (h5 >>> 15);
      }
    }
  }
  out.hashes = buf;
  out.count = n;
  lastWords.count = words;
  return out;
}

function buildLeetTable(): Uint16Array {
  const t = new Uint16Array(128);
  for (const [from, to] of Object.entries(LEET)) t[Number(from)] = to;
  return t;
}

/** The buffer of the last extractFeatures call (see lastWords). */
export function lastFeatures(): FeatureBuffer {
  return out;
}

/** True when the code unit belongs to a word as the features see it (letters, digits, leet symbols, invisibles). */
export function isWordCode(code: number): boolean {
  const table = charTable ?? (charTable = buildCharTable());
  return table[code] !== BREAK;
}
