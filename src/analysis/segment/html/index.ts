// HTML track of page segmentation: parse (parse5), flatten, find comment items and the article
// container by structure, render lines like w3m, and sort every line into title, body, boilerplate or
// one comment. Every pass is a loop over the flattened tree, so 10,000-deep nesting is no problem.
import type { SegmentedPage } from "../../types";
import { computeMetrics, pickArticle } from "./article";
import { buildComments } from "./comments";
import { parseHtml } from "./dom";
import { computeNames } from "./names";
import { Role, renderLines } from "./render";
import { isCommentCandidate } from "./rules";
import { pickTitle } from "./title";

export function segmentHtml(html: string): SegmentedPage {
  const dom = parseHtml(html);
  const names = computeNames(dom);
  const candidate = new Uint8Array(dom.size);
  const excluded = new Uint8Array(dom.size);
  for (let i = 0; i < dom.size; i++) {
    const p = dom.parent[i] as number;
    if (p >= 0 && excluded[p] === 1) excluded[i] = 1;
    if (dom.tag[i] === "" || dom.tag[i] === "form") continue;
    if (isCommentCandidate(dom, names, i)) {
      candidate[i] = 1;
      excluded[i] = 1;
    }
  }
  const metrics = computeMetrics(dom);
  const bodyRoot = pickArticle(dom, names, metrics, excluded);
  const title = pickTitle(dom, metrics.textLen, bodyRoot);
  const lines = renderLines({ dom, names, candidate, bodyRoot, titleEl: title.element });
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
