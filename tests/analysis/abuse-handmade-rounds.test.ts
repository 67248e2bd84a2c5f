// Session 9's hand-made rounds (scripts/abuse-probes/ holds the whole lists, run by scripts/abuse-probe.ts):
// each abusive form beside the innocent sentence that shares its words, so that widening a rule cannot
// pass unnoticed. The earlier rounds are in abuse-handmade.test.ts.
import { describe, expect, it } from "vitest";
import { detectAbuse } from "../../src/analysis/abuse/index";
import { expectClean, expectFlagged, expectNamed } from "../helpers/abuse-expect";
import { findAbuseMatches } from "../../src/analysis/abuse/rules";

describe("a fourth round: idioms of violence, praise and evasions", () => {
  it("leaves sporting, bodily and legislative killing alone", () => {
    expectClean([
      "I'll kill you at tennis tomorrow!", "We're going to destroy you at the quiz", "My feet are killing me after that hike",
      "You're killing me, this is too funny", "The bill should be killed in committee.", "That idea should be shot down",
      "He is the butt of jokes in the office",
    ]);
    expectNamed(["I'll kill you at your house", "The mayor should be killed", "I will kill you"], "threat");
  });
  it("reads an insult adjective before praise as a degree word", () => {
    expectClean(["You are crazy talented", "you're stupid good at this game"]);
    expectNamed(["You are crazy", "you're stupid and talentless"], "insult");
  });
  it("catches wishes of harm on someone's family, dehumanising words and spellings of profanity", () => {
    expect(detectAbuse("hope your family dies").categories).toContain("threat");
    expect(detectAbuse("I hope your family does well").flagged).toBe(false);
    expect(detectAbuse("you are subhuman").categories).toContain("insult");
    expect(detectAbuse("subhuman living conditions in the camps").flagged).toBe(false);
    expectFlagged(["shut the f up", "mthrfckr"]);
  });
  it("reads a money offer written with a dollar sign as money, with no link beside it", () => {
    expect(findAbuseMatches("Make $5000 a week from home!!! click here").map((m) => m.rule)).toContain("spam:money");
    expect(detectAbuse("Make $5000 a week from home!!! click here").categories).toContain("spam");
    expect(detectAbuse("The council spent $5000 a week on consultants").flagged).toBe(false);
  });
});

describe("a fifth round: names after titles, admissions, veiled threats", () => {
  it("reads a name after a title and an insult the writer owns afterwards", () => {
    expectClean([
      "Mrs. Cummings taught us Latin.", "Dr. Dick saw me yesterday", "What an idiot I was to trust the forecast.", "What a fool I was!",
      "Homemade cock-a-leekie soup", "Dumb luck got us through.", "Whore of Babylon imagery in Revelation",
    ]);
    expectNamed(["What an idiot you are", "she is such a troll im so glad she left", "what a moron I am talking to"], "insult");
  });
  it("catches promises and wishes of harm, and waves at the same words that carry none", () => {
    expectNamed([
      "I'm coming for you.", "we are coming for your kids", "I'll put you six feet under", "do the world a favour and die",
      "I hope you choke", "I'd love to punch your face in", "your house is going to burn tonight",
    ], "threat");
    expectClean(["I'm coming for you at five to pick up the kids", "The storm is coming for you", "I hope you choose wisely"]);
  });
  it("catches letter-dropped profanity and group tropes", () => {
    expectFlagged(["go f yourself", "f off", "you're a nonce", "all jews are greedy", "go back to your own country"]);
    expectClean(["I got an F, you know", "The greedy landlord raised the rent", "He went back to his own country"]);
  });
});

describe("words of bad-words' list in their innocent senses", () => {
  it("leaves swords, fingers, dams, rivers and cat breeds alone, and the same words aimed at someone flagged", () => {
    expectClean([
      "He owns a bastard sword from the 15th century.", "Prick your finger to test your blood sugar.", "The Dutch built a dyke to hold back the sea.",
      "We walked Offa's Dyke last summer", "The fire retardant coating failed.", "The Rio Negro joins the Amazon at Manaus.", "A Maine coon cat is a large breed.",
    ]);
    expectFlagged(["you bastard", "you prick", "you dyke", "stupid coon"]);
  });
});

