import { describe, expect, it } from "vitest";
import { detectAbuse } from "../../src/analysis/abuse";
import { isImpersonalKillWarning } from "../../src/analysis/abuse/impersonal-threat";
import { isReportedOrFigurativeKill, mentionsKill } from "../../src/analysis/abuse/reported-kill";

describe("impersonal 'will kill you' warnings", () => {
  it("does not flag a warning about weather or habits", () => {
    expect(detectAbuse("this heat will kill you").categories).not.toContain("threat");
    expect(detectAbuse("smoking will kill you").categories).not.toContain("threat");
  });
  it("still flags threats from a person or a weapon", () => {
    expect(detectAbuse("I will kill you").categories).toContain("threat");
    expect(detectAbuse("it will kill you").categories).toContain("threat");
    expect(detectAbuse("the heat will kill you and I will kill you too").categories).toContain("threat");
  });
  it("needs every kill phrase to follow an impersonal subject", () => {
    expect(isImpersonalKillWarning("the sun will kill you")).toBe(true);
    expect(isImpersonalKillWarning("he will kill you")).toBe(false);
    expect(isImpersonalKillWarning("nothing here")).toBe(false);
  });
});

describe("news language about killing", () => {
  it("does not flag reports of deaths or things being killed", () => {
    for (const text of [
      "The terrorist attack killed 20 people.",
      "Police said the gunman killed two people before shooting himself.",
      "This policy will kill jobs.",
      "The bill would kill the program",
      "This will kill the deal",
      "He was killed in a car crash last year",
      "Go kill it at the exam!",
    ]) expect(detectAbuse(text).categories, text).not.toContain("threat");
  });
  it("still flags kills aimed at people, and future passives", () => {
    for (const text of ["I will kill you", "I will kill the mayor", "Someone should kill your family", "You will be killed", "kill all of them"]) {
      expect(detectAbuse(text).categories, text).toContain("threat");
    }
  });
  it("needs every kill word to be a report or to have a thing as its object", () => {
    expect(isReportedOrFigurativeKill("the storm killed 12 and the crash killed three")).toBe(true);
    expect(isReportedOrFigurativeKill("kill the deal, then kill him")).toBe(false);
    expect(isReportedOrFigurativeKill("kill the bill and the people who wrote it")).toBe(false);
    expect(isReportedOrFigurativeKill("you will be killed")).toBe(false);
    expect(isReportedOrFigurativeKill("the killer is loose")).toBe(false);
    expect(isReportedOrFigurativeKill("you are killing it")).toBe(true);
    expect(isReportedOrFigurativeKill("killing people")).toBe(false);
    expect(isReportedOrFigurativeKill("no violence here")).toBe(false);
    // Someone else's threat or a charge, reported — not "I want to kill" or "trying to kill you".
    expect(isReportedOrFigurativeKill("the suspect threatened to kill his neighbour, the court heard")).toBe(true);
    expect(isReportedOrFigurativeKill("he was accused of killing his wife")).toBe(true);
    expect(isReportedOrFigurativeKill("I want to kill him")).toBe(false);
    expect(isReportedOrFigurativeKill("they are trying to kill you")).toBe(false);
  });
});

describe("mentionsKill", () => {
  it("finds kill in any case, and nothing else", () => {
    for (const t of ["kill", "I will KILL", "Killed it", "skill", "ki ll"]) expect(mentionsKill(t), t).toBe(t !== "ki ll");
    for (const t of ["ill", "ILL", "", "bill and will", "k"]) expect(mentionsKill(t), t).toBe(false);
    // An "ill" before the "kill" must not end the search; mixed case counts.
    expect(mentionsKill("illegal, so kill the bill")).toBe(true);
    expect(mentionsKill("KiLl")).toBe(true);
  });
});
