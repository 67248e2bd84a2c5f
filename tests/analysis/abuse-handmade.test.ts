// Threats, identity attacks and spam written the way people write them, beyond the forms the dev sets
// hold (a probe round of our own devising missed each of these), each beside the innocent sentence that
// shares its words, so that widening a rule cannot pass unnoticed.
import { describe, expect, it } from "vitest";
import { detectAbuse } from "../../src/analysis/abuse/index";
import { expectClean, expectFlagged, expectNamed } from "../helpers/abuse-expect";
import { modelInput } from "../../src/analysis/abuse/model-input";
import { findAbuseMatches } from "../../src/analysis/abuse/rules";

const rulesOf = (text: string) => findAbuseMatches(text).map((m) => `${m.rule}:${m.category}:${text.slice(m.start, m.end)}`);

describe("threats aimed at a person", () => {
  const cases: Array<[string, string]> = [
    ["I will end you", "pattern:i-will-end-you:threat:I will end you"],
    ["I'll make you regret this", "pattern:i-will-make-you-pay:threat:I'll make you regret"],
    ["you're dead meat", "pattern:you-are-dead:threat:you're dead meat"],
    ["I'll find where you live", "pattern:know-where-you-live:threat:I'll find where you live"],
    ["they should all be shot", "pattern:should-be:threat:should all be shot"],
    ["he deserves a bullet", "phrase:threat:threat:deserves a bullet"],
    ["die in a fire", "phrase:threat:threat:die in a fire"],
    ["I'll break your face", "phrase:threat:threat:break your face"],
  ];
  it.each(cases)("%s", (text, span) => {
    expect(rulesOf(text)).toContain(span);
    expect(detectAbuse(text).categories).toContain("threat");
  });
  it("leaves the same words alone when nobody is threatened", () => {
    expectClean([
      "I can't find where you live on the map", "The deal will end your contract early", "The policy will make you regret not saving",
      "He was dead meat after the first round of the quiz", "They should all be thanked", "You will pay for this with higher taxes",
    ]);
  });
});

describe("evasions of a threat's words", () => {
  it("reads a starred-out word of violence and the euphemism \"unalive\"", () => {
    expect(rulesOf("I will k*ll you")).toContain("pattern:i-will-hurt-you:threat:I will k*ll you");
    expect(rulesOf("unalive yourself")).toContain("pattern:kill-yourself:threat:unalive yourself");
    expect(detectAbuse("the k*ll count").flagged).toBe(false);
  });
  it('reads an inverted "¡" inside a word as i, and leaves Spanish punctuation alone', () => {
    expect(rulesOf("sh¡t")).toContain("lexicon:profanity:profanity:sh¡t");
    expect(findAbuseMatches("¡Hola amigo! ¡Qué bueno!")).toEqual([]);
  });
});

describe("attacks on a group", () => {
  const cases: Array<[string, string]> = [
    ["muslims should be deported", "pattern:group-should-go:identity_attack:muslims should be deported"],
    ["jews control the media", "pattern:group-controls:identity_attack:jews control the media"],
    ["women belong in the kitchen", "phrase:identity:identity_attack:belong in the kitchen"],
  ];
  it.each(cases)("%s", (text, span) => {
    expect(rulesOf(text)).toContain(span);
    expect(detectAbuse(text).categories).toContain("identity_attack");
  });
  it("leaves ordinary sentences about the same groups alone", () => {
    expectClean([
      "Immigrants should be welcomed", "Women belong in the boardroom", "Men should be banned from smoking here? No.",
      "Chinese investors own the banks in that district", "I'd love to go back to Africa one day", "The senator should be removed from the committee",
    ]);
  });
});

describe("spam", () => {
  it("flags a drug offer with a link, and a dating lure with a link", () => {
    expectNamed(["BUY CHEAP VIAGRA NOW www.pills4u.biz", "Hot singles in your area: www.dating.xyz"], "spam");
  });
  it("does not flag the lure's words alone", () => {
    expect(detectAbuse("Hot singles night at the club was fun").flagged).toBe(false);
  });
});

describe("sexuality said to someone's face as a charge", () => {
  it('flags "you\'re gay", "you are all gay", "you are clearly a homosexual"', () => {
    expect(rulesOf("so you are gay then!!!")).toContain("pattern:you-are-gay:identity_attack:you are gay");
    expectNamed(["you're gay", "Plus you are all gay for questioning this", "You are clearly a homosexual."], "identity_attack");
  });
  it("leaves a condition alone", () => {
    for (const text of ["If you are gay, you should be welcome here", "whether you are gay or straight"]) {
      expect(findAbuseMatches(text), text).toEqual([]);
      expect(detectAbuse(text).flagged, text).toBe(false);
    }
  });
});

