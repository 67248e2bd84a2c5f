// What the model reads: the text with each evaded lexicon match ("f.u.c.k", "fμck", "f u c k", "a$$hole")
// replaced by its canonical term, so the model's n-grams see the word the rules recognised. Without this
// an evasion leaves the model only the rule evidence, and a model whose n-grams carry most of the weight
// (NB-scaled training, scripts/abuse-train-lib.ts) scores "f.u.c.k this" far below "fuck this". Training
// (prepare) and inference (index.ts) both call this, so the two read the same text.
import type { AbuseMatch } from "../types";

/** True when text[start, end) spells `term` already, up to ASCII case: no substitution needed. */
function spelledAsTerm(text: string, start: number, end: number, term: string): boolean {
  if (end - start !== term.length) return false;
  for (let i = 0; i < term.length; i++) {
    let c = text.charCodeAt(start + i);
    if (c >= 0x41 && c <= 0x5a) c += 32;
    if (c !== term.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * `text` with evaded lexicon matches replaced by their terms; `text` itself (no allocation) when every
 * match is spelled plainly. `matches` are sorted by start (findAbuseMatches); overlapping ones are skipped.
 */
export function modelInput(text: string, matches: readonly AbuseMatch[]): string {
  let out: string | null = null;
  let copied = 0;
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k]!;
    // Lexicon words and fixed phrases only: a pattern's term names its key word, not the whole span.
    if (m.start < copied || !(m.rule.startsWith("lexicon:") || m.rule.startsWith("phrase:"))) continue;
    if (spelledAsTerm(text, m.start, m.end, m.term)) continue;
    out = (out ?? "") + text.slice(copied, m.start) + m.term;
    copied = m.end;
  }
  return out === null ? text : out + text.slice(copied);
}
