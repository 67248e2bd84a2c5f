import fc from "fast-check";
import { expect, it } from "vitest";
import { decodeSignature, encodeSignature, SIGNATURE_SIZE } from "../../src/analysis/stories";
import { decodeHexSignature } from "../../src/services/stories";

it("decodeHexSignature decodes exactly what decodeSignature decodes, and refuses the same inputs", () => {
  fc.assert(
    fc.property(fc.uint32Array({ minLength: SIGNATURE_SIZE, maxLength: SIGNATURE_SIZE }), fc.nat(SIGNATURE_SIZE * 8 - 1), fc.constantFrom("", "g", "A", "F", " ", "é", "0"), (values, at, bad) => {
      const hex = encodeSignature(values);
      expect(decodeHexSignature(hex)).toEqual(decodeSignature(hex));
      const broken = hex.slice(0, at) + bad + hex.slice(at + 1);
      expect(decodeHexSignature(broken)).toEqual(decodeSignature(broken));
    }),
    { numRuns: 500 },
  );
});
