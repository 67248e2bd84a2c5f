// Finds the article container: a Readability-style paragraph density score (text length and commas
// credited to the paragraph's ancestors, damped by link density), then widened to an article-like
// ancestor (<article>, itemprop=articleBody, an "entry-content"/"post-content"-named block).
import type { FlatDom } from "./dom";
import { hasAnyWord, itemProp, itemType, type ElementNames } from "./names";

export interface TextMetrics {
  /** Characters of collapsed text in each subtree. */
  textLen: Int32Array;
  /** Of which inside <a>. */
  linkLen: Int32Array;
  /** Characters of text nodes that are direct children. */
  directLen: Int32Array;
  /** Commas in each node's own text nodes. */
  commas: Int32Array;
}

export function computeMetrics(dom: FlatDom): TextMetrics {
  const n = dom.size;
  const textLen = new Int32Array(n);
  const linkLen = new Int32Array(n);
  const directLen = new Int32Array(n);
  const commas = new Int32Array(n);
  for (let i = n - 1; i >= 0; i--) {
    const p = dom.parent[i] as number;
    if (dom.tag[i] === "") {
      const t = dom.text[i] as string;
      let len = 0;
      let c = 0;
      let inSpace = true;
      for (let k = 0; k < t.length; k++) {
        const ch = t.charCodeAt(k);
        const space = ch === 32 || ch === 10 || ch === 9 || ch === 13 || ch === 12 || ch === 160;
        if (!space) len += inSpace ? 2 : 1;
        inSpace = space;
        if (ch === 44) c++;
      }
      textLen[i] = len;
      if (p >= 0) {
        directLen[p] = (directLen[p] as number) + len;
        commas[p] = (commas[p] as number) + c;
      }
    } else if (dom.tag[i] === "a") {
      linkLen[i] = textLen[i] as number;
    }
    if (p >= 0) {
      textLen[p] = (textLen[p] as number) + (textLen[i] as number);
      linkLen[p] = (linkLen[p] as number) + (linkLen[i] as number);
    }
  }
  return { textLen, linkLen, directLen, commas };
}

const POSITIVE = new Set(["article", "body", "content", "entry", "hentry", "main", "page", "post", "text", "blog", "story", "artikel", "beitrag", "inhalt"]);
const NEGATIVE = new Set([
  "comment", "comments", "com", "contact", "foot", "footer", "footnote", "masthead", "media", "meta", "outbrain",
  "promo", "related", "scroll", "shoutbox", "sidebar", "sponsor", "shopping", "tags", "tool", "widget", "nav",
  "menu", "kommentar", "kommentare", "teaser", "header",
]);
const SKIP_TAGS = new Set(["nav", "aside", "footer", "form", "header"]);
/** Small blocks with these names hold teasers of other pages, never the article. */
const SKIP_WORDS = new Set([
  "sidebar", "widget", "related", "recent", "popular", "teaser", "teasers", "promo", "footer", "nav", "menu",
  "breadcrumb", "breadcrumbs", "share", "social", "newsletter", "cookie", "cookies", "ad", "ads", "advert",
  "trending", "recommended", "recommendations", "more",
]);
const PARAGRAPH_TAGS = new Set(["p", "pre", "td", "blockquote", "li", "h2", "h3", "h4"]);
const CONTAINER_WORDS = new Set(["entry", "content", "article", "post", "story", "body", "text", "artikel", "beitrag"]);

function tagBonus(tag: string): number {
  if (tag === "div" || tag === "article" || tag === "section" || tag === "main") return 5;
  if (tag === "pre" || tag === "td" || tag === "blockquote") return 3;
  if (tag === "ol" || tag === "ul" || tag === "dl" || tag === "li" || tag === "form") return -3;
  return 0;
}

function classWeight(names: ElementNames): number {
  let w = 0;
  if (hasAnyWord(names, POSITIVE)) w += 25;
  if (hasAnyWord(names, NEGATIVE)) w -= 25;
  return w;
}

/** True for containers that name themselves as the article. */
export function isArticleLike(dom: FlatDom, names: ElementNames[], i: number): boolean {
  if (dom.tag[i] === "article") return true;
  if (itemProp(dom, i) === "articlebody") return true;
  const t = itemType(dom, i);
  if (t.endsWith("Article") || t.endsWith("BlogPosting")) return true;
  const n = names[i] as ElementNames;
  for (const token of n.tokens) {
    const parts = token.split(/[-_]+/);
    if (parts.length >= 2 && parts.every((p) => CONTAINER_WORDS.has(p) || p === "single" || p === "main")) return true;
  }
  return false;
}

