// The rule scorer: AFINN-165 valences adjusted for negation scope, boosters and dampeners, contrast,
// capitals, exclamation marks, emoticons/emoji and multi-word phrases. Valences stay in AFINN units
// (-5..5); index.ts turns them into a score in [-1, 1] together with the learned adjustment.
import type { SentimentContribution } from "../types";
import { CONTRAST_AFTER, CONTRAST_CONCESSIVE, findTerm, lexicon, TermKind, type Phrase } from "./lexicon";
import { TokenKind, type Scan, type Token } from "./tokenize";

/** Words after a negator whose valence it reverses (stopped early by clause punctuation or "but"). */
const NEGATION_SCOPE = 4;
/** VADER's factor for a negated valence: "not good" is less bad than "bad". */
const NEGATION_FACTOR = -0.74;
/** "not … at all" reverses harder than a plain "not". */
const AT_ALL_FACTOR = 1.4;
/** Boosters reach this many words ahead, weaker with distance. */
const BOOSTER_DECAY = [1, 0.95, 0.9] as const;
/** A word in capitals amid lower case is emphasised (VADER's 0.733, in AFINN units). */
const CAPS_EMPHASIS = 0.92;
/** Each "!" (up to 4) strengthens the whole text (VADER's 0.292, in AFINN units). */
const EXCLAMATION_EMPHASIS = 0.365;
/** Weight of a word only VADER's lexicon knows (its valence already in AFINN units): chosen on 5-fold CV. */
const VADER_FILL = 0.6;
/** Valence (AFINN units) of a word only the opinion lexicon knows, which gives polarity but no strength: 1, 1.5 and 2 chosen among on 5-fold CV (1 best for the tweets, the others within .002). */
const OPINION_FILL = 1;
/** Share of the second-opinion words ("yes", "please") in the main sum too: chosen on 5-fold CV. */
const SECOND_OPINION_IN_SUM = 0.3;
/** Weights of the clause before "but" and of the one after it. */
const BEFORE_CONTRAST = 0.5;
const AFTER_CONTRAST = 1.5;
/** Weight of a concessive clause ("although it was long, …"). */
const CONCESSIVE = 0.5;

export interface RuleAnalysis {
  contributions: SentimentContribution[];
  /** Sum of the adjusted valences, with the exclamation emphasis and a share of the second-opinion words. */
  sum: number;
  positive: number;
  negative: number;
  /** The largest positive and the most negative single contribution. */
  strongestPositive: number;
  strongestNegative: number;
  /** Valences (before reversal) of the words under negation, positive and negative ones apart. */
  negatedPositive: number;
  negatedNegative: number;
  /** The same sum with VADER's valence for every word both lexicons know (a second opinion) … */
  vaderSum: number;
  /** … and the part of `sum` from words only VADER knows. */
  vaderOnlySum: number;
  /** The part of `sum` from words only the opinion lexicon knows (OPINION_FILL). */
  opinionOnlySum: number;
  /** VADER's valence of the words only its view counts ("no", "yes", "please"): see TermInfo.secondOpinion. */
  secondOpinionSum: number;
  /** Valence of emoticons and emoji. */
  symbolSum: number;
  negators: number;
  exclamations: number;
  questions: number;
  shouting: boolean;
}

/** An expletive intensifier's strength: twice a booster's (AFINN's own "fucking good" is 4 against "good" 3). */
const EXPLETIVE_BOOST = 0.74;

/** Boosters that turn a preceding "never" into emphasis (VADER's "never so" rule). */
const NEVER_SO = new Set(["so", "such"]);

/** "like" is AFINN +2 but mostly a preposition ("looks like rain"): a verb only after these words. */
const LIKE_AS_VERB = new Set(["i", "we", "they", "you", "really", "would", "do", "did", "dont", "didnt", "doesnt", "to", "also", "still", "just", "always", "longer", "not", "never"]);

