import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normaliseForHash } from "../../src/services/page-identity";

// The definition the fast path must agree with.
const reference = (text: string) => text.normalize("NFC").replace(/\s+/g, " ").trim();

describe("normaliseForHash", () => {
  it("folds every single code unit, alone and between letters, like NFC + whitespace folding", () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, `a${ch}b`, `e${ch}`, `${ch}\u0301`, `a ${ch} b`]) expect(normaliseForHash(s)).toBe(reference(s));
    }
  });

  it("agrees with the reference on any text", () => {
    const pieces = fc.constantFrom("a", "e", " ", "  ", "\t", "\n", "\u00a0", "\u0301", "é", "e\u0301", "\u2019", "\u2014", "\u2000", "\u2028", "\u212b", "ﬁ", "한", "\u1161", "x");
    fc.assert(fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
      expect(normaliseForHash(parts.join(""))).toBe(reference(parts.join("")));
    }), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 60 }), (s) => {
      expect(normaliseForHash(s)).toBe(reference(s));
    }), { numRuns: 2000 });
  });
});
