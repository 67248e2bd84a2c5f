import Sentiment from "sentiment";
import { describe, expect, it } from "vitest";
import { scoreSentiment } from "../../src/analysis/sentiment/index";
import { lexicon } from "../../src/analysis/sentiment/lexicon";
import { DENSE_COUNT, DENSE_FEATURES, denseFeatures, LABEL_EVIDENCE_FEATURE } from "../../src/analysis/sentiment/features";
import { intensity, sentimentModel } from "../../src/analysis/sentiment/model";
import { applyRules, hasRuleEvidence } from "../../src/analysis/sentiment/rules";
import { scan } from "../../src/analysis/sentiment/tokenize";

const score = (text: string): number => scoreSentiment(text).score;
/** The rule-adjusted weight of the contribution covering `term`. */
const weightOf = (text: string, term: string): number => {
  const c = scoreSentiment(text).contributions.find((x) => text.slice(x.start, x.end).toLowerCase().includes(term));
  if (!c) throw new Error(`no contribution for ${term} in ${text}`);
  return c.weight;
};

describe("scoreSentiment: negation with a scope", () => {
  it('scores "never good" and "wasn\'t good" negative (AFINN scores both +3)', () => {
    expect(new Sentiment().analyze("never good").score).toBe(3);
    expect(scoreSentiment("never good").label).toBe("negative");
    expect(scoreSentiment("The movie wasn't good").label).toBe("negative");
    expect(weightOf("The movie wasn't good", "good")).toBeLessThan(0);
  });
  it("reaches past the next word", () => {
    expect(weightOf("I don't think it is good", "good")).toBeLessThan(0);
    expect(score("I don't think it is good")).toBeLessThan(0);
  });
  it("ends at clause punctuation", () => {
    expect(weightOf("It is not cheap, but the food is good", "good")).toBeGreaterThan(0);
  });
  it('handles "no longer"', () => {
    expect(weightOf("I no longer love this place", "love")).toBeLessThan(0);
    expect(score("I no longer love this place")).toBeLessThan(0);
  });
  it('makes "not … at all" stronger than "not"', () => {
    expect(weightOf("I did not enjoy it at all", "enjoy")).toBeLessThan(weightOf("I did not enjoy it", "enjoy"));
    expect(score("I did not enjoy it at all")).toBeLessThan(0);
  });
});

describe("scoreSentiment: boosters and dampeners", () => {
  it("orders extremely good > very good > good > slightly good > 0", () => {
    const w = ["extremely good", "very good", "good", "slightly good", "kind of good"].map((t) => weightOf(`The food was ${t}`, "good"));
    expect(w[0]).toBeGreaterThan(w[1]!);
    expect(w[1]).toBeGreaterThan(w[2]!);
    expect(w[2]).toBeGreaterThan(w[3]!);
    expect(w[2]).toBeGreaterThan(w[4]!);
    expect(Math.min(w[3]!, w[4]!)).toBeGreaterThan(0);
    expect(score("The food was very good")).toBeGreaterThan(score("The food was slightly good"));
  });
});

describe("scoreSentiment: contrast", () => {
  it('weights the clause after "but" more', () => {
    expect(scoreSentiment("The food was good, but the service was terrible").label).toBe("negative");
    expect(scoreSentiment("The food was bad, but the service was wonderful").label).toBe("positive");
  });
  it('weights an "although" clause less', () => {
    expect(Math.abs(weightOf("Although the food was bad, the view was great", "bad"))).toBeLessThan(
      Math.abs(weightOf("The food was bad", "bad")),
    );
    expect(score("Although the food was bad, the view was great")).toBeGreaterThan(0);
  });
});

describe("scoreSentiment: emphasis", () => {
  it("emphasises a word in capitals, not a shouted text", () => {
    expect(weightOf("The food was GOOD", "good")).toBeGreaterThan(weightOf("The food was good", "good"));
    expect(weightOf("THE FOOD WAS GOOD", "good")).toBe(weightOf("the food was good", "good"));
  });
  it('strengthens with "!!!"', () => {
    expect(score("The food was good!!!")).toBeGreaterThan(score("The food was good"));
    expect(score("The food was awful!!!")).toBeLessThan(score("The food was awful"));
  });
});

describe("scoreSentiment: emoticons and emoji", () => {
  it('scores ":)" positive and ":(" negative', () => {
    expect(scoreSentiment("see you tomorrow :)").label).toBe("positive");
    expect(scoreSentiment("see you tomorrow :(").label).toBe("negative");
    expect(weightOf("see you tomorrow :-)", ":-)")).toBeGreaterThan(0);
  });
  it("scores emoji", () => {
    expect(scoreSentiment("see you tomorrow 😍").label).toBe("positive");
    expect(weightOf("see you tomorrow 😡", "😡")).toBeLessThan(0);
  });
  it("does not read a URL as an emoticon", () => {
    expect(scoreSentiment("see http://example.com/(x)").contributions).toEqual([]);
  });
});

