import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Filter } from "bad-words";
import { normalizeText } from "../../src/analysis/abuse/normalize-text";
import { detectAbuse } from "../../src/analysis/abuse/index";
import { ruleEvidence } from "../../src/analysis/abuse/evidence";
import { findAbuseMatches } from "../../src/analysis/abuse/rules";
import { PROFANITY_LEXICON, PROFANITY_REMOVED } from "../../src/analysis/abuse/lexicon-profanity.generated";
import { adversarialText } from "../../bench/speed/abuse-rules";

const spans = (text: string) => findAbuseMatches(text).map((m) => ({ text: text.slice(m.start, m.end), category: m.category, term: m.term, rule: m.rule }));

describe("evasion probes", () => {
  const evasions: Array<[string, string]> = [
    ["f.u.c.k this", "fuck"],
    ["f u c k this", "fuck"],
    ["what the fμck", "fuck"], // Greek mu
    ["what an іdiot", "idiot"], // Cyrillic і
    ["ｆｕｃｋ off", "fuck"], // full-width
    ["total sh1t", "shit"],
    ["fuuuuuck", "fuck"],
    ["fu\u200bck\u200d this", "fuck"], // zero-width inside
    ["f*ck it", "fuck"],
    ["such an a$$hole", "asshole"],
    ["f-u-c-k", "fuck"],
    ["𝐟𝐮𝐜𝐤 everything", "fuck"], // mathematical bold
    ["b!tch please", "bitch"],
    ["ṡḧïẗ", "shit"], // stacked diacritics
    ["ƒuck that", "fuck"], // Latin f with hook
  ];
  it("catches at least 14 of 15 evasions, with the canonical term", () => {
    const caught = evasions.filter(([text, term]) => findAbuseMatches(text).some((m) => m.term === term || m.term.includes(term)));
    const missed = evasions.filter((e) => !caught.includes(e)).map(([t]) => t);
    expect(missed.length, `missed: ${missed.join(" | ")}`).toBeLessThanOrEqual(1);
  });
  it("the whole detector (model + rules) flags at least 14 of 15", () => {
    const missed = evasions.filter(([text]) => !detectAbuse(text).flagged).map(([t]) => t);
    expect(missed.length, `missed: ${missed.join(" | ")}`).toBeLessThanOrEqual(1);
  });
});

describe("names after a word that introduces one", () => {
  it('reads "with Dick" and "thanks to Dick" as a name, "a Dick" and "with DICK" as an insult', () => {
    for (const text of ["Enjoying a cocktail with Dick", "Thanks to Dick for the photos", "Jane and Dick went home"]) expect(detectAbuse(text).flagged, text).toBe(false);
    for (const text of ["you are a Dick", "shut up, Dick", "with DICK"]) expect(detectAbuse(text).flagged, text).toBe(true);
  });
});

describe("vowel-dropped spellings", () => {
  it('flags "fck" and "fvck" forms, but not the football club', () => {
    for (const text of ["fck off", "fvck you", "what the fcking hell"]) expect(detectAbuse(text).flagged, text).toBe(true);
    expect(detectAbuse("1. FCK Kaiserslautern won at home").flagged).toBe(false);
  });
});

describe("leetspeak: a doubled 1 or | reads ll", () => {
  it('reads "ki11" as kill and "a11" as all, but leaves numbers and a single 1 alone', () => {
    expect(findAbuseMatches("ki11 yourself").map((m) => m.term)).toContain("kill");
    expect(detectAbuse("I will ki11 you").categories).toContain("threat");
    expect(findAbuseMatches("total sh1t").map((m) => m.term)).toContain("shit");
    for (const text of ["Room 1101 at 11", "win 11 games", "the bi11 passed"]) expect(detectAbuse(text).flagged, text).toBe(false);
  });
});

