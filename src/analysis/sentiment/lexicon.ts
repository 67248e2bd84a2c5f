// Lookup tables of the rule scorer, built once on first use and frozen. The word scores are our own copy of
// AFINN-165 (afinn.generated.ts), never the `sentiment` package's shared, mutable labels object.
import { AFINN_165, EMOJI_SCORES } from "./afinn.generated";
import { hashString } from "./hash";
import { OPINION_NEGATIVE, OPINION_POSITIVE } from "./opinion.generated";
import { VADER_WORDS } from "./vader.generated";

/** What a (possibly multi-word) lexicon entry does. */
export const TermKind = {
  /** Carries a valence (AFINN units, -5..5); 0 = a phrase that only stops other rules ("not only"). */
  Valence: 0,
  /** Increases (value > 0) or decreases (value < 0) the intensity of the next valence word. */
  Booster: 1,
  /** Reverses the valence of the words in its scope. */
  Negator: 2,
} as const;
export type TermKind = (typeof TermKind)[keyof typeof TermKind];

export interface Phrase {
  /** The whole phrase, words joined by single spaces (the contribution's term). */
  text: string;
  /** Words after the first one. */
  rest: readonly string[];
  kind: TermKind;
  value: number;
}

/** Everything the rules need to know about one word, so that a word costs one Map lookup. */
export interface TermInfo {
  valence: number;
  /** VADER's valence in AFINN units (x 1.25), 0 if VADER lacks the word or it is a modifier here. */
  vader: number;
  /** VADER's valence (AFINN units) of a word dropped above: counted in the second-opinion sum (and a small share of the main sum), never as a contribution. */
  secondOpinion: number;
  /** Polarity (+1 / -1) in Hu & Liu's opinion lexicon, 0 if absent: a fill for words AFINN and VADER lack. */
  opinion: number;
  /** Booster (> 0) or dampener (< 0) strength, 0 if neither. */
  booster: number;
  negator: boolean;
  contrast: typeof CONTRAST_NONE | typeof CONTRAST_AFTER | typeof CONTRAST_CONCESSIVE;
  /** Multi-word entries starting with this word, longest first. */
  phrases: readonly Phrase[] | null;
  /** Laughter ("lol", "haha"): a comment on the whole utterance, never inside a negation's scope. */
  laughter: boolean;
  /** An expletive that intensifies a sentiment word right after it (see EXPLETIVES). */
  expletive: boolean;
}
export const CONTRAST_NONE = 0;
export const CONTRAST_AFTER = 1;
export const CONTRAST_CONCESSIVE = 2;

export interface Lexicon {
  /** Every word the rules know, merged from the tables below. */
  terms: ReadonlyMap<string, TermInfo>;
  /** The same, as an open-addressing table keyed by the scanner's word hash (see findTerm). */
  termTable: TermTable;
  /** Single words (lower case, ASCII apostrophes) with a valence. */
  words: ReadonlyMap<string, number>;
  /** Emoji (one code point, without variation selectors) and emoticons with a valence. */
  symbols: ReadonlyMap<string, number>;
  boosters: ReadonlyMap<string, number>;
  negators: ReadonlySet<string>;
  /** Multi-word entries by first word, longest first. */
  phrases: ReadonlyMap<string, readonly Phrase[]>;
  /** Words that open a clause which outweighs what came before ("but") … */
  contrastAfter: ReadonlySet<string>;
  /** … and words that open a clause which is outweighed by the rest ("although"). */
  contrastConcessive: ReadonlySet<string>;
}

// Intensity steps, in AFINN units: VADER's 0.293 on its -4..4 scale, scaled to -5..5.
const UP = 0.37;
const DOWN = -0.37;

