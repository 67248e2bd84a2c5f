// Structural word rules: which elements are comment items, authors, dates, and chrome (boilerplate).
// They test class/id words and microdata, never page-specific strings.
import type { FlatDom } from "./dom";
import { TAXONOMY, hasAnyWord, itemProp, itemType, wordContains, type ElementNames } from "./names";

const COMMENT_HEADS = new Set(["comment", "kommentar", "pingback", "trackback", "leserbrief", "review", "rev"]);
/** Heads that name a review ("jdgm-rev", "review-item"): an item only inside a review or comment section. */
const REVIEW_HEADS = new Set(["review", "rev"]);
const ITEM_TAILS = new Set(["item", "entry", "card"]);
/** Words that make a "comment…" token a part or a container, not an item. */
const NOT_ITEM = new Set([
  "body", "content", "text", "author", "meta", "metadata", "date", "time", "reply", "form", "respond", "title",
  "count", "link", "list", "area", "wrapper", "wrap", "section", "holder", "container", "inner", "footer",
  "header", "nav", "navigation", "avatar", "add", "new", "write", "leave", "post", "submit", "toggle", "show",
  "load", "more", "open", "close", "view", "all", "latest", "recent", "popular", "top", "box", "block",
  "button", "btn", "icon", "number", "num", "counter", "label", "tab", "tabs", "widget", "template", "policy",
  "rules", "guidelines", "notice", "closed", "pagination", "links",
]);
const NOT_REGION = new Set(["recent", "recentcomments", "latest", "popular", "widget", "most", "top", "sidebar", "tabs", "tab", "nav", "menu", "pagination"]);
const COMMENT_ID = /^(?:li-|div-)?(?:comment|kommentar)[-_]?\d+$|^c\d{6,}$/;

const NOT_AN_ITEM = 0, COMMENT_ITEM = 1, REVIEW_ITEM = 2;

/** Whether a class token names a comment item ("comment", "comment-item"), a review item, or neither. */
function itemTokenKind(token: string): number {
  const parts = token.split(/[-_]+/);
  const last = parts[parts.length - 1] ?? "";
  const headIndex = parts.findIndex((p) => COMMENT_HEADS.has(p) || p === "comments");
  if (headIndex < 0) return NOT_AN_ITEM;
  for (const p of parts) if (NOT_ITEM.has(p)) return NOT_AN_ITEM;
  if (!COMMENT_HEADS.has(last) && !ITEM_TAILS.has(last)) return NOT_AN_ITEM;
  return parts.some((p) => (COMMENT_HEADS.has(p) && !REVIEW_HEADS.has(p)) || p === "comments") ? COMMENT_ITEM : REVIEW_ITEM;
}

const PART_WORDS = new Set([
  "meta", "metadata", "author", "date", "time", "reply", "form", "respond", "title", "count", "nav", "navigation",
  "avatar", "actions", "action", "tools", "share", "sharing", "links", "tabs", "tab", "pagination", "button",
  "btn", "rules", "guidelines", "policy", "notice", "closed", "header", "footer", "toggle", "sort", "filter",
]);

/** A list named as a part of one comment ("comment-meta", "comment-actions"), not a list of comments. */
function isPartList(names: ElementNames): boolean {
  return hasAnyWord(names, PART_WORDS);
}

/** Tags a comment item can have: blocks, never inline elements (a "moderate-comment" button span). */
const ITEM_TAGS = new Set(["li", "div", "article", "section", "dd", "dt", "blockquote", "tr", "td", "p", "aside", "footer", "table", "tbody", "ul", "ol", "main"]);

/** Regions whose comment-like entries are teasers of other pages' comments (sidebars, widgets). */
const TEASER_REGION = new Set(["sidebar", "widget", "recentcomments", "recent", "latest", "popular", "teaser", "teasers"]);

export function isTeaserRegion(names: ElementNames): boolean {
  return hasAnyWord(names, TEASER_REGION);
}

const REGION_FRAGMENTS = ["comment", "kommentar", "disqus", "wpdiscuz", "wpcomm", "leserbrief", "discussion"];
const REPLY_LISTS = new Set(["children", "replies", "antworten", "answers", "thread", "subcomments", "nested"]);
/** "commentary" names an opinion article, not its comments. */
const NOT_REGION_WORDS = new Set(["commentary", "commentaries", "kommentare-link", "commentcount", "commentscount"]);

function nearReviewList(dom: FlatDom, names: ElementNames[], i: number): boolean {
  let p = dom.parent[i] as number;
  for (let hops = 0; hops < 3 && p >= 0; hops++) {
    if (dom.tag[p] === "body") return false;
    if (wordContains(names[p] as ElementNames, ["review"])) return true;
    p = dom.parent[p] as number;
  }
  return false;
}

/** A block that names itself as the comment section ("comments", "disqus_thread", "kommentare"). */
export function isCommentRegion(names: ElementNames): boolean {
  for (const w of names.words) {
    if (NOT_REGION_WORDS.has(w)) continue;
    for (const f of REGION_FRAGMENTS) if (w.includes(f)) return !isPartList(names);
  }
  return false;
}

/**
 * Comment item candidates: by microdata, id, class, as a list entry of a comment-named list, as an entry
 * of a plain list directly inside a comment region (Disqus "post-list"), or of a reply list in an item.
 */
