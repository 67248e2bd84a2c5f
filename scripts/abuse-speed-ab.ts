// Dev check for speed work on detectAbuse: times this checkout's detectAbuse against another checkout's
// (e.g. `git archive <commit> | tar -x -C /tmp/before`, with node_modules linked) in ONE process,
// interleaving short runs and keeping the best of each, so that a busy machine disturbs both alike.
// Usage: npx tsx scripts/abuse-speed-ab.ts /tmp/before
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { opsPerSecond } from "../bench/speed/_timing";
import { detectAbuse as after } from "../src/analysis/abuse/index";
import { snapshotTexts } from "./abuse-snapshot";

type Detect = (text: string) => unknown;

const COMMENTS = [
  "I don't think the council has thought this through at all. The new parking rules are going to hurt small shops on the high street, and nobody asked us! Typical of this lot.",
  "Honestly this is the worst decision they could have made. Absolutely NO consultation, no budget, and the roads are still a mess after two winters. Shameful, just shameful.",
  "You are an idiot if you believe a word of this. People like you should shut up and stop commenting on things you clearly know nothing about, moron. Go read a book for once.",
];

const beforeDir = process.argv[2];
if (!beforeDir) {
  console.log("usage: npx tsx scripts/abuse-speed-ab.ts <other checkout>");
} else {
  const mod = (await import(pathToFileURL(resolve(beforeDir, "src/analysis/abuse/index.ts")).href)) as { detectAbuse: Detect };
  const root = resolve(new URL(".", import.meta.url).pathname, "..");
  const dev = (snapshotTexts(root) ?? []).filter((t) => t.length > 100 && t.length < 300).slice(0, 3000);
  const sets: [string, readonly string[]][] = [["typical comments", COMMENTS], ["dev texts of 100-300 chars", dev]];
  for (const [label, texts] of sets) {
    if (texts.length === 0) continue;
    let i = 0;
    let before = Infinity, now = Infinity;
    for (let r = 0; r < 8; r++) {
      before = Math.min(before, 1e6 / opsPerSecond(() => mod.detectAbuse(texts[i++ % texts.length]!), 150));
      now = Math.min(now, 1e6 / opsPerSecond(() => after(texts[i++ % texts.length]!), 150));
    }
    console.log(`${label.padEnd(28)} detectAbuse: other ${before.toFixed(2)} µs, this ${now.toFixed(2)} µs (best of 8 interleaved runs)`);
  }
}
