// FIRST VERSION (walking skeleton): AFINN-165 from the `sentiment` package through our own frozen copy,
// normalised to [-1, 1]. Replaced by the sentiment work (issue 5).
import afinn from "sentiment/languages/en/labels.json";
import type { SentimentContribution, SentimentResult } from "../types";

const LEXICON: ReadonlyMap<string, number> = new Map(Object.entries(afinn as Record<string, number>));
const WORD = /[a-z']+/g;

export function scoreSentiment(text: string): SentimentResult {
  const lower = text.toLowerCase();
  const contributions: SentimentContribution[] = [];
  let sum = 0;
  let words = 0;
  for (const m of lower.matchAll(WORD)) {
    words++;
    const w = LEXICON.get(m[0]);
    if (w === undefined) continue;
    sum += w;
    contributions.push({ start: m.index, end: m.index + m[0].length, term: m[0], weight: w });
  }
  const score = words ? Math.tanh(sum / Math.sqrt(words + 4)) : 0;
  return { score, label: score > 0.05 ? "positive" : score < -0.05 ? "negative" : "neutral", contributions };
}