// Token roles (Token.role) set here for the learned features: NEGATED where the word is in a negation
// scope, MODIFIER for negators, boosters and contrast words (their effect is the rules'), IN_PHRASE for
// the 2nd… words of a matched phrase, whose first token then carries the whole phrase (Token.phrase).
export const NEGATED = 1;
export const MODIFIER = 2;
export const IN_PHRASE = 3;

const OPINION_ONLY = Number.POSITIVE_INFINITY;

const sign = (x: number): number => (x > 0 ? 1 : x < 0 ? -1 : 0);

/** The word has a valence of its own (AFINN or VADER), not only a modifier's role. */
function carriesValence(table: Parameters<typeof findTerm>[0], word: Token): boolean {
  const info = findTerm(table, word.hash, word.text);
  return info !== undefined && (info.valence !== 0 || info.vader !== 0) && !info.negator && info.booster === 0;
}

/** How many tokens, from `i`, are the words of `phrase` after `first` (0 if it does not match). */
function matchPhrase(tokens: readonly Token[], i: number, phrase: Phrase): number {
  const rest = phrase.rest;
  for (let k = 0; k < rest.length; k++) {
    const t = tokens[i + 1 + k];
    if (t === undefined || t.kind !== TokenKind.Word || t.text !== rest[k]) return 0;
  }
  return rest.length + 1;
}