/**
 * Returns the index of the article container, or -1 when the page has no text.
 * `excluded[i]` marks elements (comment items and regions) whose paragraphs must not count.
 */
export function pickArticle(dom: FlatDom, names: ElementNames[], m: TextMetrics, excluded: Uint8Array): number {
  const n = dom.size;
  const score = new Float64Array(n);
  const seeded = new Uint8Array(n);
  const blocked = new Uint8Array(n);
  /** Characters of counted paragraphs in each subtree (filled below, summed up afterwards). */
  const paraLen = new Float64Array(n);
  let best = -1;
  const pageLen = n > 0 ? (m.textLen[0] as number) : 0;
  for (let i = 0; i < n; i++) {
    const p = dom.parent[i] as number;
    const tag = dom.tag[i] as string;
    if (tag === "") continue;
    const teaser = (m.textLen[i] as number) * 4 < pageLen && hasAnyWord(names[i] as ElementNames, SKIP_WORDS);
    blocked[i] = (p >= 0 && blocked[p] === 1) || excluded[i] === 1 || SKIP_TAGS.has(tag) || teaser ? 1 : 0;
    if (blocked[i] === 1) continue;
    const own = PARAGRAPH_TAGS.has(tag) ? (m.textLen[i] as number) : (m.directLen[i] as number);
    if (own < 25) continue;
    if (!PARAGRAPH_TAGS.has(tag) && tag !== "div" && tag !== "section" && tag !== "article" && tag !== "span" && tag !== "font") continue;
    const linkShare = (m.linkLen[i] as number) / Math.max(1, m.textLen[i] as number);
    if (linkShare > 0.5) continue;
    const credit = 1 + (m.commas[i] as number) + Math.min(Math.floor(own / 100), 3);
    paraLen[i] = own;
    // Own direct text counts for the element itself too (a div holding text with <br>s).
    let target = PARAGRAPH_TAGS.has(tag) ? p : i;
    for (let level = 0; level < 5 && target >= 0; level++) {
      if (seeded[target] === 0) {
        seeded[target] = 1;
        score[target] = tagBonus(dom.tag[target] as string) + classWeight(names[target] as ElementNames);
      }
      const div = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      score[target] = (score[target] as number) + credit / div;
      target = dom.parent[target] as number;
    }
  }
  let bestScore = -Infinity;
  for (let i = 0; i < n; i++) {
    if (seeded[i] === 0) continue;
    const linkShare = (m.linkLen[i] as number) / Math.max(1, m.textLen[i] as number);
    const s = (score[i] as number) * (1 - linkShare);
    if (s > bestScore) {
      bestScore = s;
      best = i;
    }
  }
  if (best < 0) return -1;
  // A paragraph nested in a counted paragraph (<p> in <blockquote>) must not count twice.
  for (let i = n - 1; i >= 0; i--) {
    const p = dom.parent[i] as number;
    if (p < 0) continue;
    if ((paraLen[p] as number) > 0 && PARAGRAPH_TAGS.has(dom.tag[p] as string)) continue;
    paraLen[p] = (paraLen[p] as number) + (paraLen[i] as number);
  }
  return widen(dom, names, m, climb(dom, m, paraLen, best), excluded);
}

/**
 * Climbs from the best-scored block while its parent holds clearly more paragraph text: articles split
 * into sibling blocks (one <div> per paragraph group, live-blog entries) are one article.
 */
function climb(dom: FlatDom, m: TextMetrics, paraLen: Float64Array, start: number): number {
  let cur = start;
  for (let level = 0; level < 6; level++) {
    const p = dom.parent[cur] as number;
    if (p < 0 || dom.tag[p] === "body" || dom.tag[p] === "html") break;
    const gain = (paraLen[p] as number) - (paraLen[cur] as number);
    if (gain < Math.max(150, 0.15 * (paraLen[cur] as number))) {
      if (gain === 0) {
        cur = p;
        continue;
      }
      break;
    }
    if ((m.linkLen[p] as number) > 0.4 * (m.textLen[p] as number)) break;
    cur = p;
  }
  return cur;
}

/** Moves up to an article-like ancestor a few levels above, when it does not mostly hold other text. */
function widen(dom: FlatDom, names: ElementNames[], m: TextMetrics, start: number, excluded: Uint8Array): number {
  if (isArticleLike(dom, names, start)) return start;
  let cur = dom.parent[start] as number;
  for (let level = 0; level < 4 && cur >= 0; level++) {
    const tag = dom.tag[cur];
    if (tag === "body" || tag === "html" || excluded[cur] === 1) break;
    if (isArticleLike(dom, names, cur)) return cur;
    cur = dom.parent[cur] as number;
  }
  return start;
}
