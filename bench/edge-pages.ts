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
