// The rules' edits of a text for the model's input (model-input.ts): what findAbuseMatches understood that
// its matches do not show. rules.ts and split-words.ts record them; model-input.ts and index.ts read them.
import type { Words } from "./normalize";

const MAX_EDITS = 16;

/**
 * What the last findAbuseMatches call understood that its matches do not show, as edits of its text for
 * the model's input (model-input.ts), sorted by start: words the rules found innocent in context (negated
 * or mentioned insults, names, allow-listed phrases, a breeder's "bitch", identity words said of oneself,
 * quoted threats reported as someone else's) replaced by "", so the model's n-grams do not read them alone,
 * and words spelled out letter by letter that the rules joined ("k i l l you") replaced by the joined word.
 * Overwritten by the next call; at most MAX_EDITS.
 */
export const modelEdits = { count: 0, start: new Int32Array(MAX_EDITS), end: new Int32Array(MAX_EDITS), text: new Array<string>(MAX_EDITS).fill("") };

export function addModelEdit(start: number, end: number, replacement: string): void {
  let k = modelEdits.count;
  if (k >= MAX_EDITS) return;
  // Joins are recorded before negations: keep the list sorted by start (a few entries at most).
  for (; k > 0 && modelEdits.start[k - 1]! > start; k--) {
    modelEdits.start[k] = modelEdits.start[k - 1]!;
    modelEdits.end[k] = modelEdits.end[k - 1]!;
    modelEdits.text[k] = modelEdits.text[k - 1]!;
  }
  modelEdits.start[k] = start;
  modelEdits.end[k] = end;
  modelEdits.text[k] = replacement;
  modelEdits.count++;
}

/** Word t, which a context test found innocent, is left out of the model's input (modelEdits). */
export function leaveOutOfModel(w: Words, t: number): void {
  addModelEdit(w.letterStart[w.start[t]!]!, w.letterEnd[w.end[t]! - 1]!, "");
}
