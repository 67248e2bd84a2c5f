// Reads what an element calls itself: class and id tokens, split into lower-case words, plus microdata.
// All the structural rules (comment items, authors, chrome, article containers) are word tests on these.
import type { FlatDom } from "./dom";

export interface ElementNames {
  /** Lower-case class tokens and the id, whole ("comment-body", "div-comment-12"). */
  tokens: string[];
  /** Lower-case words of those tokens, split on "-", "_" and camelCase ("comment", "body"). */
  words: Set<string>;
}

const EMPTY: ElementNames = Object.freeze({ tokens: [], words: new Set<string>() }) as ElementNames;
const TOKEN_SPLIT = /\s+/;
const WORD_SPLIT = /[-_:.]+/;
const CAMEL = /([a-z0-9])([A-Z])/g;
/** WordPress taxonomy classes on <article>/<body> ("tag-share", "category-news") name content, not roles. */
export const TAXONOMY = /^(?:tag|category|format|status|type|postid|parent-pageid|comment-author)-|^(?:post|page-id|pageid)-\d/;

function splitWords(token: string, into: Set<string>): void {
  for (const w of token.replace(CAMEL, "$1-$2").toLowerCase().split(WORD_SPLIT)) if (w) into.add(w);
}

/** Computes names for every element once (text nodes get an empty record). */
export function computeNames(dom: FlatDom): ElementNames[] {
  const out: ElementNames[] = new Array<ElementNames>(dom.size);
  // Pages repeat the same class strings many times: build each record once per page.
  const seen = new Map<string, ElementNames>();
  for (let i = 0; i < dom.size; i++) {
    const a = dom.attrs[i];
    if (!a || (a.class === undefined && a.id === undefined)) {
      out[i] = EMPTY;
      continue;
    }
    const raw = `${a.class ?? ""} ${a.id ?? ""}`.trim();
    const known = seen.get(raw);
    if (known) {
      out[i] = known;
      continue;
    }
    const tokens: string[] = [];
    const words = new Set<string>();
    if (raw.length > 0) {
      for (const t of raw.split(TOKEN_SPLIT)) {
        if (!t || t.length > 80) continue;
        const lower = t.toLowerCase();
        tokens.push(lower);
        if (!TAXONOMY.test(lower)) splitWords(t, words);
      }
    }
    const names = { tokens, words };
    if (seen.size < 4096) seen.set(raw, names);
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
