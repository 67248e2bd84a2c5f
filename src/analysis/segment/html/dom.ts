// Parses HTML with htmlparser2's Tokenizer and our tree builder (tree-builder.ts: htmlparser2's Parser rules
// with a linear-time open-element stack) and builds the flattened DOM straight from its events: no
// intermediate tree, one pass, an explicit stack of open elements. Every later pass is a loop over these
// pre-order arrays, so nothing recurses over the DOM depth, and "is X inside Y" is an index-range check
// (start < x < end). htmlparser2 applies the usual implied end tags (<p>, <li>, <td>…), decodes entities,
// and parses <noscript> as markup, as jsdom does with scripting off (several blogs put the article there).
import { buildTree } from "./tree-builder";

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
  /** Attributes of elements that the passes read (READ_ATTRIBUTES), null for text nodes. */
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

/** The only attributes any pass reads; the others are never copied out of the source. */
const READ_ATTRIBUTES: ReadonlySet<string> = new Set(["class", "id", "itemtype", "itemprop", "alt", "property", "name", "content", "href"]);

export function parseHtml(html: string): FlatDom {
  const tag: string[] = ["html"];
  const text: string[] = [""];
  const attrs: (Record<string, string> | null)[] = [{}];
  // Numeric columns are growable typed arrays: pushing small integers onto plain arrays measured several
  // times slower, and these hold one entry per node (the open stack one per open element).
  let capacity = 1024;
  let parents = new Int32Array(capacity);
  let ends = new Int32Array(capacity);
  let open = new Int32Array(capacity);
  parents[0] = -1;
  let openDepth = 1;
  let dropDepth = 0;
  let inTitle = false;
  let docTitle = "";
  let ogTitle = "";
  const grow = (): void => {
    capacity *= 2;
    const widen = (a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
      const wider = new Int32Array(capacity);
      wider.set(a);
      return wider;
    };
    parents = widen(parents);
    ends = widen(ends);
    open = widen(open);
  };
  const addNode = (name: string, data: string, attribs: Record<string, string> | null, parent: number, end: number): void => {
    const index = tag.length;
    if (index === capacity) grow();
    tag.push(name);
    text.push(data);
    attrs.push(attribs);
    parents[index] = parent;
    ends[index] = end;
  };
  buildTree(html, {
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
      addNode(name, "", attribs, open[openDepth - 1] as number, 0);
      open[openDepth++] = index;
    },
    ontext(data) {
      if (inTitle) docTitle += data;
      if (dropDepth > 0) return;
      const last = tag.length - 1;
      const parent = open[openDepth - 1] as number;
      // Adjacent text events (split around entities) join into one node.
      if (tag[last] === "" && parents[last] === parent && ends[last] === -1) {
        text[last] += data;
        return;
      }
      addNode("", data, null, parent, -1);
    },
    onclosetag(name) {
      if (name === "title") inTitle = false;
      if (dropDepth > 0) {
        dropDepth--;
        return;
      }
      if (name === "html" || name === "body") return;
      // The synthetic root is never closed by a tag.
      if (openDepth === 1) return;
      ends[open[--openDepth] as number] = tag.length;
    },
  }, READ_ATTRIBUTES);
  while (openDepth > 0) ends[open[--openDepth] as number] = tag.length;
  for (let i = 0; i < tag.length; i++) if (ends[i] === -1) ends[i] = i + 1;
  return {
    size: tag.length,
    tag,
    text,
    parent: parents.slice(0, tag.length),
    end: ends.slice(0, tag.length),
    attrs,
    docTitle: collapseWhitespace(docTitle).trim(),
    ogTitle: collapseWhitespace(ogTitle).trim(),
  };
}