const BOOSTERS: Record<string, number> = {
  absolutely: UP, amazingly: UP, awfully: UP, completely: UP, considerably: UP, decidedly: UP, deeply: UP,
  enormously: UP, entirely: UP, especially: UP, exceptionally: UP, extremely: UP * 1.5, fabulously: UP,
  greatly: UP, highly: UP, hugely: UP, incredibly: UP * 1.5, intensely: UP, majorly: UP, more: UP,
  most: UP, particularly: UP, purely: UP, quite: UP * 0.5, really: UP, remarkably: UP, so: UP,
  substantially: UP, thoroughly: UP, totally: UP, tremendously: UP, truly: UP, uber: UP, unbelievably: UP,
  unusually: UP, utterly: UP, very: UP, super: UP, sooo: UP, soooo: UP, too: UP * 0.5, such: UP * 0.5,
  almost: DOWN, barely: DOWN, hardly: DOWN, kinda: DOWN, kindof: DOWN, less: DOWN, little: DOWN,
  marginally: DOWN, occasionally: DOWN, partly: DOWN, scarcely: DOWN, slightly: DOWN, somewhat: DOWN,
  sorta: DOWN, sortof: DOWN, fairly: DOWN * 0.5, rather: DOWN * 0.5, mildly: DOWN, moderately: DOWN,
  pretty: UP * 0.3,
};

const NEGATORS = [
  "not", "no", "never", "neither", "nor", "none", "nobody", "nothing", "nowhere", "cannot", "without",
  "aint", "arent", "cant", "couldnt", "darent", "didnt", "doesnt", "dont", "hadnt", "hasnt", "havent",
  "isnt", "mightnt", "mustnt", "neednt", "oughtnt", "shant", "shouldnt", "wasnt", "werent", "wont",
  "wouldnt", "nope", "nah",
  // "the least helpful", "least favourite": reverses like "not" (VADER's "least" rule); "at least" is a phrase.
  "least",
];

// Multi-word entries beyond AFINN's own (which are added from the generated table). Valences in AFINN
// units. Several phrases exist to stop a rule from firing ("not only", "no doubt", "at least").
const PHRASES: Array<[string, TermKind, number]> = [
  ["kind of", TermKind.Booster, DOWN], ["sort of", TermKind.Booster, DOWN], ["a bit", TermKind.Booster, DOWN],
  ["a little", TermKind.Booster, DOWN], ["a little bit", TermKind.Booster, DOWN],
  ["a lot", TermKind.Booster, UP], ["by far", TermKind.Booster, UP], ["so much", TermKind.Booster, UP],
  ["no longer", TermKind.Negator, 0], ["not only", TermKind.Valence, 0], ["no doubt", TermKind.Valence, 1],
  ["without a doubt", TermKind.Valence, 1], ["not bad", TermKind.Valence, 1.5], ["not too bad", TermKind.Valence, 1.5],
  ["not half bad", TermKind.Valence, 2], ["not a problem", TermKind.Valence, 1], ["no problem", TermKind.Valence, 1],
  ["no problems", TermKind.Valence, 1], ["no worries", TermKind.Valence, 1], ["no wonder", TermKind.Valence, 0],
  ["piece of cake", TermKind.Valence, 2], ["the bomb", TermKind.Valence, 3], ["bad ass", TermKind.Valence, 1.5],
  ["badass", TermKind.Valence, 1.5], ["yeah right", TermKind.Valence, -2], ["cut the mustard", TermKind.Valence, 2],
  ["kiss of death", TermKind.Valence, -1.5], ["hand to mouth", TermKind.Valence, -2], ["the shit", TermKind.Valence, 3],
  ["waste of time", TermKind.Valence, -3], ["waste of money", TermKind.Valence, -3], ["well done", TermKind.Valence, 2],
  ["well made", TermKind.Valence, 2], ["well written", TermKind.Valence, 2], ["well worth", TermKind.Valence, 2],
  ["thumbs up", TermKind.Valence, 2], ["thumbs down", TermKind.Valence, -2], ["must see", TermKind.Valence, 2],
  ["falls flat", TermKind.Valence, -2], ["fell apart", TermKind.Valence, -2], ["falls apart", TermKind.Valence, -2],
  ["at least", TermKind.Valence, 0], ["at all", TermKind.Valence, 0], ["too much", TermKind.Valence, -1],
  ["could have been", TermKind.Valence, -1], ["should have been", TermKind.Valence, -1], ["let down", TermKind.Valence, -2],
  ["top notch", TermKind.Valence, 3], ["rip off", TermKind.Valence, -3], ["ripped off", TermKind.Valence, -3],
  ["high quality", TermKind.Valence, 2], ["low quality", TermKind.Valence, -2], ["works great", TermKind.Valence, 3],
  ["stopped working", TermKind.Valence, -2], ["broke down", TermKind.Valence, -2], ["gave up", TermKind.Valence, -1],
  ["not worth", TermKind.Valence, -2], ["worth it", TermKind.Valence, 2], ["love it", TermKind.Valence, 3],
  ["can't wait", TermKind.Valence, 2], ["cant wait", TermKind.Valence, 2], ["cannot wait", TermKind.Valence, 2],
  ["rest in peace", TermKind.Valence, -1], ["can't say enough", TermKind.Valence, 2],
  ["cannot say enough", TermKind.Valence, 2], ["made my day", TermKind.Valence, 3], ["one of the best", TermKind.Valence, 3], ["no good", TermKind.Valence, -2], ["no fun", TermKind.Valence, -2],
  ["good for nothing", TermKind.Valence, -3], ["at the very least", TermKind.Valence, 0], ["not least", TermKind.Valence, 0],
  // Idioms whose words mislead one by one: an expletive that cheers ("hell yes"), a heartbreak, a curse.
  ["hell yes", TermKind.Valence, 3], ["hell yeah", TermKind.Valence, 3], ["heck yes", TermKind.Valence, 3],
  ["heck yeah", TermKind.Valence, 3], ["fuck yes", TermKind.Valence, 3], ["fuck yeah", TermKind.Valence, 3],
  ["broke my heart", TermKind.Valence, -4], ["breaks my heart", TermKind.Valence, -4], ["break my heart", TermKind.Valence, -3],
  ["kiss my ass", TermKind.Valence, -3], ["die in a fire", TermKind.Valence, -4], ["go to hell", TermKind.Valence, -4],
  ["my bad", TermKind.Valence, 0], ["oh well", TermKind.Valence, -1], ["good grief", TermKind.Valence, -1],
  ["sick of", TermKind.Valence, -2], ["fed up", TermKind.Valence, -2], ["can't stand", TermKind.Valence, -3],
  ["cant stand", TermKind.Valence, -3], ["cannot stand", TermKind.Valence, -3], ["thank god", TermKind.Valence, 2],
];

