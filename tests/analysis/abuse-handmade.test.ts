// Threats, identity attacks and spam written the way people write them, beyond the forms the dev sets
// hold (a probe round of our own devising missed each of these), each beside the innocent sentence that
// shares its words, so that widening a rule cannot pass unnoticed.
import { describe, expect, it } from "vitest";
import { detectAbuse } from "../../src/analysis/abuse/index";
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
    for (const text of [
      "I can't find where you live on the map", "The deal will end your contract early", "The policy will make you regret not saving",
      "He was dead meat after the first round of the quiz", "They should all be thanked", "You will pay for this with higher taxes",
    ]) expect(detectAbuse(text).flagged, text).toBe(false);
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
    for (const text of [
      "Immigrants should be welcomed", "Women belong in the boardroom", "Men should be banned from smoking here? No.",
      "Chinese investors own the banks in that district", "I'd love to go back to Africa one day", "The senator should be removed from the committee",
    ]) expect(detectAbuse(text).flagged, text).toBe(false);
  });
});

describe("spam", () => {
  it("flags a drug offer with a link, and a dating lure with a link", () => {
    for (const text of ["BUY CHEAP VIAGRA NOW www.pills4u.biz", "Hot singles in your area: www.dating.xyz"]) {
      expect(detectAbuse(text).categories, text).toContain("spam");
    }
  });
  it("does not flag the lure's words alone", () => {
    expect(detectAbuse("Hot singles night at the club was fun").flagged).toBe(false);
  });
});

describe("sexuality said to someone's face as a charge", () => {
  it('flags "you\'re gay", "you are all gay", "you are clearly a homosexual"', () => {
    expect(rulesOf("so you are gay then!!!")).toContain("pattern:you-are-gay:identity_attack:you are gay");
    for (const text of ["you're gay", "Plus you are all gay for questioning this", "You are clearly a homosexual."]) {
      expect(detectAbuse(text).categories, text).toContain("identity_attack");
    }
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
    for (const text of [
      "The village of Shitterton in Dorset", "Twatt is a village in Orkney", "Bitche is a town in France", "Change at Cockfosters",
      "He spoke in a niggardly way about the budget", "Spic and span kitchen", "He went out for a fag", "What a cock-up by the council",
    ]) expect(detectAbuse(text).flagged, text).toBe(false);
  });
  it("still flags the same words aimed at someone", () => {
    for (const text of ["you fag", "a fag like you", "what a twat", "dirty spic", "you bitch"]) {
      expect(detectAbuse(text).flagged, text).toBe(true);
    }
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
    for (const text of [
      "Someone should shoot a documentary about this town", "You will regret not buying one", "It will hurt them in the polls",
      "I will beat you at chess next time", "We will beat them in the final", "I don't want to hurt you",
    ]) expect(detectAbuse(text).flagged, text).toBe(false);
  });
});

describe("links spelled to slip past filters", () => {
  it("flags a whole address spelled out, and counts a named site as one signal", () => {
    for (const text of ["www dot cheap-meds dot com", "check out bit(.)ly/abc", "visit w w w .scam .biz now"]) {
      expect(detectAbuse(text).categories, text).toContain("spam");
    }
    expect(findAbuseMatches("See example dot com for the docs").map((m) => m.rule)).toEqual(["spam:hidden-link"]);
    expect(detectAbuse("See example dot com for the docs").flagged).toBe(false);
    for (const text of ["the U.S. Army", "Mr. T. Smith", "the score was 2 . 1"]) expect(findAbuseMatches(text), text).toEqual([]);
  });
});

describe("sexual harassment", () => {
  it("is named sexual", () => {
    for (const text of ["show me your boobs", "nice tits", "I'd bang her", "suck my d1ck", "send nudes"]) {
      expect(detectAbuse(text).categories, text).toContain("sexual");
    }
  });
  it("while talk about sex, porn or bodies is not flagged", () => {
    for (const text of ["Porn is a problem in schools, the report says", "Sex education starts at 11", "breast cancer awareness month", "a nice rack of lamb"]) {
      expect(detectAbuse(text).flagged, text).toBe(false);
    }
  });
});

describe("unusual letters and spellings", () => {
  it("reads negative squared letters, small capitals, ¢, and spellings of the word the model never saw", () => {
    for (const text of ["🅵🆄🅲🅺 you", "ꜰᴜᴄᴋ you", "ƒυ¢к you", "fxck you", "f@ck you"]) expect(detectAbuse(text).flagged, text).toBe(true);
    expect(modelInput("fxck you", findAbuseMatches("fxck you"))).toBe("fuck you");
    for (const text of ["It costs 50¢ now", "🅰🅱🅲 news", "Fake news again"]) expect(detectAbuse(text).flagged, text).toBe(false);
  });
});

