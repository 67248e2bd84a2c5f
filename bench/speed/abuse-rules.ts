// Speed of the abuse rule matcher (findAbuseMatches) beside bad-words' isProfane on the same comments,
// plus 1 MB of adversarial text timed at two sizes to show the matcher stays linear.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Filter } from "bad-words";
import { findAbuseMatches } from "../../src/analysis/abuse/rules";
import { PROFANITY_LEXICON } from "../../src/analysis/abuse/lexicon-profanity.generated";
import { bestMs, fmt, opsPerSecond } from "./_timing";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");

/** ~190-character comments cut from the seeds' gold comments and body text, a few with abuse mixed in. */
export function realLookingComments(): string[] {
  const texts: string[] = [];
  const goldDir = join(root, "seeds/gold");
  for (const f of readdirSync(goldDir)) {
    const gold = JSON.parse(readFileSync(join(goldDir, f), "utf8")) as { body: string[]; comments: { text: string }[] };
    texts.push(...gold.comments.map((c) => c.text), ...gold.body);
  }
  const sentences = texts.join(" ").split(/(?<=[.!?])\s+/).filter((s) => s.length > 20);
  const spice = ["You are an idiot.", "What a load of sh1t.", "Kill the bill!", "This is f*cking absurd.", "Visit www.example.xyz now"];
  const out: string[] = [];
  let cur = "";
  for (let i = 0; out.length < 500; i++) {
    cur += (cur ? " " : "") + sentences[i % sentences.length];
    if (i % 7 === 3) cur += ` ${spice[i % spice.length]}`;
    if (cur.length >= 170) {
      out.push(cur.slice(0, 210));
      cur = "";
    }
  }
  return out;
}

/** Adversarial text: separators, stretched letters, near-misses of every list word, zero-width runs. */
export function adversarialText(size: number): string {
  const words = PROFANITY_LEXICON.map(([t]) => t.replace(/ /g, ""));
  const parts: string[] = [];
  let len = 0;
  for (let i = 0; len < size; i++) {
    const w = words[i % words.length]!;
    let piece: string;
    switch (i % 8) {
      case 0: piece = `${w.split("").join(".")} `; break; // f.u.c.k
      case 1: piece = `${w.slice(0, -1)}${"x".repeat(3)} `; break; // near-miss
      case 2: piece = `${w[0]}${w[1] ?? ""}${(w[1] ?? "a").repeat(40)}${w.slice(2)} `; break; // stretched
      case 3: piece = `${"\u200b".repeat(200)}${w}\u200d `; break; // zero-width runs
      case 4: piece = `${w[0]}${"*".repeat(Math.max(1, w.length - 2))}${w.slice(-1)} `; break; // masks
      case 5: piece = `${"a ".repeat(60)}`; break; // long single-letter run
      case 6: piece = `${"-._".repeat(30)}${w}`; break; // separator runs
      default: piece = `you are a ${w} and I will find you `; break;
    }
    parts.push(piece);
    len += piece.length;
  }
  return parts.join("").slice(0, size);
}

export default async function run(): Promise<void> {
  const comments = realLookingComments();
  const avg = comments.reduce((s, c) => s + c.length, 0) / comments.length;
  let i = 0;
  const ours = opsPerSecond(() => findAbuseMatches(comments[i++ % comments.length]!), 1500);
  const filter = new Filter();
  let j = 0;
  const theirs = opsPerSecond(() => filter.isProfane(comments[j++ % comments.length]!), 1500);
  console.log(`comments: ${comments.length}, average ${fmt(avg)} chars (seeds text, some with abuse mixed in)`);
  console.log(`findAbuseMatches          ${fmt(ours).padStart(12)} comments/s  (${fmt(1e6 / ours, 2)} µs each)`);
  console.log(`bad-words isProfane       ${fmt(theirs).padStart(12)} comments/s  (${fmt(1e6 / theirs, 2)} µs each)`);
  console.log(`speed-up                  ${fmt(ours / theirs, 1)}×`);

  const quarter = adversarialText(256 * 1024);
  const full = adversarialText(1024 * 1024);
  const tq = bestMs(() => findAbuseMatches(quarter));
  const tf = bestMs(() => findAbuseMatches(full));
  const tb = bestMs(() => filter.isProfane(quarter), 1);
  console.log(`adversarial 256 KB        ${fmt(tq, 1)} ms;  1 MB ${fmt(tf, 1)} ms  (ratio ${fmt(tf / tq, 2)}, linear ≈ 4)`);
  console.log(`bad-words isProfane 256 KB ${fmt(tb, 1)} ms`);
}
