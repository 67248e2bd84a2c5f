import { describe, expect, it } from "vitest";
import { ABUSE_CATEGORIES } from "../../src/analysis/types";
import { createAbuseDetector, DEFAULT_ABUSE_THRESHOLDS, detectAbuse } from "../../src/analysis/abuse/index";
import { extractFeatures } from "../../src/analysis/abuse/features";
import { decodeModel, ruleLogit, scoreWithModel } from "../../src/analysis/abuse/model";
import { ABUSE_MODEL } from "../../src/analysis/abuse/weights";

const CLEAN_NEWS_COMMENTS = [
  "The council approved the new budget for schools on Tuesday.",
  "Great article, thanks for the thorough reporting.",
  "I disagree with the mayor's decision on housing, but the piece explains both sides well.",
  "Does anyone know when the bridge repairs are supposed to finish?",
  "My grandfather worked at the steel plant in Scunthorpe for forty years.",
  "The interest rate rise will hurt first-time buyers the most.",
  "Well written and balanced. I hope the paper follows up on this next month.",
];

describe("abuse model", () => {
  it("decodes the committed weights into tables of the declared size", () => {
    const m = decodeModel(ABUSE_MODEL);
    expect(m.toxic.weights.length).toBe(1 << ABUSE_MODEL.toxic.bits);
    expect(m.categories.weights.length).toBe((1 << ABUSE_MODEL.categories.bits) * 4);
    expect(m.toxic.weights.some((w) => w !== 0)).toBe(true);
  });

  it("scores deterministically, with every score in [0, 1]", () => {
    const m = decodeModel(ABUSE_MODEL);
    for (const text of ["You are an idiot", "", "!!!", CLEAN_NEWS_COMMENTS[0]!, "x".repeat(5000)]) {
      const a = scoreWithModel(m, text), b = scoreWithModel(m, text);
      expect(a).toEqual(b);
      for (const v of Object.values(a)) expect(v >= 0 && v <= 1).toBe(true);
      const r = detectAbuse(text);
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(1);
      for (const c of ABUSE_CATEGORIES) expect(r.categoryScores[c] >= 0 && r.categoryScores[c] <= 1).toBe(true);
    }
  });

  it("extracts the same features for case, accents, look-alikes, zero-width and stretched letters", () => {
    const plain = Array.from(extractFeatures("you idiot").hashes.slice(0, extractFeatures("you idiot").count));
    for (const variant of ["YOU IDIOT", "yoü ídiot", "yоu idiоt" /* Cyrillic o */, "you id\u200Biot"]) {
      const f = extractFeatures(variant);
      expect(Array.from(f.hashes.slice(0, f.count))).toEqual(plain);
    }
    const stretched = extractFeatures("you iiiiidiot");
    const twice = extractFeatures("you iidiot");
    expect(Array.from(stretched.hashes.slice(0, stretched.count))).toEqual(Array.from(twice.hashes.slice(0, twice.count)));
  });
});

describe("detectAbuse", () => {
  it.each([
    ["You are an idiot", "insult"],
    ["Kill yourself", "threat"],
    ["I will find you and kill you", "threat"],
  ] as const)("flags %j as %s", (text, category) => {
    const r = detectAbuse(text);
    expect(r.flagged).toBe(true);
    expect(r.categories).toContain(category);
    expect(r.matches.length).toBeGreaterThan(0);
    for (const m of r.matches) expect(text.slice(m.start, m.end).length).toBe(m.end - m.start);
  });

  it("explains a flag with a span that covers the abusive word", () => {
    const text = "Honestly, you are an idiot.";
    const at = text.indexOf("idiot");
    const r = detectAbuse(text);
    expect(r.matches.some((m) => m.start <= at && m.end >= at + 5)).toBe(true);
  });

  it.each(CLEAN_NEWS_COMMENTS)("does not flag the clean comment %j", (text) => {
    const r = detectAbuse(text);
    expect(r.flagged).toBe(false);
    expect(r.categories).toEqual([]);
    expect(r.score).toBeLessThan(DEFAULT_ABUSE_THRESHOLDS.insult);
  });

  it("lets a deployment's thresholds change the decision", () => {
    const text = "You are an idiot";
    expect(detectAbuse(text).flagged).toBe(true);
    const lenient = Object.fromEntries(ABUSE_CATEGORIES.map((c) => [c, 1.01]));
    expect(detectAbuse(text, { thresholds: lenient }).flagged).toBe(false);
    expect(createAbuseDetector(lenient)(text).flagged).toBe(false);
    const clean = CLEAN_NEWS_COMMENTS[1]!;
    expect(createAbuseDetector({ insult: 0, profanity: 0 })(clean).flagged).toBe(true);
  });

  it("keeps per-category scores so thresholds can be applied again later", () => {
    const r = detectAbuse("You are an idiot");
    const max = Math.max(...ABUSE_CATEGORIES.map((c) => r.categoryScores[c]));
    expect(r.score).toBeCloseTo(max, 10);
  });
});

describe("abuse model with rule inputs", () => {
  it("ships learned weights for the rule evidence of every category", () => {
    expect(ABUSE_MODEL.ruleWeights).toHaveLength(ABUSE_CATEGORIES.length);
    const m = decodeModel(ABUSE_MODEL);
    // Profanity and insult matches are evidence of abuse, so the model learns to weigh them up.
    expect(m.ruleWeights[ABUSE_CATEGORIES.indexOf("insult")]).toBeGreaterThan(0);
    expect(m.ruleWeights[ABUSE_CATEGORIES.indexOf("profanity")]).toBeGreaterThan(0);
  });

  it("raises P(abusive) when the rules' evidence is fed in", () => {
    const m = decodeModel(ABUSE_MODEL);
    const evidence = ABUSE_CATEGORIES.map((c) => (c === "insult" ? 1 : 0));
    const text = "y o u   a r e   a n   i d i o t";
    expect(scoreWithModel(m, text, ruleLogit(m, evidence)).toxic).toBeGreaterThan(scoreWithModel(m, text).toxic);
  });

  it("rejects a rule-weight list of the wrong length", () => {
    expect(() => decodeModel({ ...ABUSE_MODEL, ruleWeights: [1, 2] })).toThrow();
  });
});