// Informal words AFINN-165 lacks (comment and tweet language), in AFINN units; only added when absent.
const SLANG: Record<string, number> = {
  yay: 2, yaay: 2, woo: 2, hooray: 3, aww: 2, awww: 2, congratulations: 3, meh: -1, yum: 2, smh: -2, fml: -3,
  boo: -2, ew: -2, eww: -2, yuck: -2, thx: 2, ty: 1, thanx: 2, luv: 3, ily: 3, omg: 1, ugh: -2, argh: -2,
  grr: -2, sigh: -1, nicest: 3, kudos: 2, bravo: 3, lame: -2, disappointing: -2, mediocre: -2,
  bland: -2, tedious: -2, forgettable: -2, unwatchable: -3, riveting: 3, masterpiece: 4, gem: 3,
  refreshing: 2, flawless: 3, superb: 4, dreadful: -3, overrated: -2, overpriced: -2, rubbish: -3,
  junk: -2, flimsy: -2, sturdy: 2, defective: -3, worthless: -3, recommend: 2, recommended: 2,
};

const EMOTICONS: Record<string, number> = {
  ":)": 2, ":-)": 2, ":]": 2, "=)": 2, ":d": 3, ":-d": 3, "=d": 3, "xd": 2, ";)": 2, ";-)": 2, ";d": 2,
  ":p": 1, ":-p": 1, ";p": 1, "<3": 3, ":*": 2, ":-*": 2, "^_^": 2, "^^": 2, ":')": 2, "(:": 2, "8)": 2,
  ":(": -2, ":-(": -2, ":[": -2, "=(": -2, ":'(": -2, ":,(": -2, "):": -2, ":/": -1, ":-/": -1,
  ":\\": -1, ":|": -1, ":l": -1, "=p": 1, "=/": -1, "=[": -2, "=]": 2, ";(": -2, ":-[": -2, ":-]": 2, ">.<": -1, ":$": -1, ":-|": -1, ":s": -1, ">:(": -3, "</3": -3, "-_-": -1, ":o": 0, ":-o": 0, "t_t": -2,
};