export function applyRules(scan: Scan): RuleAnalysis {
  const lex = lexicon();
  const { tokens } = scan;
  const contributions: SentimentContribution[] = [];
  // Per contribution: factor from its AFINN-based weight to VADER's view of it; NaN marks a VADER-only word,
  // OPINION_ONLY a word only the opinion lexicon knows.
  const vaderFactor: number[] = [];
  // Shouting (most words in capitals) is not emphasis of single words.
  const shouting = scan.capsWords * 2 > scan.letterWords;
  let wordPos = 0; // index among words, for distances
  let negationLeft = 0; // words still in the current negation scope
  let negationStart = -1; // first contribution index under the current negator (for "at all")
  let negatorNever = false; // the current scope is opened by "never" (see NEVER_SO)
  let boost = 0;
  let boostPos = -10;
  let sentenceFirst = 0; // first contribution index of the current sentence (for "but")
  let clauseWeight = 1;
  let concessive = false;
  let negators = 0;
  let negatedPositive = 0;
  let negatedNegative = 0;
  let symbolSum = 0;
  // Words whose valence only VADER's view counts ("yes", "please", "no"): see TermInfo.secondOpinion.
  let secondOpinionSum = 0;
  let exclamations = 0;
  let questions = 0;

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === TokenKind.Punct) {
      exclamations += t.exclamations;
      questions += t.questions;
      negationLeft = 0;
      if (concessive) {
        concessive = false;
        clauseWeight = t.sentenceEnd ? 1 : AFTER_CONTRAST;
      }
      if (t.sentenceEnd) {
        sentenceFirst = contributions.length;
        clauseWeight = 1;
        negationStart = -1;
      }
      boost = 0;
      continue;
    }
    if (t.kind === TokenKind.Symbol) {
      const v = lex.symbols.get(t.text) ?? 0;
      if (v !== 0) {
        contributions.push({ start: t.start, end: t.end, term: t.text, weight: v });
        vaderFactor.push(1);
      }
      symbolSum += v;
      continue;
    }

    let valence = 0;
    let factor = 1;
    let span = 1;
    let term = t.text;
    const info = findTerm(lex.termTable, t.hash, t.text);
    let phrase: Phrase | undefined;
    if (info?.phrases) {
      for (const p of info.phrases) {
        const n = matchPhrase(tokens, i, p);
        if (n) {
          phrase = p;
          span = n;
          break;
        }
      }
    }
    const end = tokens[i + span - 1]!.end;
    // "No." / "Oh no!" / "No, not really": "no" alone before punctuation (or the end) is an answer, a
    // negative interjection, not a determiner that negates what follows ("no problem", "no idea").
    const next = tokens[i + span];
    const interjection = !phrase && t.text === "no" && (next === undefined || next.kind === TokenKind.Punct);
    if (phrase) {
      term = phrase.text;
      t.phrase = term;
      for (let k = 1; k < span; k++) tokens[i + k]!.role = IN_PHRASE;
    }

    if (info?.expletive === true && !phrase && next?.kind === TokenKind.Word && carriesValence(lex.termTable, next)) {
      boost = EXPLETIVE_BOOST;
      boostPos = wordPos;
      t.role = MODIFIER;
    } else if ((phrase ? phrase.kind === TermKind.Negator : info?.negator) && !interjection) {
      negators++;
      negatorNever = !phrase && t.text === "never";
      if (info?.secondOpinion) secondOpinionSum += info.secondOpinion * clauseWeight;
      negationLeft = NEGATION_SCOPE;
      negationStart = contributions.length;
      t.role = MODIFIER;
    } else if (phrase ? phrase.kind === TermKind.Booster : info?.booster) {
      boost = phrase ? phrase.value : info!.booster;
      // "I have never been so happy", "never had such fun": "never … so X" praises X, it does not deny it.
      if (negatorNever && negationLeft > 0 && !phrase && NEVER_SO.has(t.text)) negationLeft = 0;
      if (t.caps && !shouting) boost *= 1.5;
      boostPos = wordPos + span - 1;
      t.role = MODIFIER;
    } else if (phrase) {
      // A phrase that contains its own negator ("not good", "dont like") opens a scope for "at all".
      if (info!.negator) {
        negators++;
        negationStart = contributions.length;
      }
      if (term === "at all" && negationStart >= 0) {
        for (let k = negationStart; k < contributions.length; k++) contributions[k]!.weight *= AT_ALL_FACTOR;
        negationStart = contributions.length; // each contribution is strengthened once: linear time
        if (negationLeft > 0) negationLeft += 2;
      }
      valence = phrase.value;
    } else if (info?.contrast === CONTRAST_AFTER) {
      for (let k = sentenceFirst; k < contributions.length; k++) contributions[k]!.weight *= BEFORE_CONTRAST;
      sentenceFirst = contributions.length;
      clauseWeight = AFTER_CONTRAST;
      negationLeft = 0;
      t.role = MODIFIER;
    } else if (info?.contrast === CONTRAST_CONCESSIVE) {
      concessive = true;
      clauseWeight = CONCESSIVE;
      negationLeft = 0;
      t.role = MODIFIER;
    } else if (interjection) {
      valence = info!.secondOpinion;
    } else if (t.text === "like") {
      valence = LIKE_AS_VERB.has(tokens[i - 1]?.text ?? "") ? 2 : 0;
    } else if (info) {
      valence = info.valence;
      if (valence === 0 && info.vader !== 0) {
        valence = info.vader * VADER_FILL;
        factor = Number.NaN;
      } else if (valence === 0) {
        valence = info.opinion * OPINION_FILL;
        factor = OPINION_ONLY;
      } else if (info.vader !== 0) factor = info.vader / valence;
    } else if (t.elongated) {
      valence = elongatedValence(t.text, lex.words);
    } else if (t.text.length >= 6) {
      valence = superlativeValence(t.text, lex.words);
    }

    if (valence !== 0) {
      let v = valence;
      const s = sign(v);
      if (t.caps && !shouting) v += s * CAPS_EMPHASIS;
      const distance = wordPos - boostPos;
      if (boost !== 0 && distance >= 1 && distance <= BOOSTER_DECAY.length) {
        // A dampener weakens but never flips a valence.
        v = s * Math.max(Math.abs(v) + boost * BOOSTER_DECAY[distance - 1]!, 0.3 * Math.abs(v));
      }
      // A negated phrase such as "not bad" already contains its negator.
      if (negationLeft > 0 && !(phrase && info!.negator) && !info?.laughter) {
        if (v > 0) negatedPositive += v;
        else negatedNegative += v;
        v *= NEGATION_FACTOR;
        t.role = NEGATED;
      }
      contributions.push({ start: t.start, end, term, weight: v * clauseWeight });
      vaderFactor.push(factor);
    } else {
      if (info?.secondOpinion) secondOpinionSum += info.secondOpinion * clauseWeight * (negationLeft > 0 ? NEGATION_FACTOR : 1);
      if (negationLeft > 0 && t.role === 0) t.role = NEGATED;
    }
    if (negationLeft > 0 && t.role !== MODIFIER) negationLeft -= span;
    wordPos += span;
    i += span - 1;
  }

  let sum = 0;
  let positive = 0;
  let negative = 0;
  let strongestPositive = 0;
  let strongestNegative = 0;
  let vaderSum = 0;
  let vaderOnlySum = 0;
  let opinionOnlySum = 0;
  for (let k = 0; k < contributions.length; k++) {
    const c = contributions[k]!;
    c.weight = Math.round(c.weight * 1000) / 1000;
    sum += c.weight;
    const f = vaderFactor[k]!;
    if (f === OPINION_ONLY) {
      vaderSum += c.weight;
      opinionOnlySum += c.weight;
    } else if (f === f) vaderSum += c.weight * f;
    else {
      vaderSum += c.weight;
      vaderOnlySum += c.weight;
    }
    if (c.weight > 0) {
      positive += c.weight;
      if (c.weight > strongestPositive) strongestPositive = c.weight;
    } else {
      negative += c.weight;
      if (c.weight < strongestNegative) strongestNegative = c.weight;
    }
  }
  vaderSum += secondOpinionSum;
  sum += secondOpinionSum * SECOND_OPINION_IN_SUM;
  if (sum !== 0) sum += sign(sum) * Math.min(exclamations, 4) * EXCLAMATION_EMPHASIS;
  if (vaderSum !== 0) vaderSum += sign(vaderSum) * Math.min(exclamations, 4) * EXCLAMATION_EMPHASIS;
  return { contributions, sum, secondOpinionSum, vaderSum, vaderOnlySum, opinionOnlySum, positive, negative, strongestPositive, strongestNegative, negatedPositive, negatedNegative, symbolSum, negators, exclamations, questions, shouting };
}

