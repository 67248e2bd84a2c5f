// Parses HTML with parse5 (the WHATWG algorithm, so the tree matches what a browser or jsdom builds) and
// flattens it into pre-order arrays. Every later pass is a loop over these arrays: no recursion over the
// DOM depth, and "is X inside Y" is an index-range check (start < x < end).
import { parse } from "parse5";
import type { DefaultTreeAdapterTypes } from "parse5";

type P5Node = DefaultTreeAdapterTypes.Node;
type P5Element = DefaultTreeAdapterTypes.Element;

/**
 * Elements whose content is never rendered as text. <noscript> is kept and parsed as markup (parse5 with
 * scripting disabled, as jsdom does): that is how the pages render without JavaScript, and several
 * blogs put the whole article there.
 */
const DROPPED = new Set(["script", "style", "template", "svg", "math", "head", "iframe", "object", "link", "meta"]);

export interface FlatDom {
  /** Number of nodes (elements and text). */
  size: number;
  /** Lower-case tag name for elements, "" for text nodes. */
  tag: string[];
  /** Collapsed text for text nodes, "" for elements. */
  text: string[];
  /** Index of the parent node, -1 for the root. */
  parent: Int32Array;
  /** One past the last node of this node's subtree. */
  end: Int32Array;
  /** Attributes of elements (null for text nodes). */
  attrs: (Record<string, string> | null)[];
  /** Document <title> and og:title, read from <head> before it is dropped. */
  docTitle: string;
  ogTitle: string;
}

const WS = /[\t\n\f\r ]+/g;

export function collapseWhitespace(s: string): string {
  return s.replace(WS, " ");
}

function attrMap(el: P5Element): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of el.attrs) out[a.name] = a.value;
  return out;
}

function isElement(n: P5Node): n is P5Element {
  return (n as P5Element).tagName !== undefined;
}

/** Reads <title> and og:title from the head (iteratively, the head is usually small but may be hostile). */
function readHeadTitles(doc: P5Node): { docTitle: string; ogTitle: string } {
  let docTitle = "";
  let ogTitle = "";
  const stack: P5Node[] = [doc];
  while (stack.length > 0) {
    const n = stack.pop() as P5Node;
    if (!isElement(n) && n.nodeName !== "#document") continue;
    if (isElement(n)) {
      if (n.tagName === "body") continue;
      if (n.tagName === "title" && !docTitle) {
        docTitle = n.childNodes.map((c) => ("value" in c ? String(c.value) : "")).join("");
      } else if (n.tagName === "meta") {
        const a = attrMap(n);
        if ((a.property === "og:title" || a.name === "og:title") && a.content && !ogTitle) ogTitle = a.content;
      }
    }
    const kids = (n as P5Element).childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as P5Node);
  }
  return { docTitle: collapseWhitespace(docTitle).trim(), ogTitle: collapseWhitespace(ogTitle).trim() };
}

export function parseHtml(html: string): FlatDom {
  const doc = parse(html, { scriptingEnabled: false });
  const titles = readHeadTitles(doc);
  const tag: string[] = [];
  const text: string[] = [];
  const parents: number[] = [];
  const attrs: (Record<string, string> | null)[] = [];
  const ends: number[] = [];
  // Explicit stack of [node, parentIndex]; a negative marker closes a subtree so `end` can be filled.
  const stack: (P5Node | number)[] = [];
  const parentStack: number[] = [];
  const roots = (doc as unknown as { childNodes: P5Node[] }).childNodes;
  for (let i = roots.length - 1; i >= 0; i--) {
    stack.push(roots[i] as P5Node);
    parentStack.push(-1);
  }
  while (stack.length > 0) {
    const item = stack.pop() as P5Node | number;
    const parentIndex = parentStack.pop() as number;
    if (typeof item === "number") {
      ends[item] = tag.length;
      continue;
    }
    if (item.nodeName === "#text") {
      const value = (item as DefaultTreeAdapterTypes.TextNode).value;
      const index = tag.length;
      tag.push("");
      text.push(value);
      parents.push(parentIndex);
      attrs.push(null);
      ends[index] = index + 1;
      continue;
    }
    if (!isElement(item)) continue;
    const name = item.tagName.toLowerCase();
    if (DROPPED.has(name)) continue;
    const index = tag.length;
    tag.push(name);
    text.push("");
    parents.push(parentIndex);
    attrs.push(attrMap(item));
    ends.push(0);
    stack.push(index);
    parentStack.push(-1);
    const kids = item.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) {
      stack.push(kids[i] as P5Node);
      parentStack.push(index);
    }
  }
  const size = tag.length;
  return {
    size,
    tag,
    text,
    parent: Int32Array.from(parents),
    end: Int32Array.from(ends.slice(0, size)),
    attrs,
    docTitle: titles.docTitle,
    ogTitle: titles.ogTitle,
  };
}
