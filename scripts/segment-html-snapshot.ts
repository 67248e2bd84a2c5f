// Dev tool: runs segmentHtml over every dev page ($SHARED_DIR or ../shared, data/pages/*.html), the deep
// pages of the test and the bench, and a seeded tag soup that exercises the parser's implied end tags,
// void elements and foreign content; writes all outputs as one JSON. Take a snapshot before a change and
// compare after it (`cmp`): a speed change must leave every output byte-identical.
// Usage: npx tsx scripts/segment-html-snapshot.ts OUT.json
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { segmentHtml } from "../src/analysis/segment/html/index";

const out = process.argv[2];
if (!out) throw new Error("usage: segment-html-snapshot.ts OUT.json");
const shared = resolve(process.env.SHARED_DIR ?? join(process.cwd(), "..", "shared"));
const pagesDir = join(shared, "data", "pages");
const inputs: [string, string][] = [];
if (existsSync(pagesDir)) {
  for (const f of readdirSync(pagesDir).filter((f) => f.endsWith(".html")).sort()) inputs.push([f, readFileSync(join(pagesDir, f), "utf8")]);
} else console.log(`no pages at ${pagesDir}`);

const depth = 10_000;
inputs.push(["bench-deep-divs", `<html><body>${"<div class=comment>".repeat(depth)}deep text${"</div>".repeat(depth)}</body></html>`]);
inputs.push(["bench-deep-lists", `<ol class=commentlist>${'<li class="comment"><p>reply</p><ol class="children">'.repeat(depth)}`]);
inputs.push(["test-deep-divs", `<body>${"<div>".repeat(depth)}deep text${"</div>".repeat(depth)}</body>`]);
inputs.push(["test-deep-lists", `<div id="comments"><ol class="commentlist">${'<li class="comment"><p>reply text</p><ol class="children">'.repeat(depth)}</div>`]);
inputs.push(["stray-closers", `${"<div class=comment><p>x".repeat(2000)}${"</span></form></li>".repeat(2000)}`]);
inputs.push(["many-forms", `${"<form><div class=comment>text <input>".repeat(2000)}`]);
inputs.push(["deep-svg", `<p>a${"<svg><foreignObject><div>in".repeat(500)}</p><p>after</p>`]);

// Seeded tag soup: every fragment mixes tags with implied ends, void elements, foreign content,
// stray closers, entities, comments and CDATA.
const PIECES = [
  "<p>", "</p>", "<div class='comment'>", "<div id=comments>", "</div>", "<li class=comment>", "</li>", "<ol class=children>",
  "</ol>", "<ul>", "</ul>", "<table>", "<tr>", "<td>", "<th>", "</td>", "</tr>", "</table>", "<tbody>", "<thead>", "<tfoot>",
  "<h1>", "<h2>", "</h2>", "<a href=x>", "</a>", "<br>", "</br>", "<br/>", "<img alt='pic'>", "<hr>", "<input>", "<select>",
  "<option>", "<optgroup>", "<button>", "<textarea>x</textarea>", "<form>", "</form>", "<svg>", "</svg>", "<math>", "</math>",
  "<foreignObject>", "</foreignobject>", "<clippath/>", "<circle/>", "<mi>", "</mi>", "<desc>", "<title>T</title>",
  "<script>var a='<div>';</script>", "<style>p{}</style>", "<noscript><p>ns</p></noscript>", "<dd>", "<dt>", "<dl>",
  "<rt>", "<rp>", "<span class=author>", "</span>", "<time class=date>", "</time>", "<article>", "</article>",
  "<section>", "<blockquote>", "<pre>", "<image>", "<html>", "<body>", "</body>", "<head>", "</head>", "<meta property=og:title content=OG>",
  "<!-- c -->", "<![CDATA[cd]]>", "<!doctype html>", "<?pi x?>", "&amp;", "&nbsp;", "&#x41;", " text ", "Hello world. ", "\n",
  "<div class='comment depth-2'>", "<footer>", "<nav>", "<aside class=sidebar>", "</p></p>", "<wbr>", "<b>", "</b>",
];
let seed = 12345;
const rand = (n: number): number => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
};
for (let k = 0; k < 600; k++) {
  let s = "";
  const len = 5 + rand(120);
  for (let j = 0; j < len; j++) s += PIECES[rand(PIECES.length)];
  inputs.push([`soup-${k}`, s]);
}

const result: Record<string, unknown> = {};
for (const [name, html] of inputs) result[name] = segmentHtml(html);
writeFileSync(out, JSON.stringify(result));
console.log(`${inputs.length} inputs -> ${out}`);