describe("insults the writer says of themselves", () => {
  it("are no insult when plain, and still profanity when profane", () => {
    for (const text of ["I'm such an idiot, I forgot my keys again.", "Im such an idiot lol", "I am a total moron sometimes"]) {
      expect(detectAbuse(text).flagged, text).toBe(false);
    }
    for (const text of ["you are such an idiot", "I think he is such an idiot", "I'm sure you are an idiot"]) {
      expect(detectAbuse(text).categories, text).toContain("insult");
    }
    expect(detectAbuse("I'm such a bitch sometimes lol").flagged).toBe(true);
  });
});

describe("a fourth round: idioms of violence, praise and evasions", () => {
  it("leaves sporting, bodily and legislative killing alone", () => {
    for (const text of [
      "I'll kill you at tennis tomorrow!", "We're going to destroy you at the quiz", "My feet are killing me after that hike",
      "You're killing me, this is too funny", "The bill should be killed in committee.", "That idea should be shot down",
      "He is the butt of jokes in the office",
    ]) expect(detectAbuse(text).flagged, text).toBe(false);
    for (const text of ["I'll kill you at your house", "The mayor should be killed", "I will kill you"]) {
      expect(detectAbuse(text).categories, text).toContain("threat");
    }
  });
  it("reads an insult adjective before praise as a degree word", () => {
    for (const text of ["You are crazy talented", "you're stupid good at this game"]) expect(detectAbuse(text).flagged, text).toBe(false);
    for (const text of ["You are crazy", "you're stupid and talentless"]) expect(detectAbuse(text).categories, text).toContain("insult");
  });
  it("catches wishes of harm on someone's family, dehumanising words and spellings of profanity", () => {
    expect(detectAbuse("hope your family dies").categories).toContain("threat");
    expect(detectAbuse("I hope your family does well").flagged).toBe(false);
    expect(detectAbuse("you are subhuman").categories).toContain("insult");
    expect(detectAbuse("subhuman living conditions in the camps").flagged).toBe(false);
    for (const text of ["shut the f up", "mthrfckr"]) expect(detectAbuse(text).flagged, text).toBe(true);
  });
  it("reads a money offer written with a dollar sign as money, with no link beside it", () => {
    expect(findAbuseMatches("Make $5000 a week from home!!! click here").map((m) => m.rule)).toContain("spam:money");
    expect(detectAbuse("Make $5000 a week from home!!! click here").categories).toContain("spam");
    expect(detectAbuse("The council spent $5000 a week on consultants").flagged).toBe(false);
  });
});

describe("a fifth round: names after titles, admissions, veiled threats", () => {
  it("reads a name after a title and an insult the writer owns afterwards", () => {
    for (const text of [
      "Mrs. Cummings taught us Latin.", "Dr. Dick saw me yesterday", "What an idiot I was to trust the forecast.", "What a fool I was!",
      "Homemade cock-a-leekie soup", "Dumb luck got us through.", "Whore of Babylon imagery in Revelation",
    ]) expect(detectAbuse(text).flagged, text).toBe(false);
    for (const text of ["What an idiot you are", "she is such a troll im so glad she left", "what a moron I am talking to"]) {
      expect(detectAbuse(text).categories, text).toContain("insult");
    }
  });
  it("catches promises and wishes of harm, and waves at the same words that carry none", () => {
    for (const text of [
      "I'm coming for you.", "we are coming for your kids", "I'll put you six feet under", "do the world a favour and die",
      "I hope you choke", "I'd love to punch your face in", "your house is going to burn tonight",
    ]) expect(detectAbuse(text).categories, text).toContain("threat");
    for (const text of ["I'm coming for you at five to pick up the kids", "The storm is coming for you", "I hope you choose wisely"]) {
      expect(detectAbuse(text).flagged, text).toBe(false);
    }
  });
  it("catches letter-dropped profanity and group tropes", () => {
    for (const text of ["go f yourself", "f off", "you're a nonce", "all jews are greedy", "go back to your own country"]) {
      expect(detectAbuse(text).flagged, text).toBe(true);
    }
    for (const text of ["I got an F, you know", "The greedy landlord raised the rent", "He went back to his own country"]) {
      expect(detectAbuse(text).flagged, text).toBe(false);
    }
  });
});

describe("words of bad-words' list in their innocent senses", () => {
  it("leaves swords, fingers, dams, rivers and cat breeds alone, and the same words aimed at someone flagged", () => {
    for (const text of [
      "He owns a bastard sword from the 15th century.", "Prick your finger to test your blood sugar.", "The Dutch built a dyke to hold back the sea.",
      "We walked Offa's Dyke last summer", "The fire retardant coating failed.", "The Rio Negro joins the Amazon at Manaus.", "A Maine coon cat is a large breed.",
    ]) expect(detectAbuse(text).flagged, text).toBe(false);
    for (const text of ["you bastard", "you prick", "you dyke", "stupid coon"]) expect(detectAbuse(text).flagged, text).toBe(true);
  });
});

