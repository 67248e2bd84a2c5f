// The page title: the <h1> of the article (or the first <h1> on the page), else og:title, else <title>.
import type { FlatDom } from "./dom";

const SPACE_RUN = /[\t\n\f\r \u00a0]+/g;

function textOf(dom: FlatDom, el: number): string {
  let s = "";
  const end = dom.end[el] as number;
  for (let i = el + 1; i < end; i++) if (dom.tag[i] === "") s += dom.text[i] as string;
  return s.replace(SPACE_RUN, " ").trim();
}

/** `textLen` (from the metrics pass) keeps this linear: only non-empty <h1>s are rendered. */
export function pickTitle(dom: FlatDom, textLen: Int32Array, bodyRoot: number): { element: number; text: string } {
  let first = -1;
  let inArticle = -1;
  for (let i = 0; i < dom.size; i++) {
    if (dom.tag[i] !== "h1") continue;
    if (textLen[i] === 0) continue;
    if (first < 0) first = i;
    if (bodyRoot >= 0 && i > bodyRoot && i < (dom.end[bodyRoot] as number)) {
      inArticle = i;
      break;
    }
  }
  // An <h1> shortly before the article container (the usual <header> above the body) beats a site logo.
  let el = inArticle >= 0 ? inArticle : first;
  if (inArticle < 0 && bodyRoot >= 0) {
    for (let i = bodyRoot - 1; i >= 0 && i > bodyRoot - 400; i--) {
      if (dom.tag[i] === "h1" && (textLen[i] as number) > 0) {
        el = i;
        break;
      }
    }
  }
  if (el >= 0) return { element: el, text: textOf(dom, el) };
  return { element: -1, text: dom.ogTitle || dom.docTitle };
}
