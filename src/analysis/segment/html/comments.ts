// Turns rendered comment lines into comments. A candidate with no text of its own is a wrapper (the <li>
// around WordPress's <article class="comment-body">): it stands for the first comment inside it, so a
// reply's parent is found by walking up the candidates above it. Depth classes ("depth-2", "level-2")
// give the parent where markup is flat.
import type { SegmentedComment } from "../../types";
import type { FlatDom } from "./dom";
import type { ElementNames } from "./names";
import { Role, type RenderedLines } from "./render";

interface Gathered {
  text: string[];
  author: string | null;
  authorEl: number;
  date: string | null;
  dateEl: number;
}

const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;
const HAS_LETTER = /\p{L}/u;
const DEPTH = /^(?:depth|level|comment-level|wc_comment_level|comment-depth|thread-depth)[-_]?(\d{1,3})$/;
/** A trailing "says:"/"sagt:" that some themes put inside the author element. */
const SAYS = /\s+(?:says|sagt|schreibt|meint|writes|dit)\s*:?\s*$/i;

function depthOf(names: ElementNames): number {
  for (const t of names.tokens) {
    const m = DEPTH.exec(t);
    if (m) return Number(m[1]);
  }
  return 0;
}

/** Index of the first element of `sorted` that is > after (binary search). */
function firstAfter(sorted: number[], after: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) > after) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export function buildComments(dom: FlatDom, names: ElementNames[], lines: RenderedLines): SegmentedComment[] {
  const gathered = new Map<number, Gathered>();
  const get = (c: number): Gathered => {
    let g = gathered.get(c);
    if (!g) {
      g = { text: [], author: null, authorEl: -1, date: null, dateEl: -1 };
      gathered.set(c, g);
    }
    return g;
  };
  for (let k = 0; k < lines.text.length; k++) {
    const owner = lines.owner[k] as number;
    if (owner < 0) continue;
    const role = lines.role[k] as Role;
    const text = lines.text[k] as string;
    const el = lines.roleEl[k] as number;
    if (role === Role.CommentText) get(owner).text.push(text);
    else if (role === Role.CommentAuthor) {
      const g = get(owner);
      if (g.author === null) {
        g.author = text;
        g.authorEl = el;
      } else if (g.authorEl === el) g.author += ` ${text}`;
    } else if (role === Role.CommentDate) {
      const g = get(owner);
      if (g.date === null) {
        g.date = text;
        g.dateEl = el;
      } else if (g.dateEl === el) g.date += ` ${text}`;
    }
  }
  // Items: candidates whose own text has a word in it, in document order.
  const items: number[] = [];
  for (const [c, g] of gathered) if (g.text.some((t) => HAS_WORD_CHAR.test(t))) items.push(c);
  items.sort((a, b) => a - b);
  // A candidate whose own text has no letter (a counter "1", "#2") around other items is a wrapper.
  const wrappers = new Set<number>();
  for (let k = 0; k + 1 < items.length; k++) {
    const c = items[k] as number;
    const next = items[k + 1] as number;
    if (next < (dom.end[c] as number) && !(gathered.get(c) as Gathered).text.some((t) => HAS_LETTER.test(t))) wrappers.add(c);
  }
  if (wrappers.size > 0) {
    const kept = items.filter((c) => !wrappers.has(c));
    items.length = 0;
    items.push(...kept);
  }
  const itemIndex = new Map<number, number>();
  items.forEach((c, k) => itemIndex.set(c, k));

  /** The item a candidate stands for: itself, or the first item inside it. */
  const stand = (c: number): number => {
    if (itemIndex.has(c)) return c;
    const k = firstAfter(items, c);
    const first = items[k];
    return first !== undefined && first < (dom.end[c] as number) ? first : -1;
  };
  // Wrappers lend their author and date to the item they stand for.
  for (const [c, g] of gathered) {
    if (itemIndex.has(c)) continue;
    const s = stand(c);
    if (s < 0) continue;
    const target = gathered.get(s) as Gathered;
    if (target.author === null && g.author !== null) target.author = g.author;
    if (target.date === null && g.date !== null) target.date = g.date;
  }

  const comments: SegmentedComment[] = [];
  const depthStack: number[] = [];
  for (let k = 0; k < items.length; k++) {
    const c = items[k] as number;
    const g = gathered.get(c) as Gathered;
    let parent: number | null = null;
    let above = parentCandidate(dom, lines, c);
    while (above >= 0) {
      const s = stand(above);
      if (s >= 0 && s !== c && s < c) {
        parent = itemIndex.get(s) ?? null;
        break;
      }
      above = parentCandidate(dom, lines, above);
    }
    let depth = depthOf(names[c] as ElementNames);
    if (depth === 0) depth = wrapperDepth(dom, names, lines, c, itemIndex);
    if (parent === null && depth > 1) {
      const p = depthStack[depth - 2];
      if (p !== undefined) parent = p;
    }
    if (depth > 0) {
      depthStack.length = Math.min(depthStack.length, depth - 1);
      while (depthStack.length < depth - 1) depthStack.push(k);
      depthStack[depth - 1] = k;
    }
    const author = g.author === null ? null : g.author.replace(SAYS, "").trim() || null;
    comments.push({ text: g.text.join("\n"), author, parent, postedAt: g.date });
  }
  return comments;
}

function parentCandidate(dom: FlatDom, lines: RenderedLines, c: number): number {
  const p = dom.parent[c] as number;
  return p >= 0 ? (lines.nearestCandidate[p] as number) : -1;
}

/** A depth class on a wrapper candidate counts for the item it stands for. */
function wrapperDepth(dom: FlatDom, names: ElementNames[], lines: RenderedLines, c: number, items: Map<number, number>): number {
  let above = parentCandidate(dom, lines, c);
  for (let hops = 0; hops < 2 && above >= 0 && !items.has(above); hops++) {
    const d = depthOf(names[above] as ElementNames);
    if (d > 0) return d;
    above = parentCandidate(dom, lines, above);
  }
  return 0;
}
