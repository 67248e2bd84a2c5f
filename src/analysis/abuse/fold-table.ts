// Character folding table for evasion-resistant matching: one lookup per UTF-16 code unit gives the
// folded character and its kind. Built once, lazily (≈1 ms), so importing costs nothing.
//
// Why our own table rather than a confusables package: the packages on npm (unhomoglyph, confusables)
// replace via a big alternation RegExp, return a new string without offsets, and follow the TR39
// "skeleton" (m→rn, 0→O, no case folding) or miss Greek μ and full-width letters. We need the reverse:
// lower-case ASCII letters with each output character mapped back to its source span, in one pass.

// Kinds of folded characters (plain numeric constants: they sit in the hot loop).
export const K_SKIP = 0; // invisible: zero-width, soft hyphen, joiners, variation selectors, combining marks
export const K_LETTER = 1; // folded to a–z
export const K_DIGIT = 2; // 0–9 (may stand for a letter inside a word: sh1t)
export const K_LEET = 3; // ASCII symbol that may stand for a letter inside a word: $ @ ! + |
export const K_MASK = 4; // * or # hiding a letter: f*ck, f##k
export const K_SPACE = 5; // blanks
export const K_PUNCT = 6; // separators and punctuation that may sit inside a spaced-out word: . - _ ~ / , :
export const K_APOS = 7; // apostrophes split contractions: you're → you + re
export const K_STOP = 8; // line breaks and ; end a clause (patterns never cross them)
export const K_FOREIGN = 9; // a letter we cannot fold (CJK, Arabic…): part of a word that never matches
export const K_SYMBOL = 10; // anything else (emoji, currency, maths): a word boundary

let foldCodes: Uint16Array | null = null;
let kinds: Uint8Array | null = null;

// Look-alikes that Unicode normalisation does not fold (lower-case sources; capitals are lowered first,
// except Greek capitals whose lower-case forms look different, listed in GREEK_CAPITALS).
const LOOKALIKES =
  // Cyrillic
  "аa вb гr еe ёe иu іi їi јj кk мm нh оo пn рp сc тt уy хx шw щw ъb ьb ѕs ԁd һh ӏl ԛq ԝw үy ҫc ѵv ӧo ӓa ӱy " +
  // Greek (tonos forms fold through NFD first)
  "αa βb γy δd εe ζz ηn ιi κk μu νv οo πn ρp ςs τt υu χx ωw ϲc ϳj " +
  // Armenian
  "օo սu ոn հh ցg զq " +
  // Latin letters without a decomposition, IPA and small capitals
  "ıi łl øo đd ħh ŧt ſs ƀb ƒf ɓb ɗd ƙk ƥp ƭt ʋv ȥz ɨi ɑa ɡg ɩi ɪi ʀr ʏy ʙb ʜh ʟl ɴn ᴀa ᴄc ᴅd ᴇe ꜰf ɢg ᴊj ᴋk ᴍm ᴏo ᴘp ꜱs ᴛt ᴜu ᴠv ᴡw ᴢz " +
  // Cherokee and others that pass for capitals
  "Ꭺa Ᏼb Ꮯc Ꭼe Ꮋh Ꭵi Ꮶk Ꮮl Ꮇm Ꮲp Ꮪs Ꭲt Ꮃw";
const GREEK_CAPITALS = "Αa Βb Εe Ζz Ηh Ιi Κk Μm Νn Οo Ρp Τt Υy Χx";