describe("the dictionary sweep's innocent words (scripts/abuse-dictionary-sweep.ts)", () => {
  it("leaves words that contain or inflect a listed term alone", () => {
    for (const text of [
      "The audience sniggered at the joke.", "Add the spices to the pan.", "The Duchess of Sussex visited.", "The rules are looser now.",
      "The jerk chicken was amazing.", "The circus clown made the kids laugh.", "Happy April Fools' Day!", "A chink of light came through the door.",
      "He mishit the ball into the rough.", "The cock crowed at dawn.", "We went shooting craps in Vegas.", "Pollack and cod are cheap fish.",
      "The patient has idiopathic pulmonary fibrosis.", "She pussyfooted around the question.",
      // Places and people from a sweep of 19,790 place names: "We drove through … on the way to the coast."
      "We drove through Clowne on the way to the coast.", "We drove through Gaylord on the way to the coast.", "Chris Pratt starred in the film.",
      "Gaylord Perry was a great pitcher.", "The resort at Squaw Valley reopened.", "We flew to Rotterdam for the conference.",
      "Sheila Dikshit was Chief Minister of Delhi.", "Senator Shittu said on Tuesday that the bill would pass.",
    ]) expect(detectAbuse(text).flagged, text).toBe(false);
  });
  it("still reads the listed words aimed at someone", () => {
    for (const text of ["you are a looser", "what a clown", "you jerk", "you spic", "stop sniggering, nigger"]) {
      expect(detectAbuse(text).flagged, text).toBe(true);
    }
  });
});

describe("spam made of phrases", () => {
  it("counts two different spam phrases as two signals, one phrase twice as one", () => {
    for (const text of ["Crypto investment opportunity with guaranteed income of 30% weekly. DM me", "Visit my profile for exclusive content"]) {
      expect(detectAbuse(text).categories, text).toContain("spam");
    }
    expect(detectAbuse("Visit my profile! Visit my profile!").flagged).toBe(false);
    for (const text of ["Tickets cost $25 a day for adults.", "Read the study here: https://doi.org/10.1038/s41586-020-2649-2"]) {
      expect(detectAbuse(text).flagged, text).toBe(false);
    }
  });
});

describe("a round of identity attacks", () => {
  it("catches the slogans and the order to leave, and leaves trips and comparisons alone", () => {
    for (const text of ["Go back to Africa", "You should go back to Mexico", "The only good Indian is a dead Indian", "Asians are all the same, can't tell them apart", "Hitler was right about the jews"]) {
      expect(detectAbuse(text).categories, text).toContain("identity_attack");
    }
    for (const text of ["I'd love to go back to Africa one day", "We go back to Mexico in May", "I can't wait to go back to India", "The only good thing is a dead battery", "Politicians are all the same"]) {
      expect(detectAbuse(text).flagged, text).toBe(false);
    }
  });
});

describe("a round of insults", () => {
  it("catches insults without a listed word, and leaves the words' other senses alone", () => {
    for (const text of ["You have the IQ of a potato", "You're an embarrassment to your family", "you are so dense", "Your mother should have swallowed you"]) {
      expect(detectAbuse(text).categories, text).toContain("insult");
    }
    expect(findAbuseMatches("You absolute muppet").map((m) => m.rule)).toContain("pattern:you-are-a");
    expect(detectAbuse("You absolute muppet").flagged).toBe(true);
    for (const text of ["The dense fog closed the airport.", "The Muppet Show returns", "It was an embarrassment for the government", "That's an embarrassment of riches for the team."]) {
      expect(detectAbuse(text).flagged, text).toBe(false);
    }
  });
});

describe("a round of direct threats", () => {
  it("catches them, and leaves the same verbs alone when nobody is threatened", () => {
    for (const text of [
      "Keep talking and see what happens to you", "I know your address, see you soon", "I hope someone runs you over", "Let's burn his house down",
      "You're going to get what's coming to you", "I'm going to beat you senseless", "Someone should teach her a lesson she won't forget", "Next time I see you, you're dead",
    ]) expect(detectAbuse(text).categories, text).toContain("threat");
    for (const text of ["I'm going to find you a better seat.", "You're dead wrong about this", "She'll teach the class a lesson on fractions.", "Let's burn the old leaves in the garden."]) {
      expect(detectAbuse(text).flagged, text).toBe(false);
    }
  });
});