describe("scoreSentiment: phrases", () => {
  it('reads "not bad", "no doubt" and "piece of cake" as positive phrases', () => {
    for (const t of ["not bad", "no doubt", "piece of cake"]) {
      const c = scoreSentiment(`overall, ${t}`).contributions;
      expect(c).toHaveLength(1);
      expect(c[0]!.term).toBe(t);
      expect(c[0]!.weight).toBeGreaterThan(0);
    }
    expect(score("The food was not bad")).toBeGreaterThan(score("The food was bad"));
    expect(score("That exam was a piece of cake")).toBeGreaterThan(0);
  });
  it('treats "kind of" as a dampener, not as the word "kind"', () => {
    expect(scoreSentiment("it was kind of boring").contributions.map((c) => c.term)).toEqual(["boring"]);
    expect(weightOf("it was kind of boring", "boring")).toBeGreaterThan(weightOf("it was boring", "boring"));
  });
});
  it("reads idioms whose words mislead one by one", () => {
    expect(scoreSentiment("hell yes, we won").contributions.map((c) => c.term)).toEqual(["hell yes", "won"]);
    expect(score("hell yes, we won")).toBeGreaterThan(0);
    expect(score("It just broke my heart")).toBeLessThan(score("It just broke"));
    expect(score("They can kiss my ass")).toBeLessThan(0);
    expect(scoreSentiment("that was my bad").contributions).toEqual([]);
    expect(scoreSentiment("I can't stand this noise").contributions.map((c) => c.term)).toEqual(["cant stand"]);
    expect(score("I can't stand this noise")).toBeLessThan(0);
  });

describe("scoreSentiment: VADER's lexicon fills AFINN's gaps", () => {
  it("scores a word only VADER knows, with its sign, and keeps AFINN's valence where AFINN has one", () => {
    expect(lexicon().words.has("admirable")).toBe(false);
    expect(weightOf("the effort was admirable", "admirable")).toBeGreaterThan(0);
    expect(weightOf("a cycle of abandonment", "abandonment")).toBeLessThan(0);
    expect(weightOf("the staff were cheerful", "cheerful")).toBe(lexicon().words.get("cheerful"));
    expect(weightOf("the effort was not admirable", "admirable")).toBeLessThan(0);
  });
  it("gives no valence to words that are modifiers here", () => {
    expect(lexicon().terms.get("very")?.vader).toBe(0);
    expect(lexicon().terms.get("no")?.vader ?? 0).toBe(0);
  });
});

describe("scoreSentiment: text handling", () => {
  it("decodes HTML entities but points into the original text", () => {
    const text = "Tom &amp; Jerry &lt;3 so good";
    const { contributions } = scoreSentiment(text);
    expect(contributions.map((c) => text.slice(c.start, c.end))).toEqual(["&lt;3", "good"]);
  });
  it("gives spans that point into the original text", () => {
    const text = "Honestly?  The ending was NOT great… but the cast, wow: brilliant!! 👍 :)";
    const { contributions } = scoreSentiment(text);
    expect(contributions.length).toBeGreaterThanOrEqual(4);
    for (const c of contributions) {
      const span = text.slice(c.start, c.end).toLowerCase();
      expect(span.replaceAll("'", "")).toContain(c.term.split(" ")[0]);
    }
  });
  it("keeps scores in [-1, 1] and labels consistent in sign", () => {
    const texts = ["", "   ", "!!!!", "GREAT GREAT GREAT!!!!!! 😍😍😍 :) :)", "awful horrible terrible worst hate!!!! :( 😡", "x".repeat(5000), "ok"];
    for (const t of texts) {
      const r = scoreSentiment(t);
      expect(r.score).toBeGreaterThanOrEqual(-1);
      expect(r.score).toBeLessThanOrEqual(1);
      if (r.label === "positive") expect(r.score).toBeGreaterThan(0);
      if (r.label === "negative") expect(r.score).toBeLessThan(0);
    }
    expect(scoreSentiment("GREAT GREAT GREAT!!!!!! 😍😍😍 :) :)").label).toBe("positive");
    expect(scoreSentiment("awful horrible terrible worst hate!!!! :( 😡").label).toBe("negative");
  });
  it("does not saturate on a long, mildly positive comment", () => {
    const sentence = "The council meeting was fine and the new plan seems reasonable to most residents. ";
    const long = sentence.repeat(20);
    const one = score(sentence);
    const r = score(long);
    expect(r).toBeGreaterThan(0);
    expect(r).toBeLessThan(0.6);
    expect(Math.abs(r - one)).toBeLessThan(0.25);
  });
  it("scores a blank or punctuation-only text exactly neutral", () => {
    for (const t of ["", "   ", "...", "?!"]) expect(scoreSentiment(t)).toEqual({ score: 0, label: "neutral", contributions: [] });
  });
  it("scans without splitting words at apostrophes", () => {
    expect(scan("don't won’t").tokens.map((t) => t.text)).toEqual(["dont", "wont"]);
  });
});

