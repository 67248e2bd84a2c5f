// Compiled form of pattern-specs.ts and the matcher over the words of a text. Each pattern is tried only
// at words whose classes can start it; elements repeat at most three times, so one attempt costs a
// bounded number of steps and the whole scan stays linear.
import type { AbuseCategory } from "../types";
import { type Lexicon, lexicon } from "./lexicon";
import * as T from "./lexicon-terms";
import { KEY_WEIGHT, PATTERN_SPECS } from "./pattern-specs";

const CLASS_BY_NAME: Record<string, number> = {
  you: T.C_YOU, be: T.C_BE, art: T.C_ART, intens: T.C_INTENS, insult: T.C_INSULT, self: T.C_SELF,
  will: T.C_WILL, to: T.C_TO, killv: T.C_KILLV, target: T.C_TARGET, reflex: T.C_REFLEX, should: T.C_SHOULD,
  passive: T.C_PASSIVE, die: T.C_DIE, group: T.C_GROUP, groupadj: T.C_GROUPADJ, people: T.C_PEOPLE,
  dehum: T.C_DEHUM, all: T.C_ALL, hope: T.C_HOPE, they: T.C_THEY,
};

interface Element {
  mask: number;
  ids: number[]; // literal words (entry indices)
  min: number;
  max: number;
  key: boolean;
}

export interface Pattern {
  name: string;
  rule: string;
  category: AbuseCategory;
  severity: number;
  elements: Element[];
  /** Entry ids of PatternSpec.notAfter (empty for most patterns). */
  notAfter: number[];
  /** PatternSpec.endsClause: entry ids that may follow the match besides a clause end; null when anything may. */
  onlyBefore: number[] | null;
}

export interface CompiledPatterns {
  patterns: Pattern[];
  /** Classes that can start some pattern, and entry ids that can. */
  startMask: number;
  startIds: Set<number>;
  /** Weight of each entry as a key word (1 unless KEY_WEIGHT says otherwise). */
  keyWeight: Float32Array;
  severityByRule: Map<string, number>;
  /** Per rule, key-word weights that replace keyWeight's (PatternSpec.keyWeights). */
  keyWeightByRule: Map<string, Map<number, number>>;
  /**
   * Per entry, START_WORDS int32 words: bit b of word k set when the word can start pattern 32k + b (0 for
   * most words), so each word tries only the patterns it can start, in their order.
   */
  canStart: Int32Array;
}

/** int32 words of CompiledPatterns.canStart per entry: room for 64 patterns. */
export const START_WORDS = 2;

let compiled: CompiledPatterns | null = null;

export function patterns(): CompiledPatterns {
  if (compiled === null) compiled = compile(lexicon());
  return compiled;
}

/** The lexicon entry of a word a pattern names; a typo in pattern-specs.ts fails at compile time. */
function entryOf(lex: Lexicon, word: string, pattern: string): number {
  const id = lex.byTerm.get(word);
  if (id === undefined) throw new Error(`unknown word ${word} in pattern ${pattern}`);
  return id;
}

function compile(lex: Lexicon): CompiledPatterns {
  const out: CompiledPatterns = {
    patterns: [],
    startMask: 0,
    startIds: new Set(),
    keyWeight: new Float32Array(lex.terms.length).fill(1),
    severityByRule: new Map(),
    keyWeightByRule: new Map(),
    canStart: new Int32Array(lex.terms.length * START_WORDS),
  };
  for (const [word, weight] of Object.entries(KEY_WEIGHT)) {
    const id = lex.byTerm.get(word);
    if (id !== undefined) out.keyWeight[id] = weight;
  }
  for (const spec of PATTERN_SPECS) {
    const elements: Element[] = spec.pattern.split(/\s+/).map((raw) => {
      let body = raw;
      const key = body.startsWith("!");
      if (key) body = body.slice(1);
      let min = 1;
      let max = 1;
      if (body.endsWith("?")) { min = 0; body = body.slice(0, -1); }
      else if (body.endsWith("*")) { min = 0; max = 3; body = body.slice(0, -1); }
      const el: Element = { mask: 0, ids: [], min, max, key };
      for (const alt of body.split("|")) {
        if (alt.startsWith("@")) {
          const mask = CLASS_BY_NAME[alt.slice(1)];
          if (mask === undefined) throw new Error(`unknown class ${alt} in pattern ${spec.name}`);
          el.mask |= mask;
        } else el.ids.push(entryOf(lex, alt, spec.name));
      }
      return el;
    });
    const first = elements[0]!;
    if (first.min === 0) throw new Error(`pattern ${spec.name} must start with a required element`);
    out.startMask |= first.mask;
    for (const id of first.ids) out.startIds.add(id);
    const rule = `pattern:${spec.name}`;
    if (out.patterns.length >= 32 * START_WORDS) throw new Error(`at most ${32 * START_WORDS} patterns (start bitmask)`);
    const notAfter = (spec.notAfter ?? "").split("|").filter(Boolean).map((word) => entryOf(lex, word, spec.name));
    const onlyBefore = spec.endsClause === undefined ? null : spec.endsClause.split("|").filter(Boolean).map((word) => entryOf(lex, word, spec.name));
    out.patterns.push({ name: spec.name, rule, category: spec.category, severity: spec.severity, elements, notAfter, onlyBefore });
    out.severityByRule.set(rule, spec.severity);
    if (spec.keyWeights) {
      out.keyWeightByRule.set(rule, new Map(Object.entries(spec.keyWeights).map(([word, weight]) => [entryOf(lex, word, spec.name), weight])));
    }
  }
  out.patterns.forEach((p, i) => {
    const first = p.elements[0]!;
    for (let e = 0; e < lex.terms.length; e++) {
      if ((lex.classes[e]! & first.mask) !== 0 || first.ids.includes(e)) out.canStart[e * START_WORDS + (i >>> 5)]! |= 1 << (i & 31);
    }
  });
  return out;
}

function accepts(el: Element, entry: number, classes: number): boolean {
  if ((el.mask & classes) !== 0) return true;
  for (let i = 0; i < el.ids.length; i++) if (el.ids[i] === entry) return true;
  return false;
}

/** [0]: the key word's index after the last successful matchAt. */
export const patternState = new Int32Array(1);

/**
 * Tries `p` from word `w`. entries[w] is the word's entry (-1 if none); classes[w] its classes;
 * breakBefore[w] is true when a sentence end separates w from w-1. Returns the index after the last
 * matched word, or -1.
 */
export function matchAt(
  p: Pattern, w: number, count: number, entries: Int32Array, classes: Int32Array, breakBefore: Uint8Array,
): number {
  return step(p.elements, 0, w, w, count, entries, classes, breakBefore);
}

function step(
  els: Element[], e: number, w: number, first: number, count: number,
  entries: Int32Array, classes: Int32Array, breakBefore: Uint8Array,
): number {
  if (e === els.length) return w;
  const el = els[e]!;
  // Greedy: take as many repetitions as possible, then back off.
  let n = 0;
  while (n < el.max) {
    const at = w + n;
    if (at >= count || (at > first && breakBefore[at] === 1)) break;
    if (entries[at]! < 0 || !accepts(el, entries[at]!, classes[at]!)) break;
    n++;
  }
  for (let k = n; k >= el.min; k--) {
    const end = step(els, e + 1, w + k, first, count, entries, classes, breakBefore);
    if (end >= 0) {
      if (el.key && k > 0) patternState[0] = w + k - 1;
      return end;
    }
  }
  return -1;
}
