// FIRST VERSION (walking skeleton): bad-words' list compiled once into one word matcher with spans.
// Replaced by the abuse work (issue 4).
import { Filter } from "bad-words";
import { ABUSE_CATEGORIES, type AbuseCategory, type AbuseMatch, type AbuseResult, type AbuseThresholds } from "../types";

export const DEFAULT_ABUSE_THRESHOLDS: Record<AbuseCategory, number> = {
  profanity: 0.5, insult: 0.5, threat: 0.5, identity_attack: 0.5, sexual: 0.5, spam: 0.5,
};

let words: ReadonlySet<string> | null = null;
const lexicon = () => (words ??= new Set(new Filter().list.map((w) => w.toLowerCase())));
const WORD = /[\p{L}\p{N}$@*]+/gu;

export function createAbuseDetector(thresholds: AbuseThresholds) {
  const t = { ...DEFAULT_ABUSE_THRESHOLDS, ...thresholds };
  return (text: string): AbuseResult => {
    const list = lexicon();
    const matches: AbuseMatch[] = [];
    for (const m of text.matchAll(WORD)) {
      const w = m[0].toLowerCase();
      if (list.has(w)) matches.push({ start: m.index, end: m.index + w.length, category: "profanity", term: w, rule: "lexicon:bad-words" });
    }
    const categoryScores = Object.fromEntries(ABUSE_CATEGORIES.map((c) => [c, 0])) as Record<AbuseCategory, number>;
    categoryScores.profanity = matches.length ? 0.9 : 0;
    const categories = ABUSE_CATEGORIES.filter((c) => categoryScores[c] >= t[c]);
    return { flagged: categories.length > 0, score: categoryScores.profanity, categories, categoryScores, matches };
  };
}

export const detectAbuse = (text: string, options?: { thresholds?: AbuseThresholds }): AbuseResult =>
  createAbuseDetector(options?.thresholds ?? {})(text);
