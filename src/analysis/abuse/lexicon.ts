// Compiles every lexicon ONCE (lazily, on first use) into flat tries over normalised letters:
//   main     — all words and phrases (symbol 26 separates the words of a phrase), allow-list included;
//   squeezed — the same words with doubled letters collapsed, for stretched spellings (fuuuck, assshole);
//   stems    — the few terms also matched inside longer words (dumbfuck, bullshit).
import { ABUSE_CATEGORIES, type AbuseCategory } from "../types";
import { PROFANITY_LEXICON } from "./lexicon-profanity.generated";
import { C_INSULT, WORD_GROUPS, type WordGroup } from "./lexicon-terms";
import { PATTERN_SPECS } from "./pattern-specs";

export const SEP = 26;
const ALPHABET = 27;
export const INFLECT_NONE = 0;
export const INFLECT_PLURAL = 1;
export const INFLECT_VERB = 2;

export interface Trie {
  /**
   * children[node * 27 + symbol] = child node, 0 when absent (the root is never a child). 16-bit while the
   * trie has under 65,536 nodes (it has a few thousand): walking it chases one row per letter, so half
   * the bytes means fewer cache misses.
   */
  children: Uint16Array | Int32Array;
  /** entry[node] = entry index + 1 when a term ends here, else 0. */
  entry: Int32Array;
}

export interface Lexicon {
  terms: string[];
  category: Int8Array; // index into ABUSE_CATEGORIES, -1 for none
  severity: Float32Array;
  classes: Int32Array;
  inflect: Uint8Array;
  allow: Uint8Array;
  rule: string[];
  /** Number of words in the term (phrases > 1). */
  words: Uint8Array;
  byTerm: Map<string, number>;
  main: Trie;
  squeezed: Trie;
  stems: Trie;
}

class TrieBuilder {
  private children = new Int32Array(ALPHABET * 1024);
  private entries = new Int32Array(1024);
  private nodes = 1;

  add(symbols: number[], entry: number, overwrite: boolean): void {
    let node = 0;
    for (const s of symbols) {
      let next = this.children[node * ALPHABET + s]!;
      if (next === 0) {
        next = this.nodes++;
        if (next >= this.entries.length) this.grow();
        this.children[node * ALPHABET + s] = next;
      }
      node = next;
    }
    if (overwrite || this.entries[node] === 0) this.entries[node] = entry + 1;
  }

  private grow(): void {
    const children = new Int32Array(this.children.length * 2);
    children.set(this.children);
    this.children = children;
    const entries = new Int32Array(this.entries.length * 2);
    entries.set(this.entries);
    this.entries = entries;
  }

  build(): Trie {
    const used = this.children.subarray(0, this.nodes * ALPHABET);
    return { children: this.nodes <= 0xffff ? Uint16Array.from(used) : used.slice(), entry: this.entries.slice(0, this.nodes) };
  }
}

function symbolsOf(term: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < term.length; i++) {
    const c = term.charCodeAt(i);
    out.push(c === 0x20 ? SEP : c - 0x61);
  }
  return out;
}

function squeeze(symbols: number[]): number[] {
  return symbols.filter((s, i) => i === 0 || symbols[i - 1] !== s);
}

function splitWords(spec: string): string[] {
  const parts = spec.includes("|") ? spec.split("|") : spec.split(/\s+/);
  const out: string[] = [];
  for (const p of parts) {
    const t = p.trim().replace(/\s+/g, " ").toLowerCase();
    if (t === "") continue;
    if (t.includes("-")) {
      out.push(t.replace(/-/g, " "), t.replace(/-/g, ""));
    } else out.push(t);
  }
  return out;
}

interface Draft {
  category: number;
  severity: number;
  classes: number;
  inflect: number;
  allow: boolean;
  stem: boolean;
  rule: string;
}

let compiled: Lexicon | null = null;

export function lexicon(): Lexicon {
  if (compiled === null) compiled = compile();
  return compiled;
}

