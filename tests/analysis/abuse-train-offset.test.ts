// The training-only logit offset of a source (scripts/abuse-data.ts Example.offset, an experiment knob tried for Civil,
// whose rows are all positives by its sampling): it enters the toxic head's loss, so the words of that
// source learn less of "abusive", and it never enters the weights inference reads.
import { describe, expect, it } from "vitest";
import { RULE_INPUTS } from "../../src/analysis/abuse/model";
import { trainHead, type Prepared } from "../../scripts/abuse-train-lib";

/** 40 items of one feature each: bucket 1 on the first 20 (all positive), bucket 2 on the rest (all negative). */
function tinySet(offsetOfPositives: number): Prepared {
  const n = 40;
  return {
    feats: Int32Array.from({ length: n }, (_, i) => (i < 20 ? 1 : 2)),
    offsets: Int32Array.from({ length: n + 1 }, (_, i) => i),
    evidence: new Float32Array(n * RULE_INPUTS),
    offset: Float32Array.from({ length: n }, (_, i) => (i < 20 ? offsetOfPositives : 0)),
  };
}
const items = Array.from({ length: 40 }, (_, i) => ({ i, y: i < 20 ? 1 : 0, weight: 1 }));

describe("abuse training offset", () => {
  it("lowers what a source's own words learn, and only on the toxic head", () => {
    const plain = trainHead(4, tinySet(0), items, 1, true);
    const offset = trainHead(4, tinySet(2), items, 1, true);
    // Inference reads bias + weight: the offset source's word now scores lower, the other one alike.
    expect(offset.bias + offset.w[1]!).toBeLessThan(plain.bias + plain.w[1]! - 0.5);
    expect(Math.abs(offset.bias + offset.w[2]! - (plain.bias + plain.w[2]!))).toBeLessThan(0.5);
    // Category heads (no rule inputs) never read the offset.
    const catPlain = trainHead(4, tinySet(0), items, 1, false), catOffset = trainHead(4, tinySet(2), items, 1, false);
    expect(Array.from(catOffset.w)).toEqual(Array.from(catPlain.w));
  });
});