export function isCommentCandidate(dom: FlatDom, names: ElementNames[], i: number, inRegion = false, inItem = false): boolean {
  if (!ITEM_TAGS.has(dom.tag[i] as string)) return false;
  if (dom.tag[i] === "li" && (inRegion || inItem)) {
    const p = dom.parent[i] as number;
    const pn = names[p] as ElementNames;
    if (inItem && hasAnyWord(pn, REPLY_LISTS)) return true;
    if (inRegion && !inItem && pn.words.size > 0 && !isPartList(pn) && !hasAnyWord(pn, NOT_REGION)) return true;
  }
  const type = itemType(dom, i);
  if (type.endsWith("/Comment") || type.endsWith("/Answer")) return true;
  // The older schema.org UserComments is one comment (commentText, creator, commentTime); some sites use it
  // as the section around Comment items instead, so it counts only when it holds its own commentText.
  if (type.endsWith("/UserComments")) return holdsCommentText(dom, i);
  // Themes mark whole articles as schema.org Review: only reviews inside a review/comment section count.
  if (type.endsWith("/Review") && (inRegion || nearReviewList(dom, names, i))) return true;
  const n = names[i] as ElementNames;
  // Records are shared by every element with the same class string: the token test runs once per record.
  n.namesItem ??= n.tokens.some((t) => COMMENT_ID.test(t) || (!TAXONOMY.test(t) && itemTokenKind(t) === COMMENT_ITEM));
  if (n.namesItem) return true;
  // A review named by class is a reader's only in a review list: a staff review boxed inside the article
  // ("individual-review": the editors' verdicts) is article.
  n.namesReview ??= n.tokens.some((t) => !TAXONOMY.test(t) && itemTokenKind(t) === REVIEW_ITEM);
  if (n.namesReview) return inRegion || nearReviewList(dom, names, i);
  const tag = dom.tag[i];
  if (tag === "li" || tag === "dd") {
    const p = dom.parent[i] as number;
    if (p >= 0) {
      const pn = names[p] as ElementNames;
      if (wordContains(pn, ["comment", "kommentar"]) && !hasAnyWord(pn, NOT_REGION) && !isPartList(pn)) return true;
    }
  }
  return false;
}

function holdsCommentText(dom: FlatDom, i: number): boolean {
  for (let k = i + 1; k < (dom.end[i] as number); k++) if (itemProp(dom, k) === "commenttext") return true;
  return false;
}

const AUTHOR_WORDS = new Set(["author", "autor", "fn", "username", "commenter", "nickname", "verfasser", "poster", "vcard", "user"]);
const AUTHOR_PROPS = new Set(["author", "creator"]);

export function isAuthor(dom: FlatDom, names: ElementNames[], i: number): boolean {
  if (dom.tag[i] === "cite") return true;
  if (AUTHOR_PROPS.has(itemProp(dom, i))) return true;
  const n = names[i] as ElementNames;
  if (hasAnyWord(n, AUTHOR_WORDS)) return !n.words.has("avatar") && !n.words.has("bio");
  for (const t of n.tokens) if (t === "name" || t === "user-name" || t === "comment-name") return true;
  return false;
}

const DATE_WORDS = new Set(["date", "time", "datum", "published", "timestamp", "commentmetadata", "posted", "ago", "zeit", "datetime"]);
const DATE_PROPS = new Set(["datepublished", "datecreated", "datemodified", "commenttime"]);

export function isDate(dom: FlatDom, names: ElementNames[], i: number): boolean {
  if (dom.tag[i] === "time") return true;
  if (DATE_PROPS.has(itemProp(dom, i))) return true;
  return hasAnyWord(names[i] as ElementNames, DATE_WORDS);
}

const COMMENT_CHROME_TAGS = new Set(["button", "form", "nav", "footer", "select", "textarea", "label"]);
const COMMENT_CHROME_WORDS = new Set([
  "reply", "antworten", "edit", "avatar", "says", "vote", "votes", "voting", "like", "likes", "rating", "report",
  "share", "sharing", "permalink", "actions", "action", "tools", "toolbar", "moderation", "awaiting", "flag",
  "meta", "metadata", "respond", "form", "button", "btn", "count", "screen", "reader", "sr", "reactions",
]);

export function isCommentChrome(dom: FlatDom, names: ElementNames[], i: number): boolean {
  if (COMMENT_CHROME_TAGS.has(dom.tag[i] as string)) return true;
  return hasAnyWord(names[i] as ElementNames, COMMENT_CHROME_WORDS);
}

const BODY_CHROME_TAGS = new Set(["nav", "aside", "form", "button", "select", "textarea", "figcaption", "footer", "label", "header"]);
const BODY_CHROME_WORDS = new Set([
  "share", "sharing", "shares", "sharebar", "social", "socials", "related", "byline", "bio", "biography",
  "authorbox", "newsletter", "cookie", "cookies", "consent", "caption", "credit", "credits", "copyright",
  "breadcrumb", "breadcrumbs", "tags", "tagcloud", "meta", "metadata", "sidebar", "widget", "ad", "ads",
  "advert", "advertisement", "anzeige", "promo", "subscribe", "nav", "navigation", "menu", "footer",
  "pagination", "pager", "respond", "login", "signup", "popup", "modal", "toolbar", "follow",
  "comment", "comments", "kommentar", "kommentare", "disqus", "wpdiscuz", "wpcomm", "teaser", "recommended",
  "more", "readmore", "author",
]);

export function isBodyChrome(dom: FlatDom, names: ElementNames[], i: number): boolean {
  if (BODY_CHROME_TAGS.has(dom.tag[i] as string)) return true;
  const n = names[i] as ElementNames;
  if (itemProp(dom, i) === "articlebody") return false;
  return hasAnyWord(n, BODY_CHROME_WORDS);
}

/** Elements that close the current line (w3m renders each as its own block of lines). */
export const BLOCK_TAGS = new Set([
  "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div", "dl",
  "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
  "hgroup", "hr", "html", "li", "listing", "main", "menu", "nav", "ol", "p", "plaintext", "pre", "section",
  "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "xmp", "caption", "option", "select",
  "textarea",
]);