function compile(): Lexicon {
  const drafts = new Map<string, Draft>();
  const put = (term: string, g: WordGroup): void => {
    if (!/^[a-z]+( [a-z]+)*$/.test(term)) throw new Error(`lexicon term not normalised: ${term}`);
    const category = g.category === undefined ? -1 : ABUSE_CATEGORIES.indexOf(g.category);
    const severity = g.severity ?? (category >= 0 ? 0.8 : 0);
    const inflect = g.inflect === "verb" ? INFLECT_VERB : g.inflect === "plural" ? INFLECT_PLURAL : INFLECT_NONE;
        // Insults and slurs can be the noun of "you …" (you moron); swear words are often verbs ("you piss
    // him off") or intensifiers ("you're damn right"), so they do not get that class.
    const classes = (g.classes ?? 0) | (g.category === "insult" || g.category === "identity_attack" ? C_INSULT : 0);
    const d = drafts.get(term);
    if (d === undefined) {
      drafts.set(term, { category, severity, classes, inflect, allow: g.allow === true, stem: g.stem === true, rule: g.rule ?? "lexicon" });
      return;
    }
    d.classes |= classes;
    d.inflect = Math.max(d.inflect, inflect);
    d.allow ||= g.allow === true;
    d.stem ||= g.stem === true;
    if (category >= 0 && (d.category < 0 || severity > d.severity || g.rule !== undefined)) {
      d.category = category;
      d.severity = Math.max(severity, d.category === category ? d.severity : 0);
      d.rule = g.rule ?? d.rule;
    }
  };
  for (const [term, category, severity] of PROFANITY_LEXICON) {
    put(term, { words: term, category, severity, inflect: "plural", rule: `lexicon:${category === "profanity" ? "profanity" : category === "identity_attack" ? "slur" : category}` });
  }
  for (const g of WORD_GROUPS) for (const term of splitWords(g.words)) put(term, g);
  // Literal words named by the patterns — in their elements, notAfter, endsClause and keyWeights — get
  // (class-less) entries too, so that patterns.ts can refer to them by entry.
  for (const spec of PATTERN_SPECS) {
    const named = [spec.pattern, spec.notAfter ?? "", spec.endsClause ?? "", ...Object.keys(spec.keyWeights ?? {})];
    for (const alt of named.join(" ").split(/[\s|]+/)) {
      const w = alt.replace(/^!/, "").replace(/[?*]$/, "");
      if (w !== "" && !w.startsWith("@") && !drafts.has(w)) put(w, { words: w });
    }
  }

  // A class-only plural (degenerates, for the patterns) would hide its singular's category: inherit it.
  for (const [term, d] of drafts) {
    if (d.category >= 0 || d.allow) continue;
    for (const cut of [1, 2]) {
      const base = drafts.get(term.slice(0, -cut));
      if (base !== undefined && base.category >= 0 && base.inflect !== INFLECT_NONE && /^(s|es)$/.test(term.slice(-cut))) {
        d.category = base.category;
        d.severity = base.severity;
        d.rule = base.rule;
        d.classes |= base.classes;
        break;
      }
    }
  }
  const terms = [...drafts.keys()];
  const n = terms.length;
  const lex: Lexicon = {
    terms,
    category: new Int8Array(n),
    severity: new Float32Array(n),
    classes: new Int32Array(n),
    inflect: new Uint8Array(n),
    allow: new Uint8Array(n),
    rule: [],
    words: new Uint8Array(n),
    byTerm: new Map(),
    main: { children: new Uint16Array(0), entry: new Int32Array(0) },
    squeezed: { children: new Uint16Array(0), entry: new Int32Array(0) },
    stems: { children: new Uint16Array(0), entry: new Int32Array(0) },
  };
  const main = new TrieBuilder();
  const squeezed = new TrieBuilder();
  const stems = new TrieBuilder();
  terms.forEach((term, i) => {
    const d = drafts.get(term)!;
    lex.category[i] = d.category;
    lex.severity[i] = d.severity;
    lex.classes[i] = d.classes;
    lex.inflect[i] = d.inflect;
    lex.allow[i] = d.allow ? 1 : 0;
    lex.rule.push(d.rule);
    lex.words[i] = term.split(" ").length;
    lex.byTerm.set(term, i);
    const symbols = symbolsOf(term);
    main.add(symbols, i, true);
    if (lex.words[i] === 1 && (d.category >= 0 || d.allow)) {
      // Real spellings win over squeezed collisions; allow-listed words block their squeezed twins.
      squeezed.add(squeeze(symbols), i, d.allow);
      if (d.inflect !== INFLECT_NONE && d.category >= 0) squeezed.add(squeeze([...symbols, 18]), i, false);
    }
    if (d.stem && d.category >= 0) stems.add(symbols, i, true);
  });
  lex.main = main.build();
  lex.squeezed = squeezed.build();
  lex.stems = stems.build();
  return lex;
}

export function categoryName(index: number): AbuseCategory {
  return ABUSE_CATEGORIES[index]!;
}

/** 1 for the entries of the space-separated `words` (each must be in the lexicon), by entry: one byte read per word. */
export function entryMarks(lex: Lexicon, words: string): Uint8Array {
  const marks = new Uint8Array(lex.terms.length);
  for (const word of words.split(/\s+/).filter(Boolean)) marks[lex.byTerm.get(word)!] = 1;
  return marks;
}