describe("the shared `sentiment` instance", () => {
  it("is not mutated by our scorer, and its mutation does not reach ours", () => {
    const shared = new Sentiment();
    const before = shared.analyze("meh good zzyzx").score;
    scoreSentiment("meh good zzyzx never good :) 😍 not bad");
    expect(shared.analyze("meh good zzyzx").score).toBe(before);
    expect(shared.analyze("zzyzx").score).toBe(0);
    // Another caller's `extras` mutates the package's cached labels for everyone …
    const other = new Sentiment();
    other.analyze("zzyzqq", { extras: { zzyzqq: 5 } });
    expect(new Sentiment().analyze("zzyzqq").score).toBe(5);
    // … but not our frozen copy.
    expect(lexicon().words.has("zzyzqq")).toBe(false);
    expect(scoreSentiment("zzyzqq").contributions).toEqual([]);
  });
});

describe("scoreSentiment: hostile input", () => {
  it("scores long runs of entity starts, emoticon characters and repeated phrases", () => {
    for (const t of ["&".repeat(20000), "&#".repeat(10000) + ";", ":(".repeat(5000), "not good at all ".repeat(2000), "x\u0301".repeat(5000), "\ud83d".repeat(1000)]) {
      const r = scoreSentiment(t);
      expect(Math.abs(r.score)).toBeLessThanOrEqual(1);
      for (const c of r.contributions) expect(c.end).toBeLessThanOrEqual(t.length);
    }
  });
});

describe("learned adjustment: features and weights", () => {
  const features = (text: string): Float64Array => {
    const s = scan(text);
    const out = new Float64Array(DENSE_COUNT);
    denseFeatures(s, applyRules(s), out);
    return out;
  };
  const at = (name: (typeof DENSE_FEATURES)[number]): number => DENSE_FEATURES.indexOf(name);
  it("judges long texts by the density of their sentiment", () => {
    const filler = " and then we walked to the station".repeat(4);
    const short = features("the food was good");
    const long = features(`the food was good${filler}`);
    expect(long[at("densityCompound")]).toBeGreaterThan(0);
    expect(long[at("densityCompound")]).toBeLessThan(short[at("densityCompound")]! / 3);
    expect(features("the food was bad")[at("densityCompound")]).toBeLessThan(0);
  });
  it("ships one dense weight per feature and a full hashed table (retrain after changing features)", () => {
    const m = sentimentModel();
    expect(m.dense.length).toBe(DENSE_COUNT);
    expect(m.hashed.length).toBe(1 << m.bits);
  });
  it("labels from the score leaning on the rules' VADER-view compound, as training chose", () => {
    const m = sentimentModel();
    for (const text of ["the food was good", "the service was awful", "it is a table", "not bad at all, but slow"]) {
      const s = scan(text);
      const rules = applyRules(s);
      const { score, label } = scoreSentiment(text);
      const lean = score + (m.labelEvidenceWeight ?? 0) * features(text)[LABEL_EVIDENCE_FEATURE]!;
      const forLabel = !hasRuleEvidence(rules) ? lean * (m.bareLabelScale ?? 1) : lean;
      const gated = m.intensity !== undefined && intensity() < m.intensity.neutralBelow;
      expect(label).toBe(gated ? "neutral" : forLabel > m.positiveAbove ? "positive" : forLabel < m.negativeBelow ? "negative" : "neutral");
    }
    expect(DENSE_FEATURES[LABEL_EVIDENCE_FEATURE]).toBe("vaderCompound");
  });
});

describe("applyRules: second-opinion words", () => {
  it('counts VADER\'s valence of "yes" / "please" mostly in the VADER sum, never as a contribution', () => {
    const rules = applyRules(scan("yes please"));
    expect(rules.contributions).toEqual([]);
    expect(rules.sum).toBeGreaterThan(0);
    expect(rules.vaderSum).toBeGreaterThan(rules.sum * 2);
  });
  it('reverses them under negation and counts "no" as negative there', () => {
    expect(applyRules(scan("not yes")).vaderSum).toBeLessThan(0);
    expect(applyRules(scan("no")).vaderSum).toBeLessThan(0);
  });
  it('still treats "like" as a verb only after a subject', () => {
    expect(weightOf("I like this place", "like")).toBeGreaterThan(0);
    expect(scoreSentiment("looks like rain").contributions).toEqual([]);
  });
});