describe("the dictionary sweep's innocent words (scripts/abuse-dictionary-sweep.ts)", () => {
  it("leaves words that contain or inflect a listed term alone", () => {
    expectClean([
      "The audience sniggered at the joke.", "Add the spices to the pan.", "The Duchess of Sussex visited.", "The rules are looser now.",
      "The jerk chicken was amazing.", "The circus clown made the kids laugh.", "Happy April Fools' Day!", "A chink of light came through the door.",
      "He mishit the ball into the rough.", "The cock crowed at dawn.", "We went shooting craps in Vegas.", "Pollack and cod are cheap fish.",
      "The patient has idiopathic pulmonary fibrosis.", "She pussyfooted around the question.",
      // Places and people from a sweep of 19,790 place names: "We drove through … on the way to the coast."
      "We drove through Clowne on the way to the coast.", "We drove through Gaylord on the way to the coast.", "Chris Pratt starred in the film.",
      "Gaylord Perry was a great pitcher.", "The resort at Squaw Valley reopened.", "We flew to Rotterdam for the conference.",
      "Sheila Dikshit was Chief Minister of Delhi.", "Senator Shittu said on Tuesday that the bill would pass.",
    ]);
  });
  it("still reads the listed words aimed at someone", () => {
    expectFlagged(["you are a looser", "what a clown", "you jerk", "you spic", "stop sniggering, nigger"]);
  });
});

describe("spam made of phrases", () => {
  it("counts two different spam phrases as two signals, one phrase twice as one", () => {
    expectNamed(["Crypto investment opportunity with guaranteed income of 30% weekly. DM me", "Visit my profile for exclusive content"], "spam");
    expect(detectAbuse("Visit my profile! Visit my profile!").flagged).toBe(false);
    expectClean(["Tickets cost $25 a day for adults.", "Read the study here: https://doi.org/10.1038/s41586-020-2649-2"]);
  });
});

describe("a round of identity attacks", () => {
  it("catches the slogans and the order to leave, and leaves trips and comparisons alone", () => {
    expectNamed(["Go back to Africa", "You should go back to Mexico", "The only good Indian is a dead Indian", "Asians are all the same, can't tell them apart", "Hitler was right about the jews"], "identity_attack");
    expectClean(["I'd love to go back to Africa one day", "We go back to Mexico in May", "I can't wait to go back to India", "The only good thing is a dead battery", "Politicians are all the same"]);
  });
});

describe("a round of insults", () => {
  it("catches insults without a listed word, and leaves the words' other senses alone", () => {
    expectNamed(["You have the IQ of a potato", "You're an embarrassment to your family", "you are so dense", "Your mother should have swallowed you"], "insult");
    expect(findAbuseMatches("You absolute muppet").map((m) => m.rule)).toContain("pattern:you-are-a");
    expect(detectAbuse("You absolute muppet").flagged).toBe(true);
    expectClean(["The dense fog closed the airport.", "The Muppet Show returns", "It was an embarrassment for the government", "That's an embarrassment of riches for the team."]);
  });
});

describe("a round of direct threats", () => {
  it("catches them, and leaves the same verbs alone when nobody is threatened", () => {
    expectNamed([
      "Keep talking and see what happens to you", "I know your address, see you soon", "I hope someone runs you over", "Let's burn his house down",
      "You're going to get what's coming to you", "I'm going to beat you senseless", "Someone should teach her a lesson she won't forget", "Next time I see you, you're dead",
    ], "threat");
    expectClean(["I'm going to find you a better seat.", "You're dead wrong about this", "She'll teach the class a lesson on fractions.", "Let's burn the old leaves in the garden."]);
  });
});

describe("a round of sexual harassment", () => {
  it("names it sexual, and leaves talk about sex and bodies alone", () => {
    expectNamed(["I'd love to bend you over", "she's only good for one thing", "I'd smash her", "what's your bra size, sweetie?"], "sexual");
    expectClean(["She bent over to pick up the keys.", "The bra shop on High Street closed.", "He smashed the record at the Olympics."]);
  });
});

describe("a third evasion round", () => {
  it("reads leet symbols that lead a word through more symbols, and more spellings of bitch", () => {
    expectFlagged(["you @$$hole", "@$$hole", "beyotch", "ⓕⓤⓒⓚ you", "𝓯𝓾𝓬𝓴 you", "f̶u̶c̶k̶ you"]);
    expectClean(["@USER hi there", "$$$ for nothing", "@$100 each"]);
  });
});

describe("garden tools and dog breeding", () => {
  it("leaves the hoe and the bitch with puppies alone, and the insults flagged", () => {
    expectClean(["Use a hoe to remove the weeds.", "Hoe the garden beds in spring.", "The bitch gave birth to six puppies.", "Our bitch is in heat, so no dog park this week."]);
    expectFlagged(["you hoe", "she is a hoe", "the bitch had it coming"]);
  });
});

