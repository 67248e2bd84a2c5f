// Threats that a reader quotes from the news are the story, not a threat; the same words said by the
// writer, or quoted without anyone to say them, still are. Court reports with no rule match need more
// confidence from the model.
import { describe, expect, it } from "vitest";
import { detectAbuse } from "../../src/analysis/abuse/index";
import { findAbuseMatches } from "../../src/analysis/abuse/rules";
import { expectClean, expectNamed } from "../helpers/abuse-expect";

describe("quoted threats attributed to someone else", () => {
  it("are no match and no flag", () => {
    const reported = [
      '"I will kill you," the defendant allegedly told her.',
      'The suspect shouted "I\'ll kill you" before the attack, police said.',
      'Witnesses said he yelled "I\'m going to kill you all" at the crowd.',
      'According to the complaint, he wrote: "I know where you live."',
      'The letter read: "Your house will burn."',
      '\u201cYou\u2019re dead,\u201d she testified he told her.',
    ];
    expectClean(reported);
    for (const text of reported) expect(findAbuseMatches(text).filter((m) => m.category === "threat"), text).toEqual([]);
  });

  it("still flag the writer's own threat, quoted or not, and an unattributed quote", () => {
    expectNamed([
      '"I will kill you," I told him, and I meant it.',
      'I told him "you\'re dead" and I meant it.',
      'You said "I know where you live" - well, I know where YOU live.',
      '"I will kill you" and that is a promise.',
      "I will kill you, he said nothing about it",
    ], "threat");
  });

  it("keep a quoted slur a slur", () => {
    expect(detectAbuse('He shouted "faggot" at them, witnesses said.').categories).toContain("identity_attack");
  });
});

describe("court and police reports with no rule match", () => {
  it("need more confidence from the model than 0.5, and still flag an insult or a reader addressed", () => {
    expectClean(["The drug dealer was sentenced to 10 years.", "The rapist was jailed for 12 years."]);
    expectNamed(["The judge is a corrupt idiot", "You should be in prison, scumbag"], "insult");
  });
});
