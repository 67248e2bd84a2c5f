// Loads the abuse dev sets for training (scripts/train-abuse.ts): one Example per usable row, with the
// labels each source actually provides, a training weight and a deterministic validation flag.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ModelCategory } from "../src/analysis/abuse/model";

export interface Example {
  id: string;
  set: string;
  text: string;
  toxic: 0 | 1;
  /** Gold categories on a toxic row whose source names subtypes; null when it does not. */
  categories: Set<string> | null;
  /** Category heads this source gives evidence on (a source that never labels threats says nothing about them). */
  categoryKnown: Set<ModelCategory>;
  weight: number;
  /**
   * Added to the toxic head's logit while training on this example, never at inference (a known-prior
   * offset, as in a GLM): how much more often its source says "abusive" for reasons of its own sampling.
   */
  offset: number;
  /** Position in [0, 1) from a hash of the normalised text: the validation split and the folds cut it. */
  splitKey: number;
  val: boolean;
}

interface Row { id: string; text: string; toxic: 0 | 1; categories: string[]; borderline?: boolean }

const ALL: ModelCategory[] = ["insult", "threat", "identity_attack", "profanity"];
/**
 * Per set: which category heads its labels inform, its weight, its offset (Example.offset; offsetExcept:
 * rows named with one of these categories keep 0) and (madlibs) how many rows to keep.
 */
const SETS: Record<string, { known: ModelCategory[]; weight: number; offset?: number; offsetExcept?: string[]; keep?: number }> = {
  // Every Civil row was drawn from posts that most of their original raters called toxic (the set is all
  // positives). A training-only offset for that sampling (Example.offset, ABUSE_SET_OFFSETS) was tried and
  // not adopted: it gains Wikipedia and OLID F1 but loses Civil threats on every fold draw (RULES.md, session 7).
  civil_toxic_spans: { known: ALL, weight: 1 },
  wiki_toxicity_test: { known: [], weight: 1.5 },
  // Clean Wikipedia talk posts weigh more: a false positive on ordinary discussion costs more than a
  // miss (goal: ≤ 1% false positives on CAT-LARGE); chosen on the validation split.
  wiki_cat_large: { known: [], weight: 3 },
  olid_train: { known: ["insult", "profanity"], weight: 1.5 },
  olid_test: { known: ["insult", "profanity"], weight: 1.5 },
  davidson: { known: ["threat", "identity_attack", "profanity"], weight: 1 },
  // Synthetic template sentences ("kill sikh" / "respect sikh"): a small, down-weighted sample keeps
  // identity terms from reading as abuse on their own without letting templates dominate.
  bias_madlibs: { known: [], weight: 0.5, keep: 8000 },
};

/**
 * Clean prose from the sentiment dev sets, used as extra negatives. Every Civil Comments row was rated
 * toxic by its original raters, so without clean text in the same register the model would learn
 * "sounds like a news comment" = abusive. NYT editorial snippets and movie-review snippets are that
 * register; Amazon review snippets are kept out of training as an untouched check (abuse-report.ts).
 */
const CLEAN_PROSE: Record<string, number> = { nytEditorialSnippets: 1, movieReviewSnippets: 0.5 };

/** FNV-1a over a string with a seed, as an unsigned 32-bit number. */
export function hashString(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  return h >>> 0;
}

/** Split on the normalised text, so a text repeated under two ids never straddles the split. */
function split(text: string, seed: number, valShare: number): { splitKey: number; val: boolean } {
  const splitKey = hashString(text.toLowerCase().replace(/\s+/g, " ").trim(), seed) / 4294967296;
  return { splitKey, val: splitKey < valShare };
}

export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
}

export function loadExamples(dataDir: string, seed: number, valShare: number): Example[] {
  const out: Example[] = [];
  // Experiments: ABUSE_SET_WEIGHTS='{"olid_train":2}', ABUSE_SET_OFFSETS='{"civil_toxic_spans":1}',
  // ABUSE_OFFSET_EXCEPT='{"civil_toxic_spans":["threat"]}' (the committed weights use the table above).
  const overrides = JSON.parse(process.env.ABUSE_SET_WEIGHTS ?? "{}") as Record<string, number>;
  for (const [set, w] of Object.entries(overrides)) {
    if (SETS[set]) SETS[set].weight = w;
    else if (set in CLEAN_PROSE) CLEAN_PROSE[set] = w;
  }
  const offsets = JSON.parse(process.env.ABUSE_SET_OFFSETS ?? "{}") as Record<string, number>;
  for (const [set, o] of Object.entries(offsets)) if (SETS[set]) SETS[set].offset = o;
  const except = JSON.parse(process.env.ABUSE_OFFSET_EXCEPT ?? "{}") as Record<string, string[]>;
  for (const [set, cs] of Object.entries(except)) if (SETS[set]) SETS[set].offsetExcept = cs;
  for (const [set, conf] of Object.entries(SETS)) {
    let rows = readJsonl<Row>(join(dataDir, "abuse", `${set}.jsonl`));
    // Borderline Civil rows carry no usable label (raters disagreed): neither positive nor negative.
    rows = rows.filter((r) => !r.borderline);
    if (conf.keep !== undefined) {
      rows = rows
        .map((r) => ({ r, k: hashString(r.id, seed) }))
        .sort((a, b) => a.k - b.k || (a.r.id < b.r.id ? -1 : 1))
        .slice(0, conf.keep)
        .map((x) => x.r);
    }
    for (const r of rows) {
      const cats = r.categories.filter((c) => c !== "other");
      const named = r.toxic === 1 && cats.length > 0;
      out.push({
        id: r.id,
        set,
        text: r.text,
        toxic: r.toxic,
        categories: named ? new Set(cats) : null,
        categoryKnown: new Set(conf.known),
        weight: conf.weight,
        offset: named && conf.offsetExcept?.some((c) => cats.includes(c)) ? 0 : conf.offset ?? 0,
        ...split(r.text, seed, valShare),
      });
    }
  }
  for (const [set, weight] of Object.entries(CLEAN_PROSE)) {
    for (const r of readJsonl<{ id: string; text: string }>(join(dataDir, "sentiment", `${set}.jsonl`))) {
      out.push({
        id: r.id, set: `prose_${set}`, text: r.text, toxic: 0, categories: null, categoryKnown: new Set(), weight, offset: 0,
        ...split(r.text, seed, valShare),
      });
    }
  }
  return out;
}