const INVISIBLE_RANGES: Array<[number, number]> = [
  [0x00ad, 0x00ad], [0x034f, 0x034f], [0x061c, 0x061c], [0x115f, 0x1160], [0x17b4, 0x17b5],
  [0x180b, 0x180f], [0x200b, 0x200f], [0x202a, 0x202e], [0x2060, 0x206f], [0x3164, 0x3164],
  [0xfe00, 0xfe0f], [0xfeff, 0xfeff], [0xffa0, 0xffa0], [0xfff9, 0xfffb],
  // combining marks: f̶u̶c̶k̶, zalgo
  [0x0300, 0x036f], [0x0483, 0x0489], [0x1ab0, 0x1aff], [0x1dc0, 0x1dff], [0x20d0, 0x20ff], [0xfe20, 0xfe2f],
];
const SPACE_CODES = [0x09, 0x0b, 0x0c, 0x20, 0xa0, 0x1680, 0x202f, 0x205f, 0x3000];
// Ranges folded through NFKD (accents, full-width forms, circled/parenthesised letters, super/subscripts).
const NFKD_RANGES: Array<[number, number]> = [
  [0x00c0, 0x02af], [0x0370, 0x03ff], [0x0400, 0x04ff], [0x1d00, 0x1dbf], [0x1e00, 0x1fff],
  [0x2070, 0x209f], [0x2100, 0x214f], [0x2460, 0x24ff], [0xff00, 0xffef],
];
// Scripts whose letters we do not fold: treated as word characters that never match the lexicons.
const FOREIGN_RANGES: Array<[number, number]> = [
  [0x00c0, 0x024f], [0x0370, 0x058f], [0x0590, 0x1fff], [0x2c00, 0x2dff], [0x3040, 0x9fff],
  [0xa000, 0xd7ff], [0xf900, 0xfaff], [0xfb00, 0xfdff], [0xfe70, 0xfefe], [0xff66, 0xffdc],
];

function setRange(k: Uint8Array, ranges: Array<[number, number]>, kind: number): void {
  for (const [a, b] of ranges) for (let c = a; c <= b; c++) k[c] = kind;
}

const ASCII_LEET = "$s @a !i +t |i ¡i ¢c ©c"; // and "¡" (sh¡t), "¢" (¢unt), "©" (fu©k): Latin-1, so the table below spans 256 codes
export const DIGIT_LEET = "0o 1i 3e 4a 5s 7t 8b 9g"; // 2 and 6 stand for no letter reliably