describe('"fk" spellings', () => {
  it("reads fk, fking and fkn as the word they stand for", () => {
    for (const [text, term] of [["Fk off you nerd", "fk"], ["what a fkn moron", "fkn"], ["you were fking mean", "fking"]]) {
      expect(findAbuseMatches(text!).map((m) => m.term), text).toContain(term);
    }
  });
});

describe("places and idioms that contain a listed word", () => {
  it("leaves real place names, old words and British idioms alone", () => {
    expectClean([
      "The village of Shitterton in Dorset", "Twatt is a village in Orkney", "Bitche is a town in France", "Change at Cockfosters",
      "He spoke in a niggardly way about the budget", "Spic and span kitchen", "He went out for a fag", "What a cock-up by the council",
    ]);
  });
  it("still flags the same words aimed at someone", () => {
    expectFlagged(["you fag", "a fag like you", "what a twat", "dirty spic", "you bitch"]);
  });
});

describe("adjectives that insult only with a verb", () => {
  it('needs "are" before a pattern-only adjective, not before a noun', () => {
    expect(rulesOf("the results might drive you crazy")).toEqual([]);
    expect(rulesOf("you're crazy")).toContain("pattern:you-are-a:insult:you're crazy");
    expect(rulesOf("you racist")).toContain("pattern:you-are-a:insult:you racist");
  });
  it("leaves reviewers' idioms alone", () => {
    for (const text of ["A sequence of shoot 'em up scenes.", "a knee jerk reaction", "it sucks you in"]) {
      expect(findAbuseMatches(text), text).toEqual([]);
    }
  });
});

describe("incitement, veiled threats and first-person harm", () => {
  it("flags them", () => {
    for (const [text, rule] of [
      ["someone should shoot the mayor", "pattern:someone-should"], ["you will regret this", "pattern:you-will-regret"],
      ["I'm going to hurt you", "pattern:i-will-hurt-you"],
    ] as const) {
      expect(findAbuseMatches(text).map((m) => m.rule), text).toContain(rule);
      expect(detectAbuse(text).categories, text).toContain("threat");
    }
  });
  it("leaves the same words alone elsewhere", () => {
    expectClean([
      "Someone should shoot a documentary about this town", "You will regret not buying one", "It will hurt them in the polls",
      "I will beat you at chess next time", "We will beat them in the final", "I don't want to hurt you",
    ]);
  });
});

describe("links spelled to slip past filters", () => {
  it("flags a whole address spelled out, and counts a named site as one signal", () => {
    expectNamed(["www dot cheap-meds dot com", "check out bit(.)ly/abc", "visit w w w .scam .biz now"], "spam");
    expect(findAbuseMatches("See example dot com for the docs").map((m) => m.rule)).toEqual(["spam:hidden-link"]);
    expect(detectAbuse("See example dot com for the docs").flagged).toBe(false);
    for (const text of ["the U.S. Army", "Mr. T. Smith", "the score was 2 . 1"]) expect(findAbuseMatches(text), text).toEqual([]);
  });
});

describe("sexual harassment", () => {
  it("is named sexual", () => {
    expectNamed(["show me your boobs", "nice tits", "I'd bang her", "suck my d1ck", "send nudes"], "sexual");
  });
  it("while talk about sex, porn or bodies is not flagged", () => {
    expectClean(["Porn is a problem in schools, the report says", "Sex education starts at 11", "breast cancer awareness month", "a nice rack of lamb"]);
  });
});

describe("unusual letters and spellings", () => {
  it("reads negative squared letters, small capitals, ¢, and spellings of the word the model never saw", () => {
    expectFlagged(["🅵🆄🅲🅺 you", "ꜰᴜᴄᴋ you", "ƒυ¢к you", "fxck you", "f@ck you"]);
    expect(modelInput("fxck you", findAbuseMatches("fxck you"))).toBe("fuck you");
    expectClean(["It costs 50¢ now", "🅰🅱🅲 news", "Fake news again"]);
  });
});

describe("insults the writer says of themselves", () => {
  it("are no insult when plain, and still profanity when profane", () => {
    expectClean(["I'm such an idiot, I forgot my keys again.", "Im such an idiot lol", "I am a total moron sometimes"]);
    expectNamed(["you are such an idiot", "I think he is such an idiot", "I'm sure you are an idiot"], "insult");
    expect(detectAbuse("I'm such a bitch sometimes lol").flagged).toBe(true);
  });
});
