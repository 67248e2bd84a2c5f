// Synthetic pages shaped like the seeds (a news article, then a numbered comment thread with indented
// "•" replies, then "Comments are closed."), with any number of comments. Deterministic: comment texts
// are drawn with a fixed-seed PRNG from the seed comments' sentences, ~1 in 20 with an insult, ~1 in 5 a reply.
import { readFileSync } from "node:fs";

const SEED = readFileSync(new URL("../seeds/000_b6556f2a56b03e86.txt", import.meta.url), "utf8");
const GOLD = JSON.parse(readFileSync(new URL("../seeds/gold/000_b6556f2a56b03e86.json", import.meta.url), "utf8")) as { comments: { text: string }[] };
const THREAD_START = SEED.indexOf("\n  1. ");
if (THREAD_START < 0) throw new Error("seed 000 no longer has a numbered comment thread");
const ARTICLE = SEED.slice(0, THREAD_START);
const SENTENCES = GOLD.comments.flatMap((c) => c.text.split(/(?<=[.?!])\s+/)).filter((s) => s.length > 20);
const INSULTS = ["You are a fucking idiot.", "What a load of shit.", "Shut up, moron."];

function prng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

export function commentText(i: number): string {
  const rnd = prng(i + 1);
  const parts: string[] = [];
  let length = 0;
  const target = 120 + Math.floor(rnd() * 200);
  while (length < target) {
    const s = SENTENCES[Math.floor(rnd() * SENTENCES.length)]!;
    parts.push(s);
    length += s.length + 1;
  }
  if (rnd() < 0.05) parts.push(INSULTS[i % INSULTS.length]!);
  return `${parts.join(" ")} (#${i})`;
}

/** A text page with `n` comments; `variant` only changes the article's first line, so each variant is a new article. */
export function syntheticPage(n: number, variant = 0): string {
  const lines: string[] = [`${ARTICLE}${variant ? `\n\nUpdate ${variant}.` : ""}\n\n`];
  let top = 0;
  for (let i = 0; i < n; i++) {
    const reply = i > 0 && (Math.imul(i, 2654435761) >>> 0) % 5 === 0;
    lines.push(reply ? `    • ${commentText(i)}\n\n` : `  ${++top}. ${commentText(i)}\n\n`);
  }
  lines.push("Comments are closed.");
  return lines.join("");
}

const escapeHtml = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function htmlComment(i: number, replies: string): string {
  return `<li id="comment-${i}" class="comment depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Reader ${i}</b></div>` +
    `<div class="comment-metadata"><time datetime="2021-05-03T10:00:00">May 3, 2021</time></div></footer><div class="comment-content"><p>${escapeHtml(commentText(i))}</p></div>` +
    `<div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></article>${replies ? `<ol class="children">${replies}</ol>` : ""}</li>`;
}

/** The same article and comments as syntheticPage, as a WordPress-style HTML page (replies nested in ol.children). */
export function syntheticHtmlPage(n: number, variant = 0): string {
  const [title, ...paragraphs] = ARTICLE.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const threads: string[] = [];
  let open: { i: number; replies: string[] } | null = null;
  for (let i = 0; i < n; i++) {
    const reply = i > 0 && (Math.imul(i, 2654435761) >>> 0) % 5 === 0;
    if (reply && open) open.replies.push(htmlComment(i, ""));
    else {
      if (open) threads.push(htmlComment(open.i, open.replies.join("")));
      open = { i, replies: [] };
    }
  }
  if (open) threads.push(htmlComment(open.i, open.replies.join("")));
  return `<!doctype html><html><head><title>${escapeHtml(title ?? "")}</title></head><body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article class="post"><h1 class="entry-title">${escapeHtml(title ?? "")}</h1><div class="entry-content">${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n")}${variant ? `<p>Update ${variant}.</p>` : ""}</div></article>
<div id="comments" class="comments-area"><h2 class="comments-title">${n} thoughts on “${escapeHtml(title ?? "")}”</h2><ol class="comment-list">${threads.join("\n")}</ol></div></main>
<footer><p>© 2021 Example Media. All rights reserved.</p></footer></body></html>`;
}