/**
 * Laughter words. "I have no idea lol" is not a negated laugh: laughter comments on the whole utterance
 * (a discourse marker), so a negation never reverses it.
 */
const LAUGHTER = ["lol", "lolol", "lolz", "lmao", "lmfao", "rofl", "haha", "hahaha", "hahahaha", "hehe", "heh", "hah", "ha", "ahaha", "ahahaha"];

/**
 * Expletives used as intensifiers: "damn good", "freaking ROCKS", "bloody brilliant". Right before a
 * sentiment word they only strengthen it (VADER lists "fucking", "freaking", "friggin" as boosters); elsewhere
 * ("damn it", "a fucking perfume") they keep their own negative valence.
 */
const EXPLETIVES = ["damn", "damned", "fucking", "fuckin", "freaking", "freakin", "frickin", "friggin", "frigging", "bloody", "effing", "hella"];

/** Longest emoticon, in UTF-16 units: the scanner never looks further ahead than this. */
export const MAX_EMOTICON_LENGTH = 3;

function parseTable(data: string, into: Map<string, number>): void {
  for (const line of data.split("\n")) {
    const colon = line.lastIndexOf(":");
    if (colon > 0) into.set(line.slice(0, colon), Number(line.slice(colon + 1)));
  }
}

/** Apostrophes are dropped from words ("don't" → "dont") so both spellings share one entry. */
export const foldWord = (w: string): string => (w.includes("'") ? w.replaceAll("'", "") : w);

function addPhrase(phrases: Map<string, Phrase[]>, text: string, kind: TermKind, value: number): void {
  const words = text.split(/[\s-]+/).map(foldWord);
  const [first, ...rest] = words;
  if (first === undefined || rest.length === 0) return;
  const list = phrases.get(first) ?? [];
  // A later, hand-written entry replaces AFINN's own version of the same phrase.
  const same = list.findIndex((p) => p.rest.join(" ") === rest.join(" "));
  const entry: Phrase = Object.freeze({ text: words.join(" "), rest: Object.freeze(rest), kind, value });
  if (same >= 0) list[same] = entry;
  else list.push(entry);
  list.sort((a, b) => b.rest.length - a.rest.length);
  phrases.set(first, list);
}

/** AFINN entries that are modifiers here, or that mislead more than they help on comment text. */
const DROPPED = new Set(["no", "not", "kind", "like", "please", "want", "wants", "pretty", "some", "yeah", "yes"]);

/**
 * Opinion-lexicon words that in news text are mostly not opinions: verbs and nouns of plain reporting
 * ("lead", "work", "issue", "plot"), a surname, and words the rules already treat otherwise.
 */
const OPINION_AMBIGUOUS = new Set([
  "well", "right", "work", "works", "worked", "working", "enough", "lead", "leads", "leading", "trump", "gold",
  "cloud", "clouds", "issue", "issues", "plot", "plots", "patient", "mature", "premier", "top", "vice", "noise",
  "err", // an interjection in comments ("err, no"), not the verb
]);