describe("scoreSentiment: session-3 rules", () => {
  it("never negates laughter: it comments on the whole utterance", () => {
    expect(weightOf("I have no idea lol", "lol")).toBeGreaterThan(0);
    expect(weightOf("IM NOT THE LATTER LOL", "lol")).toBeGreaterThan(0);
    expect(weightOf("not funny haha", "haha")).toBeGreaterThan(0);
    // The words around it are still negated.
    expect(weightOf("not funny haha", "funny")).toBeLessThan(0);
  });
  it('reads "never … so X" as praise of X, not its denial (VADER\'s "never so")', () => {
    expect(weightOf("I have never been so happy", "happy")).toBeGreaterThan(0);
    expect(weightOf("I have never slept so well", "well")).toBeGreaterThan(0);
    expect(weightOf("never had such a good time", "good")).toBeGreaterThan(0);
    // Other negators and a "never" without "so" still negate.
    expect(weightOf("I have never been happy here", "happy")).toBeLessThan(0);
    expect(weightOf("I was not so happy", "happy")).toBeLessThan(0);
  });
  it('scores "no" alone before punctuation as a negative answer, "no" before a noun as a negator', () => {
    expect(weightOf("Oh no. Escape when you can", "no")).toBeLessThan(0);
    expect(weightOf("No, not really", "no")).toBeLessThan(0);
    expect(scoreSentiment("err no").contributions.map((c) => c.term)).toEqual(["no"]);
    expect(scoreSentiment("no problem at all").contributions.some((c) => c.term === "no")).toBe(false);
    expect(weightOf("There was no good reason", "good")).toBeLessThan(0);
  });
  it("counts second-opinion words as rule evidence for the label", () => {
    const r = applyRules(scan("No tacos for you"));
    expect(r.contributions).toEqual([]);
    expect(r.secondOpinionSum).toBeLessThan(0);
  });
  it('knows the ":l" emoticon and gives single letters no valence', () => {
    expect(weightOf("I lost my fave pen :l", ":l")).toBeLessThan(0);
    expect(scoreSentiment("plan b or plan l").contributions).toEqual([]);
  });
});

describe("scoreSentiment: expletives as intensifiers", () => {
  it("strengthens the sentiment word right after it instead of counting as negative", () => {
    expect(scoreSentiment("that sounds damned awesome").contributions.map((c) => c.term)).toEqual(["awesome"]);
    expect(weightOf("that sounds damned awesome", "awesome")).toBeGreaterThan(weightOf("that sounds awesome", "awesome"));
    expect(scoreSentiment("this is freaking great").label).toBe("positive");
    expect(weightOf("I freaking hate mondays", "hate")).toBeLessThan(weightOf("I hate mondays", "hate"));
  });
  it("keeps its own valence elsewhere", () => {
    expect(weightOf("damn it, the bus left", "damn")).toBeLessThan(0);
    expect(weightOf("they made a fucking perfume", "fucking")).toBeLessThan(0);
  });
});

describe("scan: reused buffers", () => {
  it("maps offsets right after a longer entity-decoded text was scanned", () => {
    scoreSentiment(`${"&amp; ".repeat(300)}great`);
    const text = "I &lt;3 it &amp; it is great";
    const c = scoreSentiment(text).contributions;
    expect(c.map((x) => text.slice(x.start, x.end))).toEqual(["&lt;3", "great"]);
  });
  it("folds contractions with one or several apostrophes", () => {
    expect(scan("don't rock'n'roll I'll they’re").tokens.map((t) => t.text)).toEqual(["dont", "rocknroll", "i", "they"]);
  });
});

describe("scoreSentiment: \"least\" and idioms", () => {
  it('reverses the word after "least" like "not", but not in "at least"', () => {
    expect(weightOf("the least helpful staff in town", "helpful")).toBeLessThan(0);
    expect(weightOf("at least the food was good", "good")).toBeGreaterThan(0);
    expect(weightOf("at the very least the food was good", "good")).toBeGreaterThan(0);
  });
  it('scores "good for nothing" as an insult', () => {
    expect(weightOf("he is good for nothing", "good for nothing")).toBeLessThan(0);
  });
});

describe("scoreSentiment: more emoticons", () => {
  it('knows "=P", "=/", ";(" and ":-]"', () => {
    expect(weightOf("if you don't want a contract =P", "=p")).toBeGreaterThan(0);
    expect(weightOf("meh =/", "=/")).toBeLessThan(0);
    expect(weightOf("missed the bus ;(", ";(")).toBeLessThan(0);
    expect(weightOf("see you there :-]", ":-]")).toBeGreaterThan(0);
  });
});
