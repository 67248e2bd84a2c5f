// Story grouping: articles from different outlets about the same event share their names (people,
// places, organisations) far more than unrelated articles do, even when their wording differs. Each
// article becomes a set of features (stems of the capitalised words of its title and lead), summarised by
// a MinHash signature whose slot-wise agreement estimates the Jaccard similarity of two feature sets; LSH
// bands of the signature give the ingest path an index lookup for candidates instead of a scan.
// Pure code: strings in, numbers out. Measured by bench/accuracy/stories.ts.

/** Number of MinHash slots; BANDS × ROWS_PER_BAND of them. 128 keeps the estimate's noise ≈ ±0.04. */
export const SIGNATURE_SIZE = 128;
/** 64 bands of 2 rows: pairs at Jaccard 0.25 share a band with p ≈ 0.98, pairs at 0.05 with p ≈ 0.15. */
export const BANDS = 64;
export const ROWS_PER_BAND = SIGNATURE_SIZE / BANDS;
/**
 * Estimated Jaccard similarity at or above which two articles are taken to report the same event. On the
 * dev data, same-story pairs measure ≥ 0.25 and seed/unrelated pairs ≤ 0.06 (exact Jaccard).
 */
export const SAME_STORY_THRESHOLD = 0.15;
/** Only the opening of the body counts: news leads carry the who/what/where; tails drift off-topic. */
export const LEAD_WORDS = 400;

const MIN_FEATURES = 5;
const STEM_LENGTH = 5;

// Function words of the languages seen in the data (they start sentences, so they are capitalised too).
const STOPWORDS = new Set(
  (
    "the and for that with this from have has had was were are been being will would could should " +
    "about after also into over than then them they their there these those what when where which who " +
    "whom whose while said says say its his her hers him she our ours you your yours not but can may " +
    "more most other some such only own same very just one two all any both each few how why out off " +
    "again further once here because before between through during above below under until upon " +
    "der die das und den dem des ein eine einer eines einem einen ist sind war mit von für auf aus bei " +
    "nicht sich auch als wie oder aber noch nach zum zur über wird werden hat haben les des une dans pour " +
    "par sur avec qui que est sont pas plus mais ses aux ces cette"
  ).split(" "),
);

// Words are maximal runs of letters and numbers (\p{L}, \p{N}); a feature word starts with an upper-case
// letter (\p{Lu}). Read by a hand-written scan instead of matchAll over /[\p{L}\p{N}]+/gu, whose match
// objects made this ten times slower than the MinHash itself; the Unicode classes still come from the
// regexes, asked once per distinct UTF-16 unit and remembered.
const WORD_CHAR_RE = /^[\p{L}\p{N}]$/u;
const UPPER_RE = /^\p{Lu}$/u;
const WORD = 1, UPPER = 2, KNOWN = 4;
let unitClass: Uint8Array | null = null; // per BMP code unit: KNOWN | WORD? | UPPER?, 0 = not asked yet

function classOfCodePoint(cp: number): number {
  if (cp < 0x10000) {
    const table = (unitClass ??= new Uint8Array(0x10000));
    let k = table[cp]!;
    if (k === 0) {
      const ch = String.fromCharCode(cp);
      k = KNOWN | (WORD_CHAR_RE.test(ch) ? WORD : 0) | (UPPER_RE.test(ch) ? UPPER : 0);
      table[cp] = k;
    }
    return k;
  }
  const ch = String.fromCodePoint(cp);
  return KNOWN | (WORD_CHAR_RE.test(ch) ? WORD : 0) | (UPPER_RE.test(ch) ? UPPER : 0);
}

/** The code point at i (a lone surrogate stands for itself, as in a /u regex). */
function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return c;
}

function isAsciiDigits(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

function collect(text: string, limit: number, capitalisedOnly: boolean, out: Set<string>): void {
  let taken = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    let cp = codePointAt(text, i);
    let k = classOfCodePoint(cp);
    if ((k & WORD) === 0) {
      i += cp >= 0x10000 ? 2 : 1;
      continue;
    }
    const start = i;
    const upperFirst = (k & UPPER) !== 0;
    do {
      i += cp >= 0x10000 ? 2 : 1;
      if (i >= n) break;
      cp = codePointAt(text, i);
      k = classOfCodePoint(cp);
    } while ((k & WORD) !== 0);
    if (taken++ >= limit) break;
    if (i - start < 3 || isAsciiDigits(text, start, i) || (capitalisedOnly && !upperFirst)) continue;
    const lower = text.slice(start, i).toLowerCase();
    if (STOPWORDS.has(lower)) continue;
    out.add(lower.length > STEM_LENGTH ? lower.slice(0, STEM_LENGTH) : lower);
  }
}

