// htmlparser2's Tokenizer driven by our own tree builder. htmlparser2's Parser keeps its open-element stack
// with Array#unshift/shift and searches it with indexOf/includes, so 10,000-deep nesting costs O(depth) per
// tag (quadratic overall). This builder applies the same rules as htmlparser2 12's Parser in HTML mode
// (implied end tags, void elements, ignored nested <form>, </p> and </br> without an open tag, SVG/MathML
// foreign context and SVG tag-name casing, first attribute wins) with the stack top at the array's end and a
// per-name count of open elements, so every tag costs amortised O(1). Comments, doctypes and processing
// instructions are dropped; CDATA is text only in foreign content, as in the Parser.
import { Tokenizer, type TokenizerCallbacks } from "htmlparser2";

export interface TreeHandler {
  onopentag(name: string, attribs: Record<string, string>): void;
  ontext(data: string): void;
  onclosetag(name: string): void;
}

const formTags = new Set(["input", "option", "optgroup", "select", "button", "datalist", "textarea"]);
const pTag = new Set(["p"]);
const headingTags = new Set(["h1", "h2", "h3", "h4", "h5", "h6", "p"]);
const tableSectionTags = new Set(["thead", "tbody"]);
const ddtTags = new Set(["dd", "dt"]);
const rtpTags = new Set(["rt", "rp"]);
const OPEN_IMPLIES_CLOSE = new Map<string, Set<string>>([
  ["tr", new Set(["tr", "th", "td"])],
  ["th", new Set(["th"])],
  ["td", new Set(["thead", "th", "td"])],
  ["body", new Set(["head", "link", "script"])],
  ["a", new Set(["a"])],
  ["li", new Set(["li"])],
  ["p", pTag],
  ["h1", headingTags],
  ["h2", headingTags],
  ["h3", headingTags],
  ["h4", headingTags],
  ["h5", headingTags],
  ["h6", headingTags],
  ["select", formTags],
  ["input", formTags],
  ["output", formTags],
  ["button", formTags],
  ["datalist", formTags],
  ["textarea", formTags],
  ["option", new Set(["option"])],
  ["optgroup", new Set(["optgroup", "option"])],
  ["dd", ddtTags],
  ["dt", ddtTags],
  ...["address", "article", "aside", "blockquote", "details", "div", "dl", "fieldset", "figcaption", "figure", "footer"]
    .concat(["form", "header", "hr", "main", "nav", "ol", "pre", "section", "table", "ul"])
    .map((t): [string, Set<string>] => [t, pTag]),
  ["rt", rtpTags],
  ["rp", rtpTags],
  ["tbody", tableSectionTags],
  ["tfoot", tableSectionTags],
]);
const VOID = new Set(["area", "base", "basefont", "br", "col", "command", "embed", "frame", "hr", "img", "input"]
  .concat(["isindex", "keygen", "link", "meta", "param", "source", "track", "wbr"]));
const FOREIGN_ROOTS = new Set(["math", "svg"]);
/** HTML integration points, in SVG-adjusted casing as the Parser compares them. */
const INTEGRATION = new Set(["mi", "mo", "mn", "ms", "mtext", "annotation-xml", "foreignObject", "desc", "title"]);
const SVG_CASE = new Map(
  ["altGlyph", "altGlyphDef", "altGlyphItem", "animateColor", "animateMotion", "animateTransform", "clipPath", "feBlend"]
    .concat(["feColorMatrix", "feComponentTransfer", "feComposite", "feConvolveMatrix", "feDiffuseLighting"])
    .concat(["feDisplacementMap", "feDistantLight", "feDropShadow", "feFlood", "feFuncA", "feFuncB", "feFuncG", "feFuncR"])
    .concat(["feGaussianBlur", "feImage", "feMerge", "feMergeNode", "feMorphology", "feOffset", "fePointLight"])
    .concat(["feSpecularLighting", "feSpotLight", "feTile", "feTurbulence", "foreignObject", "glyphRef", "linearGradient"])
    .concat(["radialGradient", "textPath"])
    .map((name): [string, string] => [name.toLowerCase(), name]),
);
/** Shared by every element without a kept attribute: never mutated. */
const NO_ATTRIBUTES: Record<string, string> = Object.freeze({}) as Record<string, string>;
const enum Foreign {
  None = 0,
  Svg = 1,
  MathML = 2,
}

class FlatTreeBuilder implements TokenizerCallbacks {
  private readonly stack: string[] = [];
  private readonly openCount = new Map<string, number>();
  private readonly foreign: Foreign[] = [Foreign.None];
  private tagname = "";
  /** Between an open tag's name and its end: the Parser's "attribs !== null". */
  private openTagPending = false;
  /** Kept attributes of the pending open tag, created on the first one. */
  private attribs: Record<string, string> | null = null;
  private attribname = "";
  private attribvalue = "";
  /** Whether the current attribute is one the caller reads (others are never sliced or stored). */
  private keepAttribute = false;

  constructor(
    private readonly html: string,
    private readonly cbs: TreeHandler,
    private readonly keptAttributes: ReadonlySet<string>,
  ) {}

