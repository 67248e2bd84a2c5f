// The opinion-lexicon fill (Hu & Liu's words that AFINN and VADER lack) and the intensity gate of the label.
import { describe, expect, it } from "vitest";
import { scoreSentiment } from "../../src/analysis/sentiment/index";
import { lexicon } from "../../src/analysis/sentiment/lexicon";
import { intensity, sentimentModel } from "../../src/analysis/sentiment/model";
import { applyRules } from "../../src/analysis/sentiment/rules";
import { scan } from "../../src/analysis/sentiment/tokenize";

const contribution = (text: string, word: string) =>
  scoreSentiment(text).contributions.find((c) => text.slice(c.start, c.end).toLowerCase() === word);

describe("scoreSentiment: the opinion lexicon fills both lexicons' gaps", () => {
  it("gives a word only the opinion lexicon knows its polarity, weaker than a rated word", () => {
    for (const [text, word, sign] of [
      ["The plot was inventive", "inventive", 1],
      ["A witty script", "witty", 1],
      ["The U.S. remains the world's leading deadbeat.", "deadbeat", -1],
      ["A contrived, pretentious film", "pretentious", -1],
    ] as const) {
      const c = contribution(text, word);
      expect(c, `${word} in ${text}`).toBeDefined();
      expect(Math.sign(c!.weight)).toBe(sign);
      expect(Math.abs(c!.weight)).toBeLessThan(Math.abs(contribution("The plot was good", "good")!.weight));
    }
  });
  it("negates it like any other sentiment word", () => {
    expect(contribution("The plot was not inventive", "inventive")!.weight).toBeLessThan(0);
    expect(scoreSentiment("The plot was not inventive").score).toBeLessThan(scoreSentiment("The plot was inventive").score);
  });
  it("keeps AFINN's valence where AFINN rates the word", () => {
    expect(lexicon().terms.get("good")!.opinion).toBe(1);
    expect(contribution("The plot was good", "good")!.weight).toBe(3);
  });
  it("leaves out words that in news text mostly report rather than judge, and modifiers", () => {
    const text = "Err, the council will lead the work on this issue and the noise of the plot.";
    for (const w of ["err", "lead", "work", "issue", "noise", "plot"]) expect(contribution(text, w), w).toBeUndefined();
    for (const w of ["not", "very", "pretty", "like"]) expect(lexicon().terms.get(w)?.opinion ?? 0, w).toBe(0);
  });
  it("counts the fill apart, for the learned features", () => {
    const r = applyRules(scan("A witty but shallow film"));
    expect(r.opinionOnlySum).toBeCloseTo(r.sum, 5);
    expect(applyRules(scan("A good film")).opinionOnlySum).toBe(0);
  });
});

describe("scoreSentiment: the intensity gate", () => {
  const m = sentimentModel();
  it("ships an intensity model over the same hashed table size, with its gate", () => {
    expect(m.intensity).toBeDefined();
    expect(m.intensity!.hashed.length).toBe(m.hashed.length);
    expect(m.intensity!.neutralBelow).toBeGreaterThan(0);
  });
  it("labels neutral whatever the score where the text reads as unopinionated, and only there", () => {
    const texts = [
      "The report was published on Monday.", "Where is the station?", "does the sun have a smell?",
      "I love it", "This is the worst service I have ever had", "Good Pain. Bad Pain. How Do You Know?",
      "The plot was inventive", "It was fine I guess", "not bad at all, but slow",
    ];
    let gated = 0;
    for (const text of texts) {
      const { label, score } = scoreSentiment(text);
      if (intensity() < m.intensity!.neutralBelow) {
        gated++;
        expect(label, text).toBe("neutral");
      } else if (label !== "neutral") expect(Math.sign(score) || 1, text).toBe(label === "positive" ? 1 : -1);
    }
    expect(gated).toBeGreaterThan(0);
    expect(scoreSentiment("Where is the station?").label).toBe("neutral");
    expect(scoreSentiment("I love it").label).toBe("positive");
    expect(scoreSentiment("This is the worst service I have ever had").label).toBe("negative");
  });
  it("reads strong texts as more intense than flat ones", () => {
    scoreSentiment("I absolutely love this, best day ever!!");
    const strong = intensity();
    scoreSentiment("The report was published on Monday.");
    expect(strong).toBeGreaterThan(intensity());
  });
});
