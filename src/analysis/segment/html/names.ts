// Reads what an element calls itself: class and id tokens, split into lower-case words, plus microdata.
// All the structural rules (comment items, authors, chrome, article containers) are word tests on these.
import type { FlatDom } from "./dom";

export interface ElementNames {
  /** Lower-case class tokens and the id, whole ("comment-body", "div-comment-12"). */
  tokens: string[];
  /** Lower-case words of those tokens, split on "-", "_" and camelCase ("comment", "body"). */
  words: Set<string>;
  /** Memo of rules.ts's token test "names a comment item" (computed on first use). */
  namesItem?: boolean;
  /** Memo of rules.ts's token test "names a review item" (computed on first use). */
  namesReview?: boolean;
}

const EMPTY: ElementNames = Object.freeze({ tokens: [], words: new Set<string>(), namesItem: false, namesReview: false }) as ElementNames;
const TOKEN_SPLIT = /\s+/;
const WORD_SPLIT = /[-_:.]+/;
const CAMEL = /([a-z0-9])([A-Z])/g;
/** WordPress taxonomy classes on <article>/<body> ("tag-share", "category-news") name content, not roles. */
export const TAXONOMY = /^(?:tag|category|format|status|type|postid|parent-pageid|comment-author)-|^(?:post|page-id|pageid)-\d/;

const HAS_UPPER = /[A-Z]/;

function splitWords(token: string, into: Set<string>): void {
  const spaced = HAS_UPPER.test(token) ? token.replace(CAMEL, "$1-$2").toLowerCase() : token;
  for (const w of spaced.split(WORD_SPLIT)) if (w) into.add(w);
}

function namesOf(raw: string): ElementNames {
  const tokens: string[] = [];
  const words = new Set<string>();
  for (const t of raw.split(TOKEN_SPLIT)) {
    if (!t || t.length > 80) continue;
    const lower = t.toLowerCase();
    tokens.push(lower);
    if (!TAXONOMY.test(lower)) splitWords(t, words);
  }
  return { tokens, words };
}

/**
 * Computes names for every element once (text nodes get an empty record). Pages repeat the same class
 * strings many times, so each class string is read once per page; ids are unique (comment-123), so an
 * element with one gets its class record extended by the id's tokens (the same tokens and words, in the
 * same order, as reading "class id" at once).
 */
export function computeNames(dom: FlatDom): ElementNames[] {
  const out: ElementNames[] = new Array<ElementNames>(dom.size);
  const byClass = new Map<string, ElementNames>();
  for (let i = 0; i < dom.size; i++) {
    const a = dom.attrs[i];
    if (!a || (a.class === undefined && a.id === undefined)) {
      out[i] = EMPTY;
      continue;
    }
    let names = EMPTY;
    if (a.class !== undefined) {
      const known = byClass.get(a.class);
      if (known) names = known;
      else {
        names = namesOf(a.class);
        if (byClass.size < 4096) byClass.set(a.class, names);
      }
    }
    if (a.id !== undefined) {
      const id = namesOf(a.id);
      if (id.tokens.length > 0) {
        const words = new Set(names.words);
        for (const w of id.words) words.add(w);
        names = { tokens: names.tokens.concat(id.tokens), words };
      }
    }
    out[i] = names;
  }
  return out;
}

export function hasAnyWord(names: ElementNames, set: ReadonlySet<string>): boolean {
  for (const w of names.words) if (set.has(w)) return true;
  return false;
}

/** True when some word contains one of the given fragments ("commentlist" contains "comment"). */
export function wordContains(names: ElementNames, fragments: readonly string[]): boolean {
  for (const w of names.words) for (const f of fragments) if (w.includes(f)) return true;
  return false;
}

export function itemType(dom: FlatDom, i: number): string {
  return dom.attrs[i]?.itemtype ?? "";
}

export function itemProp(dom: FlatDom, i: number): string {
  return (dom.attrs[i]?.itemprop ?? "").toLowerCase();
}
