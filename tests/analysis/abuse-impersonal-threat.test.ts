import { describe, expect, it } from "vitest";
import { detectAbuse } from "../../src/analysis/abuse";
import { isImpersonalKillWarning } from "../../src/analysis/abuse/impersonal-threat";

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