/**
 * Stems (first STEM_LENGTH letters, lower case) of the capitalised words of the title and the body's
 * lead; pages with too few of those (all lower-case text) fall back to all their content words.
 */
export function storyFeatures(title: string, body: string): Set<string> {
  const out = new Set<string>();
  collect(title, 64, true, out);
  collect(body, LEAD_WORDS, true, out);
  if (out.size < MIN_FEATURES) {
    collect(title, 64, false, out);
    collect(body, LEAD_WORDS, false, out);
  }
  return out;
}

/** 32-bit FNV-1a of a string's UTF-16 code units. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Final mixer of murmur3: turns (feature hash XOR slot seed) into an independent-looking 32-bit value. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

let seeds: Uint32Array | null = null;
function slotSeeds(): Uint32Array {
  if (!seeds) {
    seeds = new Uint32Array(SIGNATURE_SIZE);
    let x = 0x9e3779b9;
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      x = mix(x + 0x6d2b79f5);
      seeds[i] = x;
    }
  }
  return seeds;
}

/** MinHash signature of a feature set, or null when there are too few features to say anything. */
export function minhash(features: Set<string>): Uint32Array | null {
  if (features.size < MIN_FEATURES) return null;
  const s = slotSeeds();
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const f of features) {
    const h = fnv1a(f);
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const v = mix(h ^ s[i]!);
      if (v < sig[i]!) sig[i] = v;
    }
  }
  return sig;
}

/** The article's signature, or null for a page too short to group (no title or a stub body). */
export function storySignature(title: string, body: string): Uint32Array | null {
  return minhash(storyFeatures(title, body));
}

/** Share of equal slots: an unbiased estimate of the Jaccard similarity of the two feature sets. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_SIZE;
}

/** One key per LSH band ("<band>:<hash>"): two articles sharing any key are candidates to compare. */
export function bandKeys(sig: Uint32Array): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < ROWS_PER_BAND; r++) h = mix(h ^ sig[b * ROWS_PER_BAND + r]!);
    keys.push(`${b}:${h.toString(36)}`);
  }
  return keys;
}

export function encodeSignature(sig: Uint32Array): string {
  let s = "";
  for (const v of sig) s += v.toString(16).padStart(8, "0");
  return s;
}

export function decodeSignature(hex: string): Uint32Array | null {
  if (hex.length !== SIGNATURE_SIZE * 8 || !/^[0-9a-f]+$/.test(hex)) return null;
  const sig = new Uint32Array(SIGNATURE_SIZE);
  for (let i = 0; i < SIGNATURE_SIZE; i++) sig[i] = parseInt(hex.slice(i * 8, i * 8 + 8), 16);
  return sig;
}

export interface StoryCandidate {
  storyId: string;
  signature: Uint32Array;
}

/** The story of the most similar candidate at or above the threshold, or null to start a new story. */
export function pickStory(sig: Uint32Array, candidates: StoryCandidate[], threshold = SAME_STORY_THRESHOLD) {
  let best: { storyId: string; similarity: number } | null = null;
  for (const c of candidates) {
    const sim = similarity(sig, c.signature);
    if (sim >= threshold && (!best || sim > best.similarity)) best = { storyId: c.storyId, similarity: sim };
  }
  return best;
}

/**
 * Groups articles offline (benchmarks, backfills) the way ingest does online: in order, each joins the
 * story of its most similar earlier article, else starts its own. Returns a story index per article.
 */
export function groupStories(docs: { title: string; body: string }[], threshold = SAME_STORY_THRESHOLD): number[] {
  const sigs = docs.map((d) => storySignature(d.title, d.body));
  const story: number[] = [];
  let next = 0;
  for (let i = 0; i < docs.length; i++) {
    const sig = sigs[i];
    let best = -1, bestSim = threshold;
    if (sig) {
      for (let j = 0; j < i; j++) {
        const other = sigs[j];
        if (!other) continue;
        const sim = similarity(sig, other);
        if (sim >= bestSim) {
          bestSim = sim;
          best = j;
        }
      }
    }
    story.push(best >= 0 ? story[best]! : next++);
  }
  return story;
}