function build(): void {
  const f = new Uint16Array(0x10000);
  const k = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) f[c] = c;
  k.fill(K_SYMBOL);
  setRange(k, FOREIGN_RANGES, K_FOREIGN);
  for (let c = 0x41; c <= 0x5a; c++) { f[c] = c + 32; k[c] = K_LETTER; }
  for (let c = 0x61; c <= 0x7a; c++) k[c] = K_LETTER;
  for (let c = 0x30; c <= 0x39; c++) k[c] = K_DIGIT;
  for (const ch of "$@!+|¡¢©") k[ch.charCodeAt(0)] = K_LEET;
  for (const ch of "*#") k[ch.charCodeAt(0)] = K_MASK;
  for (const ch of ".,-_~/\\:\"()[]{}<>=^`%&?'") k[ch.charCodeAt(0)] = K_PUNCT;
  for (const ch of "'\u2019\u02bc\u2018`") k[ch.charCodeAt(0)] = K_APOS;
  for (const ch of ";\n\r\u2028\u2029\u0085") k[ch.charCodeAt(0)] = K_STOP;
  for (const c of SPACE_CODES) k[c] = K_SPACE;
  for (let c = 0x2000; c <= 0x200a; c++) k[c] = K_SPACE;
  for (let c = 0x2010; c <= 0x2015; c++) k[c] = K_PUNCT; // dashes
  for (const c of [0x2022, 0x2026, 0x00b7, 0x2027, 0x30fb]) k[c] = K_PUNCT; // bullets, middle dots
  for (let c = 0; c < 0x20; c++) if (k[c] === K_SYMBOL) k[c] = K_SPACE;
  k[0x7f] = K_SKIP;

  const lookalike = new Map<string, string>();
  for (const pair of LOOKALIKES.split(" ")) if (pair.length === 2) lookalike.set(pair[0]!, pair[1]!);
  const foldOne = (c: number): number => {
    // NFKD + strip combining marks, lower-case, then look-alikes; 0 when not a single a–z/0–9.
    const ch = String.fromCharCode(c);
    let d = ch.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
    if (d.length === 1) d = lookalike.get(d) ?? d;
    if (d.length !== 1) return 0;
    const dc = d.charCodeAt(0);
    return (dc >= 0x61 && dc <= 0x7a) || (dc >= 0x30 && dc <= 0x39) ? dc : 0;
  };
  for (const [a, b] of NFKD_RANGES) {
    for (let c = a; c <= b; c++) {
      const dc = foldOne(c);
      if (dc === 0) continue;
      f[c] = dc;
      k[c] = dc <= 0x39 ? K_DIGIT : K_LETTER;
    }
  }
  for (const [src, dst] of lookalike) {
    const c = src.charCodeAt(0);
    f[c] = dst.charCodeAt(0);
    k[c] = K_LETTER;
    const upper = src.toUpperCase();
    if (upper.length === 1 && upper !== src && k[upper.charCodeAt(0)] !== K_LETTER) {
      f[upper.charCodeAt(0)] = dst.charCodeAt(0);
      k[upper.charCodeAt(0)] = K_LETTER;
    }
  }
  for (const pair of GREEK_CAPITALS.split(" ")) {
    const c = pair.charCodeAt(0);
    f[c] = pair.charCodeAt(1);
    k[c] = K_LETTER;
  }
  // Full-width punctuation behaves like its ASCII form.
  for (let c = 0xff01; c <= 0xff5e; c++) {
    if (k[c] !== K_LETTER && k[c] !== K_DIGIT) {
      const ascii = c - 0xfee0;
      f[c] = ascii;
      k[c] = k[ascii]!;
    }
  }
  setRange(k, INVISIBLE_RANGES, K_SKIP);
  // Surrogate halves are handled by the scanner (mathematical letters, enclosed letters, emoji).
  for (let c = 0xd800; c <= 0xdfff; c++) k[c] = K_SYMBOL;
  foldCodes = f;
  kinds = k;
}

/** Folded code per UTF-16 unit (a–z, 0–9, or the unit itself). */
export function foldTable(): Uint16Array {
  if (foldCodes === null) build();
  return foldCodes!;
}

/** Kind per UTF-16 unit. */
export function kindTable(): Uint8Array {
  if (kinds === null) build();
  return kinds!;
}

/** Leet symbol → letter code, indexed by Latin-1 code (0 = none). */
export const LEET_LETTER: Uint8Array = (() => {
  const t = new Uint8Array(256);
  for (const pair of `${ASCII_LEET} ${DIGIT_LEET}`.split(" ")) t[pair.charCodeAt(0)] = pair.charCodeAt(1);
  return t;
})();

/**
 * Folds an astral code point (surrogate pair) to a–z / 0–9 when it is a styled Latin letter or digit
 * (mathematical bold/italic/script…, squared and negative-circled letters); 0 otherwise.
 */
export function foldAstral(cp: number): number {
  if (cp >= 0x1d400 && cp <= 0x1d6a3) return 0x61 + ((cp - 0x1d400) % 52) % 26;
  if (cp >= 0x1d7ce && cp <= 0x1d7ff) return 0x30 + ((cp - 0x1d7ce) % 10);
  // Squared (1F130), negative circled (1F150) and negative squared (1F170) capitals: three runs of 26,
  // each starting on its own block boundary (6 symbols between the runs).
  if (cp >= 0x1f130 && cp <= 0x1f189) {
    const offset = (cp - 0x1f130) % 32;
    return offset < 26 ? 0x61 + offset : 0;
  }
  return 0;
}

/** Astral code points that are invisible (tags, variation selectors supplement). */
export function isInvisibleAstral(cp: number): boolean {
  return (cp >= 0xe0000 && cp <= 0xe007f) || (cp >= 0xe0100 && cp <= 0xe01ef);
}
