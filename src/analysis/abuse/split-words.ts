// Words an evader split apart, merged back before the lexicon look-ups (rules.ts findAbuseMatches): runs of
// single letters ("f.u.c.k", "k i l l you") and two parts joined by punctuation ("fu.ck", "ass-hole").
import type { Lexicon } from "./lexicon";
import * as LT from "./lexicon-terms";
import * as LU from "./lookup";
import { addModelEdit } from "./model-edits";
import * as N from "./normalize";
import type { Words } from "./normalize";

// Local copies of the flag constants (see normalize.ts on imported bindings in hot loops).
const G_HARD = N.G_HARD;
const G_PUNCT = N.G_PUNCT;
const G_SPACE = N.G_SPACE;
const G_APOS = N.G_APOS;
const T_CAP_FIRST = N.T_CAP_FIRST;
const T_FOREIGN = N.T_FOREIGN;
const T_REPEAT = N.T_REPEAT;
const lookupWord = LU.lookupWord;

/**
 * Pattern words a run of single letters may spell besides abusive terms: "k i l l you", "d i e" are threats
 * only once joined, and nobody spaces out an innocent "kill" letter by letter.
 */
const SPELLED_OUT_CLASSES = LT.C_KILLV | LT.C_DIE | LT.C_REFLEX;

/**
 * Merges words that an evader split: runs of single letters (f.u.c.k, f u c k) and two parts joined by
 * punctuation (fu.ck, ass-hole), but only where the joined form is an abusive term — "u r a" stays.
 */
export function joinSplitWords(w: Words, lex: Lexicon): void {
  let q = 0;
  const n = w.count;
  for (let r = 0; r < n; ) {
    if (isSingle(w, r)) {
      let e = r + 1;
      while (e < n && e - r < 40 && isSingle(w, e) && (w.gap[e]! & G_HARD) === 0) e++;
      if (e - r >= 3) {
        // Longest abusive term of ≥ 3 letters starting at each single letter.
        let s = r;
        while (s < e) {
          let node = 0;
          let best = -1;
          for (let k = s; k < e; k++) {
            const letter = w.letters[w.start[k]!]!;
            if (letter >= 26) break;
            node = lex.main.children[node * 27 + letter]!;
            if (node === 0) break;
            const en = lex.main.entry[node]! - 1;
            if (en >= 0 && (lex.category[en]! >= 0 || (lex.classes[en]! & SPELLED_OUT_CLASSES) !== 0) && k - s >= 2) best = k;
          }
          if (best >= 0) {
            addModelEdit(w.letterStart[w.start[s]!]!, w.letterEnd[w.end[best]! - 1]!, joinedLetters(w, s, best));
            copyWord(w, s, q, best);
            s = best + 1;
          } else {
            copyWord(w, s, q, s);
            s++;
          }
          q++;
        }
        r = e;
        continue;
      }
    }
    if (r + 1 < n && (w.gap[r + 1]! & (G_PUNCT | G_SPACE | G_HARD | G_APOS)) === G_PUNCT && ((w.flags[r]! | w.flags[r + 1]!) & T_FOREIGN) === 0) {
      const e = lookupWord(lex, w.letters, w.start[r]!, w.end[r + 1]!, ((w.flags[r]! | w.flags[r + 1]!) & T_REPEAT) !== 0, false);
      if (e >= 0 && lex.category[e]! >= 0) {
        copyWord(w, r, q, r + 1);
        q++;
        r += 2;
        continue;
      }
    }
    copyWord(w, r, q, r);
    q++;
    r++;
  }
  w.count = q;
}

/** The letters of single-letter words s..last as one lower-case word ("k i l l" → "kill"). */
function joinedLetters(w: Words, s: number, last: number): string {
  let out = "";
  for (let k = s; k <= last; k++) out += String.fromCharCode(0x61 + w.letters[w.start[k]!]!);
  return out;
}

function isSingle(w: Words, t: number): boolean {
  return w.end[t]! - w.start[t]! === 1;
}

/** Word q becomes words [from, to] merged (letters are stored back to back, so only bounds move). */
function copyWord(w: Words, from: number, q: number, to: number): void {
  if (from === q && to === from) return; // nothing merged or moved yet
  w.start[q] = w.start[from]!;
  w.end[q] = w.end[to]!;
  let flags = 0;
  for (let t = from; t <= to; t++) flags |= w.flags[t]!;
  w.flags[q] = to === from ? w.flags[from]! : flags & ~T_CAP_FIRST;
  w.gap[q] = w.gap[from]!;
}
