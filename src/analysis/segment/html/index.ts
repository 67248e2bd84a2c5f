// HTML track of page segmentation: parse (htmlparser2, streamed into flat arrays), find comment items and the article
// container by structure, render lines like w3m, and sort every line into title, body, boilerplate or
// one comment. Every pass is a loop over the flattened tree, so 10,000-deep nesting is no problem.
import type { SegmentedPage } from "../../types";
import { computeMetrics, pickArticle, type TextMetrics } from "./article";
import { buildComments } from "./comments";
import { parseHtml, type FlatDom } from "./dom";
import { computeNames } from "./names";
import { Role, renderLines } from "./render";
import { isCommentCandidate, isCommentRegion, isTeaserRegion } from "./rules";
import type { ElementNames } from "./names";
import { pickTitle } from "./title";

/**
 * An item whose whole text is the text of links to other pages is a pointer to a comment elsewhere (a
 * "Latest comments" box lists other articles' comments as links), not a comment. A script link
 * ("javascript:…", "#") opens the comment on this page: that item is one.
 */
function linksElsewhere(dom: FlatDom, metrics: TextMetrics, i: number): boolean {
  const text = metrics.textLen[i] as number;
  if (text === 0 || (metrics.linkLen[i] as number) < text) return false;
  for (let k = i + 1; k < (dom.end[i] as number); k++) {
    if (dom.tag[k] !== "a") continue;
    const href = (dom.attrs[k]?.href ?? "").trim();
    if (href === "" || href.startsWith("#") || /^javascript:/iu.test(href)) return false;
  }
  return true;
}

export function segmentHtml(html: string): SegmentedPage {
  const dom = parseHtml(html);
  const names = computeNames(dom);
  const candidate = new Uint8Array(dom.size);
  const metrics = computeMetrics(dom);
  const pageLen = dom.size > 0 ? (metrics.textLen[0] as number) : 0;
  const excluded = new Uint8Array(dom.size);
  const inTeasers = new Uint8Array(dom.size);
  const inRegion = new Uint8Array(dom.size);
  const inItem = new Uint8Array(dom.size);
  for (let i = 0; i < dom.size; i++) {
    const p = dom.parent[i] as number;
    if (p >= 0 && excluded[p] === 1) excluded[i] = 1;
    if (dom.tag[i] === "" || dom.tag[i] === "form") continue;
    // Layout wrappers named "…-sidebar-right" hold the whole page: only a small block is a teaser region.
    const small = (metrics.textLen[i] as number) * 4 < pageLen;
    if ((p >= 0 && inTeasers[p] === 1) || (small && isTeaserRegion(names[i] as ElementNames))) {
      inTeasers[i] = 1;
      continue;
    }
    if (p >= 0 && inRegion[p] === 1) inRegion[i] = 1;
    if (p >= 0 && inItem[p] === 1) inItem[i] = 1;
    // Outside a comment section, a "comment" holding half the page is a mislabelled article.
    const plausible = inRegion[i] === 1 || (metrics.textLen[i] as number) * 2 < pageLen;
    if (plausible && isCommentCandidate(dom, names, i, inRegion[i] === 1, inItem[i] === 1) && !linksElsewhere(dom, metrics, i)) {
      candidate[i] = 1;
      excluded[i] = 1;
      inItem[i] = 1;
    } else if (dom.tag[i] !== "body" && dom.tag[i] !== "html" && isCommentRegion(names[i] as ElementNames)) inRegion[i] = 1;
  }
  // A fragment without any paragraph-sized text ("<p>Thanks!</p>") is all body, minus its chrome.
  const picked = pickArticle(dom, names, metrics, excluded);
  const bodyRoot = picked >= 0 || dom.size === 0 ? picked : 0;
  const title = pickTitle(dom, metrics.textLen, bodyRoot);
  const lines = renderLines({ dom, names, candidate, bodyRoot, titleEl: title.element, textLen: metrics.textLen });
  const body: string[] = [];
  const boilerplate: string[] = [];
  for (let k = 0; k < lines.text.length; k++) {
    const role = lines.role[k] as Role;
    const text = lines.text[k] as string;
    if (role === Role.Body) body.push(text);
    else if (role === Role.Boilerplate || role === Role.CommentChrome) boilerplate.push(text);
    else if (role === Role.Title && title.element < 0) boilerplate.push(text);
  }
  const comments = buildComments(dom, names, lines);
  return { title: title.text, body, boilerplate, comments };
}
