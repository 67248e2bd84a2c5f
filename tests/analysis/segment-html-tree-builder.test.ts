// The tree builder must report exactly the events htmlparser2's own Parser does (it replaces the Parser only
// for its linear open-element stack): compared on seeded tag soup full of implied end tags, void elements,
// stray closers, nested forms and SVG/MathML foreign content.
import { Parser } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { buildTree } from "../../src/analysis/segment/html/tree-builder";

const KEPT = new Set(["class", "id", "x", "href"]);
const PIECES = [
  "<p>", "</p>", "<div>", "</div>", "<li>", "</li>", "<ol>", "</ol>", "<table>", "<tr>", "<td>", "<th>", "</td>", "</tr>",
  "<tbody>", "<thead>", "<tfoot>", "<h1>", "<h2>", "</h2>", "<a x=1 X=2 class=q CLASS=r style='a&amp;b' id=&lt;>", "</a>",
  "<br>", "</br>", "<br/>", "<img/>", "<hr>", "<input>", "<select>", "<option>", "<optgroup>", "<button>", "<form>", "</form>",
  "<svg>", "</svg>", "<math>", "</math>", "<foreignObject>", "</foreignobject>", "<clippath/>", "<clipPath>", "</CLIPPATH>",
  "<circle/>", "<mi>", "</mi>", "<desc>", "</desc>", "<title>T</title>", "<script>a</script>", "<dd>", "<dt>", "<rt>", "<rp>",
  "<span>", "</span>", "<image>", "<body>", "</body>", "<![CDATA[cd]]>", "<!-- c -->", "&amp;", "&nbsp", "&#x41;", " t ",
  "<div/>", "<p/>", "</html>", "<textarea>x</textarea>", "<annotation-xml>", "<x-y>", "</x-y>", "<b",
];

function events(html: string, ours: boolean): string[] {
  const out: string[] = [];
  const handler = {
    onopentag(name: string, attribs: Record<string, string>) {
      const kept = Object.entries(attribs).filter(([k]) => KEPT.has(k));
      out.push(`<${name} ${JSON.stringify(kept)}`);
    },
    ontext(data: string) {
      out.push(`#${data}`);
    },
    onclosetag(name: string) {
      out.push(`/${name}`);
    },
  };
  if (ours) buildTree(html, handler, KEPT);
  else new Parser(handler, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }).end(html);
  return out;
}

describe("HTML tree builder", () => {
  it("reports the same events as htmlparser2's Parser on tag soup", () => {
    let seed = 7;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let k = 0; k < 2000; k++) {
      let html = "";
      const length = 1 + rand(60);
      for (let j = 0; j < length; j++) html += PIECES[rand(PIECES.length)];
      expect(events(html, true), html).toEqual(events(html, false));
    }
  });

  it("keeps only the requested attributes, first occurrence winning", () => {
    const seen: Record<string, string>[] = [];
    buildTree('<div CLASS="a" class="b" style="x" id=i>t</div>', { onopentag: (_n, a) => seen.push(a), ontext() {}, onclosetag() {} }, KEPT);
    expect(seen).toEqual([{ class: "a", id: "i" }]);
  });
});
