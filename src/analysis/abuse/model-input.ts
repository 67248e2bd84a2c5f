// What the model reads: the text with each evaded lexicon match ("f.u.c.k", "fμck", "f u c k", "a$$hole")
// replaced by its canonical term, each link or address by "URL", and the rules' own edits applied
// (rules.ts modelEdits), so the model's n-grams see the words the rules recognised. Without this an
// evasion leaves the model only the rule evidence, and a model whose n-grams carry most of the weight
// (NB-scaled training, scripts/abuse-train-lib.ts) scores "f.u.c.k this" far below "fuck this". Training
// (prepare) and inference (index.ts) both call this, so the two read the same text.
import type { AbuseMatch } from "../types";
import { modelEdits } from "./model-edits";
import { isLinkRule } from "./spam";

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
 * Spellings of "fuck" that the lexicon lists as words of their own (vowels dropped or replaced: "fck",
 * "fvcking", "fk", "f@ck" = "fack") are read by the model as the word they stand for, so that a spelling
 * the training data never used ("fxck you") scores like the word; the match keeps its own term for the
 * moderator.
 */
const FUCK_SPELLING = /^f(?:c|vc|xc|ac)?k(?=$|s$|in|ed$|er)/;
/**
 * The same for bad-words' own variant spellings ("a-hole" is "ahole", "phuck", "kunt", "mofo"): read as the
 * word they stand for. Without it "a-hole" scored 0.46 beside 1.00 for "a**hole", and "mofo" 0.39.
 */
const VARIANT_SPELLING: ReadonlyMap<string, string> = new Map(Object.entries({
  ahole: "asshole", azzhole: "asshole", asswhole: "asshole", asholes: "assholes",
  kunt: "cunt", kunts: "cunts", cnut: "cunt", cnts: "cunts", cntz: "cunts",
  mofo: "motherfucker", "f u": "fuck you", fuk: "fuck", fukk: "fuck", fuks: "fucks", fook: "fuck", fcuk: "fuck",
  phuck: "fuck", phuk: "fuck", phuc: "fuck", phuq: "fuck", phuks: "fucks",
  fuker: "fucker", fukker: "fucker", fukah: "fucker", fukkah: "fucker", fooker: "fucker", fcuker: "fucker", phuker: "fucker", phukker: "fucker",
  fukin: "fucking", fuken: "fucking", fukken: "fucking", fukkin: "fucking", fcuking: "fucking", phuking: "fucking", phukking: "fucking",
  phuked: "fucked", phukked: "fucked",
  biatch: "bitch", shyt: "shit", shyte: "shite", shity: "shitty", shitey: "shitty", shytty: "shitty", shyty: "shitty",
  dlck: "dick", hore: "whore", whoar: "whore", scank: "skank", skanck: "skank", slutz: "sluts",
  doosh: "douche", duche: "douche", fukwit: "fuckwit", fukwhit: "fuckwit",
}));
function spelledForModel(term: string): string {
  if (term === "shut the f up" || term === "shut the eff up") return "shut the fuck up";
  const variant = VARIANT_SPELLING.get(term);
  if (variant !== undefined) return variant;
  if (term.charCodeAt(0) !== 0x66 || term.length > 8 || term.startsWith("fu")) return term; // "f…"
  return term === "fkn" ? "fucking" : term.replace(FUCK_SPELLING, "fuck");
}

/**
 * `text` with evaded lexicon matches replaced by their terms and links by "URL"; `text` itself (no
 * allocation) when there is nothing to replace. `matches` must come from the LAST findAbuseMatches call on
 * `text` (sorted by start; overlapping ones are skipped), whose edits (rules.ts modelEdits) apply too: the
 * insult words it found negated are left out ("you are not an idiot" → "you are not an "), the words it
 * joined are spelled whole ("k i l l you" → "kill you").
 */
export function modelInput(text: string, matches: readonly AbuseMatch[]): string {
  let out: string | null = null;
  let copied = 0;
  let edit = 0;
  const edits = modelEdits.count;
  for (let k = 0; k <= matches.length; k++) {
    const m = k < matches.length ? matches[k]! : null;
    // The rules' own edits before this match (both lists are sorted by start): negated insult words
    // left out, spelled-out words joined.
    for (; edit < edits && (m === null || modelEdits.start[edit]! <= m.start); edit++) {
      if (modelEdits.start[edit]! < copied) continue;
      out = (out ?? "") + text.slice(copied, modelEdits.start[edit]) + modelEdits.text[edit]!;
      copied = modelEdits.end[edit]!;
    }
    if (m === null || m.start < copied) continue;
    // Links and addresses read as one neutral token (as OLID writes them: "URL"): the words in
    // "example.com/fuck-this" or "bit.ly/idiot123" name a page, not a person.
    const link = isLinkRule(m.rule);
    // Lexicon words and fixed phrases: a pattern's term names its key word, not the whole span.
    if (!link && !(m.rule.startsWith("lexicon:") || m.rule.startsWith("phrase:"))) continue;
    const term = link ? "URL" : spelledForModel(m.term);
    if (!link && spelledAsTerm(text, m.start, m.end, term)) continue;
    out = (out ?? "") + text.slice(copied, m.start) + term;
    copied = m.end;
  }
  return out === null ? text : out + text.slice(copied);
}
