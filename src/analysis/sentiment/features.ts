// Features of the learned adjustment, shared by the scorer and scripts/train-sentiment.ts so that training
// and inference can never disagree: a few dense rule features plus hashed word unigrams and bigrams
// (a word in a negation scope hashes differently from the same word outside one).
import { FNV_PRIME, hashString } from "./hash";
import { IN_PHRASE, MODIFIER, NEGATED, type RuleAnalysis } from "./rules";
import { TokenKind, type Scan } from "./tokenize";

/** Snippet length (words) up to which sums count in full; longer texts are scored by density. */
export const FULL_LENGTH = 15;
/**
 * A second, steeper normalisation: beyond this many words a sum counts by its density alone. Long formal
 * sentences (editorials) are judged better by how dense their sentiment is than by how much there is.
 */
const DENSITY_LENGTH = 6;
/** Word count up to which hashed features are scaled by 1/sqrt(n); beyond it by density (1/n). */
const HASH_FULL_LENGTH = 25;
/** VADER's normalisation constant (15) in AFINN units squared. */
const COMPOUND_ALPHA = 23;

export { hashString };

export const DENSE_FEATURES = [
  "sum", "compound", "positive", "negative", "exclaim", "question", "negated", "shouting",
  "negatedPositive", "negatedNegative", "symbols", "rawCompound", "strongestPositive", "strongestNegative",
  "vaderCompound", "vaderOnly", "densityCompound", "densityVaderCompound", "opinionOnly",
] as const;
export const DENSE_COUNT = DENSE_FEATURES.length;
/** The feature a label may lean on besides the score (ModelWeights.labelEvidenceWeight): VADER's view of the rules. */
export const LABEL_EVIDENCE_FEATURE = DENSE_FEATURES.indexOf("vaderCompound");

/** The rule sum scaled so that a long text is judged by its density, not its length: no saturation. */
export function lengthScale(words: number): number {
  return FULL_LENGTH / Math.max(words, FULL_LENGTH);
}

/** VADER-style squashing of a (length-scaled) valence sum into (-1, 1). */
export const compound = (sum: number): number => sum / Math.sqrt(sum * sum + COMPOUND_ALPHA);

export function denseFeatures(scan: Scan, rules: RuleAnalysis, out: Float64Array): void {
  const k = lengthScale(scan.wordCount);
  const sum = rules.sum * k;
  out[0] = sum / 5;
  out[1] = compound(sum);
  out[2] = (rules.positive * k) / 5;
  out[3] = (rules.negative * k) / 5;
  out[4] = (Math.min(rules.exclamations, 4) / 4) * (sum > 0 ? 1 : sum < 0 ? -1 : 0);
  out[5] = rules.questions > 0 ? 1 : 0;
  out[6] = rules.negators > 0 ? 1 : 0;
  out[7] = rules.shouting ? 1 : 0;
  out[8] = (rules.negatedPositive * k) / 5;
  out[9] = (rules.negatedNegative * k) / 5;
  out[10] = (rules.symbolSum * k) / 5;
  out[11] = compound(rules.sum);
  out[12] = rules.strongestPositive / 5;
  out[13] = rules.strongestNegative / 5;
  out[14] = compound(rules.vaderSum * k);
  out[15] = (rules.vaderOnlySum * k) / 5;
  const d = DENSITY_LENGTH / Math.max(scan.wordCount, DENSITY_LENGTH);
  out[16] = compound(rules.sum * d);
  out[17] = compound(rules.vaderSum * d);
  out[18] = (rules.opinionOnlySum * k) / 5;
}

const NEGATED_SALT = 0x5bd1e995;
const EXCLAIM_HASH = hashString("!");
const QUESTION_HASH = hashString("?");
const BOUNDARY_HASH = hashString("|");


const mix = (a: number, b: number): number => {
  let h = Math.imul(a ^ (b >>> 15), 0x2c1b3c6d) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0x297a2d39);
  return (h ^ (h >>> 16)) >>> 0;
};

const PREFIX = 5;
const PREFIX_SALT = hashString("prefix:");
function hashPrefix(s: string): number {
  let h = PREFIX_SALT;
  for (let i = 0; i < PREFIX; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/** Scale of every hashed feature of a text of `words` words. */
export function hashScale(words: number): number {
  const n = Math.max(words, 1);
  return n <= HASH_FULL_LENGTH ? 1 / Math.sqrt(n) : Math.sqrt(HASH_FULL_LENGTH) / n;
}

/**
 * Calls `visit(bucket)` once per hashed feature occurrence: unigrams, "!" and "?" in the lower half of the
 * table (`mask` + 1 buckets), bigrams in the upper half, so that training can regularise them apart.
 */
export function forEachHashed(scan: Scan, mask: number, visit: (bucket: number) => void): void {
  // Local copies of the constants, read once per call: bundled, each use of a module or imported constant
  // in the loop is a reload from its context slot (and the hashes above 2^31 are heap numbers).
  const PUNCT = TokenKind.Punct, inPhrase = IN_PHRASE, negated = NEGATED, modifier = MODIFIER;
  const exclaim = EXCLAIM_HASH | 0, question = QUESTION_HASH | 0, boundary = BOUNDARY_HASH | 0, salt = NEGATED_SALT | 0;
  const { tokens } = scan;
  const half = mask >>> 1;
  const upper = half + 1;
  let prev = boundary;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === PUNCT) {
      if (t.exclamations) visit(exclaim & half);
      if (t.questions) visit(question & half);
      prev = boundary;
      continue;
    }
    const role = t.role;
    if (role === inPhrase) continue;
    let h = t.phrase === null ? t.hash : hashString(t.phrase);
    if (role === negated) h = mix(h, salt);
    // A modifier's effect belongs to the rules; it still shapes the bigram with the next word.
    if (role !== modifier) {
      visit(h & half);
      // A crude stem (the first PREFIX letters) carries what was learned to unseen inflections.
      if (t.phrase === null && t.text.length > PREFIX + 1) {
        let p = hashPrefix(t.text);
        if (role === negated) p = mix(p, salt);
        visit(p & half);
      }
    }
    visit((mix(prev, h) & half) | upper);
    prev = h;
  }
}