describe("innocent probes", () => {
  const innocent = [
    "Scunthorpe United won again", "Essex and Sussex police", "a cocktail party downtown", "the assassin was caught",
    "that was a hell of a game", "Dick Cheney said on Sunday", "I reread Moby Dick", "God bless America",
    "the Nazi era in Germany", "Kill the bill, say unions", "I could kill for a coffee", "the therapist retired",
    "grape harvest is late", "class pass bass", "Samsung Galaxy A55 review", "Trump's hit on the budget",
    "magna cum laude graduate", "Philip K. Dick wrote it",
  ];
  it("flags at most 1 of 18 innocent phrases", () => {
    const flagged = innocent.filter((t) => findAbuseMatches(t).length > 0);
    expect(flagged.length, `flagged: ${flagged.join(" | ")}`).toBeLessThanOrEqual(1);
  });
  it("the whole detector (model + rules) flags at most 1 of 18", () => {
    const flagged = innocent.filter((t) => detectAbuse(t).flagged);
    expect(flagged.length, `flagged: ${flagged.join(" | ")}`).toBeLessThanOrEqual(1);
  });
  it("leaves words bad-words flags in ordinary discussion alone", () => {
    const f = new Filter();
    for (const t of ["God bless", "hell of a game", "the Nazi era"]) {
      expect(f.isProfane(t)).toBe(true); // the baseline's false positive…
      expect(findAbuseMatches(t)).toEqual([]); // …that we avoid
    }
  });
});

describe("categories with spans into the original text", () => {
  it("profanity over look-alikes and separators", () => {
    expect(spans("well f.u.c.k me")).toContainEqual(expect.objectContaining({ text: "f.u.c.k", category: "profanity", term: "fuck" }));
    expect(spans("oh fμck")).toContainEqual(expect.objectContaining({ text: "fμck", category: "profanity" }));
    expect(spans("so fu\u200bck")).toContainEqual(expect.objectContaining({ text: "fu\u200bck" }));
  });
  it("insult patterns aimed at people", () => {
    expect(spans("You're an IDIOT!")).toContainEqual({ text: "You're an IDIOT", category: "insult", term: "idiot", rule: "pattern:you-are-a" });
    expect(spans("what a loser")).toContainEqual(expect.objectContaining({ text: "what a loser", category: "insult" }));
    expect(spans("you nazi")).toContainEqual(expect.objectContaining({ text: "you nazi", category: "insult", term: "nazi" }));
  });
  it("insult patterns need a person, not a thing or a verb", () => {
    expect(spans("this is a stupid idea").map((m) => m.rule)).not.toContain("pattern:is-a");
    expect(spans("you piss him off").map((m) => m.rule)).not.toContain("pattern:you-are-a");
    expect(spans("you are so stupid and lazy")).toContainEqual(expect.objectContaining({ rule: "pattern:you-are-a", term: "stupid" }));
    expect(findAbuseMatches("said Mr Stack (Dick's CEO)")).toEqual([]);
    expect(findAbuseMatches("see the AAS's page")).toEqual([]);
  });
  it("threats", () => {
    expect(spans("Kill yourself.")).toContainEqual(expect.objectContaining({ text: "Kill yourself", category: "threat" }));
    expect(spans("I will find you")).toContainEqual(expect.objectContaining({ text: "I will find you", category: "threat" }));
    expect(spans("I know where you live")).toContainEqual(expect.objectContaining({ text: "I know where you live", category: "threat" }));
    expect(spans("he should be hanged")).toContainEqual(expect.objectContaining({ text: "should be hanged", category: "threat", term: "hanged" }));
    expect(spans("I'm gonna kill you")).toContainEqual(expect.objectContaining({ text: "I'm gonna kill you", category: "threat" }));
    expect(spans("just hang them on tv")).toContainEqual(expect.objectContaining({ text: "hang them", category: "threat", rule: "pattern:kill-them" }));
    expect(spans("hope he rots")).toContainEqual(expect.objectContaining({ text: "hope he rots", category: "threat" }));
  });
  it("inflected insults keep their category (idiots, morons)", () => {
    expect(spans("bunch of idiots and morons").map((m) => m.term)).toEqual(["idiot", "moron"]);
  });
  it("identity attacks: slurs and group + dehumanising predicate", () => {
    expect(spans("Russians are all thieves")).toContainEqual(expect.objectContaining({ category: "identity_attack", term: "thieves" }));
    expect(spans("Muslims are animals")).toContainEqual(expect.objectContaining({ text: "Muslims are animals", category: "identity_attack" }));
    expect(spans("black people are subhuman")).toContainEqual(expect.objectContaining({ category: "identity_attack", term: "subhuman" }));
    expect(spans("typical n1gger")).toContainEqual(expect.objectContaining({ text: "n1gger", category: "identity_attack" }));
  });
  it("sexual", () => {
    expect(spans("suck my d1ck")).toContainEqual(expect.objectContaining({ text: "suck my d1ck", category: "sexual" }));
  });
  it("spam: links, money, contact, shouting, repetition", () => {
    const t = "Earn $5000 a week from home!!! visit bit.ly/xyz or call +1 555 123 4567";
    const s = spans(t);
    expect(s).toContainEqual(expect.objectContaining({ text: "$5000 a week", rule: "spam:money" }));
    expect(s).toContainEqual(expect.objectContaining({ text: "bit.ly/xyz", rule: "spam:short-link" }));
    expect(s).toContainEqual(expect.objectContaining({ text: "+1 555 123 4567", rule: "spam:contact" }));
    expect(spans("THIS IS AN OUTRAGE AND EVERYONE SHOULD KNOW ABOUT IT NOW")).toContainEqual(expect.objectContaining({ rule: "spam:shouting" }));
    expect(spans("buy buy buy buy now")).toContainEqual(expect.objectContaining({ text: "buy buy buy buy", rule: "spam:repetition" }));
    expect(findAbuseMatches("see https://news.example.com/a", { allowedDomains: ["example.com"] })).toEqual([]);
  });
});

