// Normalised text with offsets, for display, debugging and as model input (not used by the matcher,
// which works on the scratch words of scanWords directly).
import { G_HARD, WILDCARD, type Words, scanWords } from "./normalize";

export interface NormalizedText {
  /** Lower-case a–z words separated by single spaces (unknown letters as "?", masks as "*"). */
  text: string;
  /** For each character of `text`: its source span in the original (UTF-16, end exclusive). */
  start: Int32Array;
  end: Int32Array;
}

/**
 * Normalised form for display, debugging and as model input: folded words, leet decoded, runs of three
 * or more single letters joined (f.u.c.k → fuck), runs of three or more equal letters squeezed to one
 * (fuuuck → fuck). Spaces map to the gap between their neighbours.
 */
let decoder: { decode(input: Uint8Array): string } | null = null;

export function normalizeText(text: string): NormalizedText {
  const w = scanWords(text);
  const joinPrev = markSingleLetterRuns(w);
  const size = (w.count === 0 ? 0 : w.end[w.count - 1]!) + w.count;
  const out = new Uint8Array(size); // ASCII only: a–z, space, * and ?
  const start = new Int32Array(size);
  const end = new Int32Array(size);
  let k = 0;
  for (let t = 0; t < w.count; t++) {
    if (t > 0 && joinPrev[t] === 0) {
      out[k] = 0x20;
      start[k] = end[k - 1]!;
      end[k] = w.letterStart[w.start[t]!]!;
      k++;
    }
    const we = w.end[t]!;
    for (let p = w.start[t]!; p < we; ) {
      const l = w.letters[p]!;
      let q = p + 1;
      while (q < we && w.letters[q] === l) q++;
      const squeeze = l < 26 && q - p >= 3;
      for (let r = p; r < (squeeze ? p + 1 : q); r++) {
        out[k] = l < 26 ? 0x61 + l : l === WILDCARD ? 0x2a : 0x3f;
        start[k] = w.letterStart[r]!;
        end[k] = w.letterEnd[squeeze ? q - 1 : r]!;
        k++;
      }
      p = q;
    }
  }
  decoder ??= new TextDecoder();
  return { text: decoder.decode(out.subarray(0, k)), start: start.slice(0, k), end: end.slice(0, k) };
}

/** 1 for each word that continues a run of three or more single letters with short gaps (f.u.c.k). */
export function markSingleLetterRuns(w: Words): Uint8Array {
  const join = new Uint8Array(w.count);
  let runFrom = -1;
  for (let t = 0; t <= w.count; t++) {
    const single = t < w.count && w.end[t]! - w.start[t]! === 1;
    const continues = single && runFrom >= 0 && (w.gap[t]! & G_HARD) === 0;
    if (continues) continue;
    if (runFrom >= 0 && t - runFrom >= 3) join.fill(1, runFrom + 1, t);
    runFrom = single ? t : -1;
  }
  return join;
}