/** No sentiment word, emoticon, emoji or second-opinion word at all: the label then needs a stronger score. */
export const hasRuleEvidence = (r: RuleAnalysis): boolean => r.contributions.length > 0 || r.secondOpinionSum !== 0;

/** "goooood" → "good", "sooo" → "so": repeated letters are emphasis (a booster's worth). */
function elongatedValence(word: string, words: ReadonlyMap<string, number>): number {
  let collapsed = "";
  let single = "";
  let runs = false;
  for (let k = 0; k < word.length; k++) {
    const ch = word[k]!;
    const repeat = k > 0 && word[k - 1] === ch;
    const repeat2 = k > 1 && word[k - 2] === ch && repeat;
    if (repeat2) runs = true;
    if (!repeat2) collapsed += ch;
    if (!repeat) single += ch;
  }
  if (!runs) return 0;
  const v = words.get(collapsed) ?? words.get(single) ?? 0;
  return v === 0 ? 0 : v + sign(v) * 0.37;
}

/** "nicest" → "nice", "happiest" → "happy", "biggest" → "big": a superlative is a boosted base word. */
function superlativeValence(word: string, words: ReadonlyMap<string, number>): number {
  if (word.length < 6 || !word.endsWith("est")) return 0;
  const stem = word.slice(0, -3);
  const last = stem.charCodeAt(stem.length - 1);
  const v =
    words.get(stem) ??
    words.get(stem + "e") ??
    (last === 105 ? words.get(stem.slice(0, -1) + "y") : undefined) ??
    (last === stem.charCodeAt(stem.length - 2) ? words.get(stem.slice(0, -1)) : undefined) ??
    0;
  return v === 0 ? 0 : v + sign(v) * 0.37;
}
