// Parses HTML with htmlparser2's streaming Parser and builds the flattened DOM straight from its callbacks:
// no intermediate tree, one pass, an explicit stack of open elements. Every later pass is a loop over these
// pre-order arrays, so nothing recurses over the DOM depth, and "is X inside Y" is an index-range check
// (start < x < end). htmlparser2 applies the usual implied end tags (<p>, <li>, <td>…), decodes entities,
// and parses <noscript> as markup, as jsdom does with scripting off (several blogs put the article there).
import { Parser } from "htmlparser2";

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

/** Elements whose content is never rendered as text (<title> is read for the page title only). */
const DROPPED = new Set(["script", "style", "template", "svg", "math", "head", "iframe", "object", "link", "meta", "title"]);

export function parseHtml(html: string): FlatDom {
  const tag: string[] = ["html"];
  const text: string[] = [""];
  const parents: number[] = [-1];
  const attrs: (Record<string, string> | null)[] = [{}];
  const ends: number[] = [0];
  const open: number[] = [0];
  let dropDepth = 0;
  let inTitle = false;
  let docTitle = "";
  let ogTitle = "";
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === "title") inTitle = true;
        if (name === "meta" && (attribs.property === "og:title" || attribs.name === "og:title") && attribs.content && !ogTitle) {
          ogTitle = attribs.content;
        }
        if (dropDepth > 0) {
          dropDepth++;
          return;
        }
        if (DROPPED.has(name)) {
          dropDepth = 1;
          return;
        }
        // <html> and <body> fold into the one synthetic root.
        if (name === "html" || name === "body") return;
        const index = tag.length;
        tag.push(name);
        text.push("");
        parents.push(open[open.length - 1] as number);
        attrs.push(attribs);
        ends.push(0);
        open.push(index);
      },
      ontext(data) {
        if (inTitle) docTitle += data;
        if (dropDepth > 0) return;
        const last = tag.length - 1;
        const parent = open[open.length - 1] as number;
        // Adjacent text events (split around entities) join into one node.
        if (tag[last] === "" && parents[last] === parent && ends[last] === -1) {
          text[last] += data;
          return;
        }
        tag.push("");
        text.push(data);
        parents.push(parent);
        attrs.push(null);
        ends.push(-1);
      },
      onclosetag(name) {
        if (name === "title") inTitle = false;
        if (dropDepth > 0) {
          dropDepth--;
          return;
        }
        if (name === "html" || name === "body") return;
        const index = open.pop();
        if (index === undefined || index === 0) {
          if (index === 0) open.push(0);
          return;
        }
        ends[index] = tag.length;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  while (open.length > 0) ends[open.pop() as number] = tag.length;
  for (let i = 0; i < tag.length; i++) if (ends[i] === -1) ends[i] = i + 1;
  return {
    size: tag.length,
    tag,
    text,
    parent: Int32Array.from(parents),
    end: Int32Array.from(ends),
    attrs,
    docTitle: collapseWhitespace(docTitle).trim(),
    ogTitle: collapseWhitespace(ogTitle).trim(),
  };
}