  private isOpen(name: string): boolean {
    return (this.openCount.get(name) ?? 0) > 0;
  }

  private readTagName(start: number, end: number): string {
    const name = this.html.slice(start, end).toLowerCase();
    const context = this.foreign[this.foreign.length - 1];
    if (context === Foreign.Svg) return SVG_CASE.get(name) ?? name;
    if (this.foreign.length > 1) {
      const adjusted = SVG_CASE.get(name);
      if (adjusted !== undefined && this.isOpen(adjusted)) return adjusted;
    }
    if (context === Foreign.None) return name === "image" ? "img" : name;
    return name;
  }

  isInForeignContext(): boolean {
    return this.foreign[this.foreign.length - 1] !== Foreign.None;
  }

  ontext(start: number, end: number): void {
    this.cbs.ontext(this.html.slice(start, end));
  }

  ontextentity(cp: number): void {
    this.cbs.ontext(String.fromCodePoint(cp));
  }

  onopentagname(start: number, end: number): void {
    this.emitOpenTag(this.readTagName(start, end));
  }

  private emitOpenTag(name: string): void {
    this.tagname = name;
    // A second <form> while one is open is ignored (the spec's rule, as in the Parser).
    if (name === "form" && this.isOpen("form")) {
      this.tagname = "";
      return;
    }
    const closes = OPEN_IMPLIES_CLOSE.get(name);
    if (closes) while (this.stack.length > 0 && closes.has(this.stack[this.stack.length - 1] as string)) this.popElement();
    if (!VOID.has(name)) {
      this.stack.push(name);
      this.openCount.set(name, (this.openCount.get(name) ?? 0) + 1);
      if (name === "svg") this.foreign.push(Foreign.Svg);
      else if (name === "math") this.foreign.push(Foreign.MathML);
      else if (INTEGRATION.has(name)) this.foreign.push(Foreign.None);
    }
    this.openTagPending = true;
    this.attribs = null;
  }

  private endOpenTag(): void {
    if (this.openTagPending) {
      this.cbs.onopentag(this.tagname, this.attribs ?? NO_ATTRIBUTES);
      this.openTagPending = false;
      this.attribs = null;
    }
    if (VOID.has(this.tagname)) this.cbs.onclosetag(this.tagname);
    this.tagname = "";
  }

  onopentagend(): void {
    this.endOpenTag();
  }

  onclosetag(start: number, end: number): void {
    const name = this.readTagName(start, end);
    if (!VOID.has(name)) {
      if (this.isOpen(name)) {
        while (this.stack[this.stack.length - 1] !== name) this.popElement();
        this.popElement();
      } else if (name === "p") {
        this.emitOpenTag("p");
        this.closeCurrentTag();
      }
    } else if (name === "br") {
      this.cbs.onopentag("br", {});
      this.cbs.onclosetag("br");
    }
  }

  onselfclosingtag(): void {
    if (this.isInForeignContext()) this.closeCurrentTag();
    else this.endOpenTag();
  }

  private popElement(): void {
    const element = this.stack.pop() as string;
    this.openCount.set(element, (this.openCount.get(element) as number) - 1);
    if (FOREIGN_ROOTS.has(element) || INTEGRATION.has(element)) this.foreign.pop();
    this.cbs.onclosetag(element);
  }

  private closeCurrentTag(): void {
    const name = this.tagname;
    this.endOpenTag();
    if (this.stack.length > 0 && this.stack[this.stack.length - 1] === name) this.popElement();
  }

  onattribname(start: number, end: number): void {
    this.attribname = this.html.slice(start, end).toLowerCase();
    this.keepAttribute = this.keptAttributes.has(this.attribname);
  }

  onattribdata(start: number, end: number): void {
    if (this.keepAttribute) this.attribvalue += this.html.slice(start, end);
  }

  onattribentity(cp: number): void {
    if (this.keepAttribute) this.attribvalue += String.fromCodePoint(cp);
  }

  onattribend(): void {
    if (this.keepAttribute && this.openTagPending) {
      this.attribs ??= {};
      if (!Object.hasOwn(this.attribs, this.attribname)) this.attribs[this.attribname] = this.attribvalue;
    }
    this.attribvalue = "";
  }

  oncdata(start: number, end: number, offset: number): void {
    if (this.isInForeignContext()) this.cbs.ontext(this.html.slice(start, end - offset));
  }

  oncomment(): void {}
  ondeclaration(): void {}
  onprocessinginstruction(): void {}

  onend(): void {
    for (let k = this.stack.length - 1; k >= 0; k--) this.cbs.onclosetag(this.stack[k] as string);
  }
}

/**
 * Tokenises `html` and reports the balanced element events to `handler`, as htmlparser2's Parser would,
 * except that an element's attributes hold only the (lower-case) names in `keptAttributes`.
 */
export function buildTree(html: string, handler: TreeHandler, keptAttributes: ReadonlySet<string>): void {
  const tokenizer = new Tokenizer({ decodeEntities: true }, new FlatTreeBuilder(html, handler, keptAttributes));
  if (html) tokenizer.write(html);
  tokenizer.end();
}