function build(): Lexicon {
  const afinn = new Map<string, number>();
  parseTable(AFINN_165, afinn);
  const words = new Map<string, number>();
  const phrases = new Map<string, Phrase[]>();
  for (const [term, score] of afinn) {
    if (/[\s-]/.test(term)) addPhrase(phrases, term, TermKind.Valence, score);
    else words.set(foldWord(term), score);
  }
  for (const w of DROPPED) words.delete(w);
  for (const [w, v] of Object.entries(SLANG)) if (!words.has(w) && v !== 0) words.set(w, v);
  for (const [text, kind, value] of PHRASES) addPhrase(phrases, text, kind, value);

  // VADER's lexicon, a second opinion on the same words and a wider vocabulary (its words fill AFINN's gaps
  // in rules.ts); modifiers and the words dropped above stay without a valence.
  const vaderRaw = new Map<string, number>();
  parseTable(VADER_WORDS, vaderRaw);
  const vader = new Map<string, number>();
  const secondOpinion = new Map<string, number>();
  for (const [w, v] of vaderRaw) {
    const k = foldWord(w);
    // A one-letter entry ("l") is what is left of an emoticon ("l:"), never a word's sentiment.
    if (k.length < 2) continue;
    if (DROPPED.has(k)) secondOpinion.set(k, v * 1.25);
    else if (!(k in BOOSTERS) && !NEGATORS.includes(k)) vader.set(k, v * 1.25);
  }

  const opinion = new Map<string, number>();
  for (const [list, polarity] of [[OPINION_POSITIVE, 1], [OPINION_NEGATIVE, -1]] as const) {
    for (const w of list.split("\n")) {
      const k = foldWord(w);
      if (!DROPPED.has(k) && !OPINION_AMBIGUOUS.has(k) && !(k in BOOSTERS) && !NEGATORS.includes(k)) opinion.set(k, polarity);
    }
  }

  const symbols = new Map<string, number>();
  parseTable(EMOJI_SCORES, symbols);
  for (const [e, v] of Object.entries(EMOTICONS)) symbols.set(e, v);

  const boosters = new Map(Object.entries(BOOSTERS));
  const negators = new Set(NEGATORS);
  // Not "yet" ("not yet", "yet another") nor "while" ("a while"): too often no contrast at all.
  const contrastAfter = new Set(["but", "however", "nevertheless", "nonetheless"]);
  const contrastConcessive = new Set(["although", "though", "whereas", "despite"]);
  const laughter = new Set(LAUGHTER);
  const expletives = new Set(EXPLETIVES);
  const terms = new Map<string, TermInfo>();
  const keys = new Set([...laughter, ...expletives, ...words.keys(), ...vader.keys(), ...opinion.keys(), ...secondOpinion.keys(), ...boosters.keys(), ...negators, ...phrases.keys(), ...contrastAfter, ...contrastConcessive]);
  for (const k of keys) {
    terms.set(k, Object.freeze({
      valence: words.get(k) ?? 0,
      vader: vader.get(k) ?? 0,
      secondOpinion: secondOpinion.get(k) ?? 0,
      opinion: opinion.get(k) ?? 0,
      booster: boosters.get(k) ?? 0,
      negator: negators.has(k),
      contrast: contrastAfter.has(k) ? CONTRAST_AFTER : contrastConcessive.has(k) ? CONTRAST_CONCESSIVE : CONTRAST_NONE,
      phrases: phrases.get(k) ?? null,
      laughter: laughter.has(k),
      expletive: expletives.has(k),
    }));
  }
  return Object.freeze({
    terms,
    termTable: buildTermTable(terms),
    words,
    symbols,
    boosters,
    negators,
    phrases,
    contrastAfter,
    contrastConcessive,
  });
}

interface TermTable {
  mask: number;
  hashes: Uint32Array;
  keys: Array<string | undefined>;
  infos: Array<TermInfo | undefined>;
}

function buildTermTable(terms: ReadonlyMap<string, TermInfo>): TermTable {
  let size = 1;
  while (size < terms.size * 3) size <<= 1;
  const table: TermTable = { mask: size - 1, hashes: new Uint32Array(size), keys: new Array(size).fill(undefined), infos: new Array(size).fill(undefined) };
  for (const [key, info] of terms) {
    const h = hashString(key);
    let slot = h & table.mask;
    while (table.keys[slot] !== undefined) slot = (slot + 1) & table.mask;
    table.hashes[slot] = h;
    table.keys[slot] = key;
    table.infos[slot] = info;
  }
  return table;
}

/**
 * The entry for `word`, whose hash the scanner already computed: cheaper than Map#get on a freshly
 * sliced string, which would hash it again (and flatten it) first.
 */
export function findTerm(table: TermTable, hash: number, word: string): TermInfo | undefined {
  let slot = hash & table.mask;
  for (;;) {
    const key = table.keys[slot];
    if (key === undefined) return undefined;
    if (table.hashes[slot] === hash && key === word) return table.infos[slot];
    slot = (slot + 1) & table.mask;
  }
}

let cached: Lexicon | undefined;
/** The tables, built on first call. */
export function lexicon(): Lexicon {
  return (cached ??= build());
}