describe("ruleEvidence", () => {
  it("is in [0, 1], zero without matches, higher with stronger matches", () => {
    const none = ruleEvidence([]);
    expect(Object.values(none).every((v) => v === 0)).toBe(true);
    const mild = ruleEvidence(findAbuseMatches("damn"));
    const strong = ruleEvidence(findAbuseMatches("you are a fucking idiot"));
    expect(mild.profanity).toBeGreaterThan(0);
    expect(strong.insult).toBeGreaterThan(0.8);
    expect(strong.profanity).toBeGreaterThan(mild.profanity);
    for (const v of Object.values(strong)) expect(v).toBeLessThanOrEqual(1);
  });
});

describe("normalisation", () => {
  it("maps every output character back into the original", () => {
    const text = "F.U.C.K   y0u 𝐟𝐮𝐜𝐤 fuuuuck";
    const n = normalizeText(text);
    expect(n.text).toBe("fuck you fuck fuck");
    expect(text.slice(n.start[5]!, n.end[7]!)).toBe("y0u");
    expect(text.slice(n.start[9]!, n.end[12]!)).toBe("𝐟𝐮𝐜𝐤");
  });
  it("keeps numbers as numbers", () => {
    expect(normalizeText("in 2024 we paid $100").text).toBe("in we paid");
  });
});

describe("lexicon curation", () => {
  it("keeps bad-words' list minus the documented removals", () => {
    const terms = new Set(PROFANITY_LEXICON.map(([t]) => t));
    for (const w of ["god", "hell", "nazi", "sex"]) expect(PROFANITY_REMOVED).toContain(w);
    for (const w of ["fuck", "shit", "cunt", "asshole"]) expect(terms.has(w)).toBe(true);
  });
});

describe("hostile input", () => {
  it("returns spans inside the original text for any input", () => {
    const alphabet = fc.constantFrom(..."fuck shit idiot you are a . - * $ 1 0 \u200b μ і ｆ 𝐟 ! ' \n @ bit.ly +1 555 ".split(" "));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "grapheme", maxLength: 80 }), fc.array(alphabet, { maxLength: 40 }).map((a) => a.join(""))), (text) => {
        for (const m of findAbuseMatches(text)) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(m.end).toBeGreaterThan(m.start);
        }
      }),
      { numRuns: 500 },
    );
  });
  it("moves on after symbols that start no number (regression: 'ctrl+f' stalled the contact scan)", () => {
    expect(findAbuseMatches("press ctrl+f for TMT, or a+b+c")).toEqual([]);
  });
  it("completes on 1 MB of adversarial text", () => {
    const text = adversarialText(1024 * 1024);
    const matches = findAbuseMatches(text);
    expect(matches.length).toBeGreaterThan(1000);
    for (const m of matches.slice(0, 200)) expect(m.end).toBeGreaterThan(m.start);
  });
});