describe("dogs, inns and surnames (session 10)", () => {
  it("reads a bitch among dog words as a dog, and a capitalised name as a name, for the rules and the model", () => {
    expectClean([
      "A bitch is a female dog.", "The bitch had six puppies (she's a champion greyhound).", "Our bitch had a litter of nine.",
      "The Cock Inn serves a good Sunday roast.", "We ate at the Kuntz family restaurant.",
    ]);
    expectFlagged(["you bitch", "shut up you bitch, nobody likes your dog", "She's a bitch to her dog", "What A Dick"]);
  });

  it("reads an insult noun that owns the next word as no insult: a dog's dinner, a pig's ear", () => {
    expectClean(["The minister's plan is a dog's dinner.", "What a pig's ear of a budget.", "He's a dog's best friend"]);
    expectFlagged(["You are a pig", "You're a pig's arse"]);
  });
});

describe("a round of attacks aimed at people (session 10)", () => {
  it("names blows promised to the reader's body, rhetorical questions, abortion wishes and essentialised groups", () => {
    expectNamed(["If I see you at the rally I will break your jaw.", "I'll smash your face"], "threat");
    expectNamed(["Are you really this thick or just pretending?", "Are you really this dense?", "Your mother should have aborted you."], "insult");
    expectNamed(["Black people are naturally violent.", "Muslims are violent and backward.", "Women are too emotional to lead", "Chinese people spread disease"], "identity_attack");
    expectNamed(["you sad little man, nobody cares"], "insult");
    expectNamed(["You'll regret writing this, I promise you that"], "threat");
  });

  it("leaves idioms, plain questions and comparisons alone", () => {
    expectClean(["Women are too often ignored in medicine.", "You'll regret buying that car.", "Mosquitoes spread disease.", "Immigrants bring skills and energy.",
      "You can always sleep when you are dead!", "You can rest when you're dead.", "You'll break your teeth on that toffee.", "Don't break your back lifting it.", "Are you that hungry?",
      "The fog is thick this morning.", "Men are violent more often than women, the data show."]);
  });
});

describe("insult words mentioned or owned (session 10)", () => {
  it("leaves a mentioned word, an insult the writer owns with 'like me', and a few fixed senses alone", () => {
    expectClean(["Some feminists have reclaimed the word bitch.", "Terms like idiot add nothing to a debate.",
      "Don't be an idiot like me and forget your passport.", "He was the class clown at school.",
      "The troll under the bridge scared the billy goats.", "Dumb and Dumber is still a funny film."]);
  });

  it("keeps a mentioned slur, and an insult that names the reader too", () => {
    expectNamed(["Stop using the word retard."], "identity_attack");
    expectNamed(["You're an idiot like me", "you bitch"], "insult");
  });
});

describe("identity words about oneself and about things (session 10)", () => {
  it("leaves self-identification and places, rights and traditions alone", () => {
    expectClean(["I am a gay man and I support this policy.", "Have you been to the gay bar on Main St?", "I'm gay and proud",
      "We are Muslims and we vote", "Gay marriage has been legal here since 2014.", "The Muslim community centre opened a food bank."]);
  });

  it("still names attacks on a group, and insults beside a self-identification", () => {
    expectNamed(["Gays are an abomination and should be locked up.", "All Muslims are terrorists and should be deported."], "identity_attack");
    expectNamed(["I'm a Jew and you are an idiot"], "insult");
  });
});

describe("the names the Civil sample is about (session 10)", () => {
  it("are no abuse on their own: the model does not read them", () => {
    expectClean(["Alaska", "Anchorage", "We flew to Juneau last summer.", "Kathleen Wynne announced a new budget."]);
    expectFlagged(["Alaska is full of idiots", "you chump"]);
  });
});

describe("films, software and trades named like insults (session 10)", () => {
  it("leaves Psycho, Dumbo, git, a prat fall and a wingnut bolt alone, and the insults aimed at someone flagged", () => {
    expectClean(["Hitchcock's Psycho is a classic.", "We watched Dumbo with the kids.", "I pushed the fix to git last night.",
      "Git is the version control system everyone uses.", "The prat fall was hilarious.", "wingnut bolts for the bike"]);
    expectFlagged(["you git", "you psycho", "what a dumbo", "shut up you twit"]);
  });
});
