// Sentiment of one comment: rule scorer (AFINN-165 with negation, boosters, contrast, emphasis, emoticons,
// emoji and phrases) plus a learned linear adjustment, as a score in [-1, 1] and a label.
import type { SentimentLabel, SentimentResult } from "../types";
import { intensity, labelEvidence, predict, sentimentModel } from "./model";
import { applyRules, hasRuleEvidence } from "./rules";
import { scan, TokenKind } from "./tokenize";

export function scoreSentiment(text: string): SentimentResult {
  const m = sentimentModel();
  const tokens = scan(text);
  // Nothing to judge (blank, punctuation only): exactly neutral rather than the model's bias.
  if (tokens.wordCount === 0 && tokens.tokens.every((t) => t.kind === TokenKind.Punct)) {
    return { score: 0, label: "neutral", contributions: [] };
  }
  const rules = applyRules(tokens);
  const raw = predict(m, tokens, rules);
  const score = raw > 1 ? 1 : raw < -1 ? -1 : Math.round(raw * 10000) / 10000;
  // Without a single sentiment word, emoticon or emoji, a text needs a stronger learned score to leave neutral.
  const leaning = score + (m.labelEvidenceWeight ?? 0) * labelEvidence();
  const forLabel = !hasRuleEvidence(rules) ? leaning * (m.bareLabelScale ?? 1) : leaning;
  // A text the intensity model reads as unopinionated is neutral whatever the score's sign.
  const unopinionated = m.intensity !== undefined && intensity() < m.intensity.neutralBelow;
  const label: SentimentLabel =
    unopinionated ? "neutral" : forLabel > m.positiveAbove ? "positive" : forLabel < m.negativeBelow ? "negative" : "neutral";
  return { score, label, contributions: rules.contributions };
}
