// Rule and model-input behaviour that depends on context: spelled-out threats, negated insults, words
// inside links, surnames that contain a listed term.
import { describe, expect, it } from "vitest";
import { detectAbuse } from "../../src/analysis/abuse/index";
import { modelInput } from "../../src/analysis/abuse/model-input";
import { findAbuseMatches } from "../../src/analysis/abuse/rules";

const rules = (text: string) => findAbuseMatches(text).map((m) => `${m.rule}:${m.term}:${text.slice(m.start, m.end)}`);

describe("spelled-out threats", () => {
  it("joins a kill verb spelled letter by letter into the threat patterns", () => {
    expect(rules("I will k i l l you")).toContain("pattern:i-will-hurt-you:kill:I will k i l l you");
    expect(rules("k.i.l.l yourself")).toContain("pattern:kill-yourself:kill:k.i.l.l yourself");
    expect(detectAbuse("i will k-i-l-l you").categories).toContain("threat");
  });
  it("leaves other single-letter runs alone", () => {
    expect(rules("a b c d e")).toEqual([]);
    expect(rules("the s h o t was good")).toEqual([]);
  });
});

describe("negated insults", () => {
  it("reports no insult that a negation denies, and the detector does not flag it", () => {
    for (const text of ["you are not an idiot", "he is no idiot", "she isn't a total moron", "You're not a moron, you're just wrong"]) {
      expect(rules(text), text).toEqual([]);
      expect(detectAbuse(text).flagged, text).toBe(false);
    }
  });
  it("still flags the insult when the negation belongs elsewhere", () => {
    expect(detectAbuse("you are an idiot").flagged).toBe(true);
    expect(rules("not an idiot, a fucking moron")).toContain("lexicon:insult:moron:moron");
    expect(rules("No. Idiot.")).toContain("lexicon:insult:idiot:Idiot");
  });
  it("keeps the negated word from the model's input", () => {
    const text = "you are not an idiot";
    expect(modelInput(text, findAbuseMatches(text))).toBe("you are not an ");
  });
});

describe("words inside links", () => {
  it("reports the link, not the words in it", () => {
    const text = "see https://example.com/fuck-this-shit for details";
    expect(rules(text)).toEqual(["spam:link:example.com:https://example.com/fuck-this-shit"]);
    expect(detectAbuse(text).flagged).toBe(false);
    expect(rules("read www.asshole.com")).toEqual(["spam:link:asshole.com:www.asshole.com"]);
  });
  it("gives the model a neutral token for a link, and canonical terms for evasions", () => {
    const text = "f.u.c.k this, see http://bit.ly/idiot123";
    expect(modelInput(text, findAbuseMatches(text))).toBe("fuck this, see URL");
  });
  it("still reports abuse next to a link", () => {
    expect(rules("fuck you, see www.example.com")).toContain("phrase:insult:fuck you:fuck you");
  });
});

describe("surnames", () => {
  it("reads Cumming beside another capitalised name as a name", () => {
    expect(rules("Alan Cumming starred in the play")).toEqual([]);
    expect(rules("Jamie Cumming scored twice")).toEqual([]);
  });
});

describe("the model reads what the rules joined", () => {
  it("spells a spelled-out kill verb whole for the model, so a bare one is flagged too", () => {
    const text = "k i l l you";
    expect(modelInput(text, findAbuseMatches(text))).toBe("kill you");
    expect(detectAbuse(text).categories).toContain("threat");
  });
});

describe("naming threat and identity_attack", () => {
  it("names neither without a word of violence or a named group, and flags the same comments", () => {
    for (const text of ["fuck this", "what a load of crap", "shit article, total garbage"]) {
      const r = detectAbuse(text);
      expect(r.flagged, text).toBe(true);
      expect(r.categories, text).not.toContain("threat");
      expect(r.categories, text).not.toContain("identity_attack");
      expect(r.categoryScores.threat + r.categoryScores.identity_attack, text).toBe(0);
    }
  });

  it("still names them when the text has the cue", () => {
    expect(detectAbuse("I will find you and kill you").categories).toEqual(["threat"]);
    expect(detectAbuse("k i l l yourself").categories).toEqual(["threat"]);
    expect(detectAbuse("muslims are animals").categories).toEqual(["identity_attack"]);
    expect(detectAbuse("go back to your country").categories).toContain("identity_attack");
    expect(detectAbuse("negroes are animals").categories).toContain("identity_attack");
  });

  it("does not count words inside an allow-listed phrase as a cue", () => {
    expect(detectAbuse("kill the bill").categories).not.toContain("threat");
  });
});

describe("allow-listed phrases and the model", () => {
  it("leaves the phrase out of the model's input, so its words alone cannot flag it", () => {
    const input = (text: string) => modelInput(text, findAbuseMatches(text));
    expect(input("kill the bill")).toBe("");
    expect(input("The band Pussy Riot protested")).toBe("The band  protested");
    // A single allow-listed word too: the model's character n-grams would read "cock" in "cocktail".
    expect(input("a cocktail bar")).toBe("a  bar");
    expect(input("a cocktail bar, you prick")).toContain("prick");
    for (const text of ["kill the bill", "The band Pussy Riot protested outside", "I could kill for a coffee right now", "I'm sick of these potholes.", "He is a real pussycat", "She looks drop dead gorgeous", "Stupid me, I forgot the date"]) expect(detectAbuse(text).flagged, text).toBe(false);
    expect(detectAbuse("kill the bill, you idiot").categories).toContain("insult");
  });
});

describe("model spans", () => {
  it("point at a word the rules joined, not at the word beside it", () => {
    const text = "k i l l you";
    const r = detectAbuse(text);
    expect(r.flagged).toBe(true);
    const model = r.matches.filter((m) => m.rule === "model");
    expect(model.map((m) => text.slice(m.start, m.end))).toEqual(["k i l l"]);
  });
});

describe("spam", () => {
  it("is flagged on two kinds of signal, with the spans that show them", () => {
    for (const text of ["EARN MONEY ONLINE!!! $5000 per week from home, click here http://bit.ly/xyz", "buy cheap pills at http://x.biz", "I make $85 an hour working from home. Check my profile http://moneyjob.example.com"]) {
      const r = detectAbuse(text);
      expect(r.categories, text).toContain("spam");
      expect(r.matches.filter((m) => m.category === "spam").length, text).toBeGreaterThanOrEqual(2);
    }
  });

  it("is not flagged on one kind of signal, however often it occurs", () => {
    for (const text of [
      "Sources: https://www.bbc.co.uk/news/1, https://www.theguardian.com/2, https://time.com/3 and https://reuters.com/4",
      "See the council minutes at https://example.gov/minutes",
      "Details at bit.ly/council-minutes",
      "Email me at jo@example.com or jo@example.org",
    ]) expect(detectAbuse(text).categories, text).not.toContain("spam");
  });
});
