// Comment scoring speed: abuse + sentiment together on typical ~190-character news comments (goal
// ≥ 100k comments/s on one core, ≈ 10 µs), beside bad-words' isProfane + the `sentiment` package's
// analyze() measured in the same run. Also prints abuse alone and the model's feature extraction alone.
// Then CPU time (not wall-clock: on a shared machine that counts other processes' turns) of the same
// scoring through tsx's loader (how `npm start` and this bench run) and as an esbuild bundle (how the
// Worker is deployed), beside the baseline's CPU time.
import { Filter } from "bad-words";
import Sentiment from "sentiment";
import { detectAbuse } from "../../src/analysis/abuse/index";
import { extractFeatures } from "../../src/analysis/abuse/features";
import { scoreSentiment } from "../../src/analysis/sentiment/index";
import { importBundled } from "./_bundle";
import { cpuMsPerCall, fmt, opsPerSecond } from "./_timing";
import { TYPICAL_COMMENTS as COMMENTS } from "./_typical-comments";

/** Best of three short runs: the machine is shared, and the best run is the least disturbed one. */
function best(fn: () => unknown, ms: number): number {
  return Math.max(opsPerSecond(fn, ms / 3), opsPerSecond(fn, ms / 3), opsPerSecond(fn, ms / 3));
}

function line(name: string, ops: number): void {
  console.log(`${name.padEnd(34)} ${fmt(ops).padStart(10)} comments/s  (${(1e6 / ops).toFixed(2)} µs each)`);
}

export default async function (): Promise<void> {
  const avg = COMMENTS.reduce((a, c) => a + c.length, 0) / COMMENTS.length;
  console.log(`comments of ${avg.toFixed(0)} characters on average (one of six flagged by the model)`);
  // Lazy tables (rule lexicons, model weights, sentiment lexicon) are built on first use: do it before timing.
  for (const c of COMMENTS) { detectAbuse(c); scoreSentiment(c); }
  let i = 0;
  const both = best(() => {
    const text = COMMENTS[i++ % COMMENTS.length]!;
    return [detectAbuse(text), scoreSentiment(text)];
  }, 1500);
  let j = 0;
  const abuse = best(() => detectAbuse(COMMENTS[j++ % COMMENTS.length]!), 1000);
  let s = 0;
  const sentiment = best(() => scoreSentiment(COMMENTS[s++ % COMMENTS.length]!), 1000);
  let k = 0;
  const feats = best(() => extractFeatures(COMMENTS[k++ % COMMENTS.length]!), 1000);
  const filter = new Filter();
  const afinn = new Sentiment();
  let b = 0;
  const base = best(() => {
    const text = COMMENTS[b++ % COMMENTS.length]!;
    return [filter.isProfane(text), afinn.analyze(text)];
  }, 1500);
  line("detectAbuse + scoreSentiment", both);
  line("  detectAbuse alone", abuse);
  line("  abuse feature extraction alone", feats);
  line("  scoreSentiment alone", sentiment);
  line("bad-words isProfane + sentiment", base);
  console.log(`speed-up over the baseline: ${(both / base).toFixed(0)}×`);

  type Score = (text: string) => unknown;
  const bundled = await importBundled<{ detectAbuse: Score; scoreSentiment: Score }>(
    'export { detectAbuse } from "./src/analysis/abuse/index"; export { scoreSentiment } from "./src/analysis/sentiment/index";',
  );
  // Interleaved rounds, best of each: a burst of load elsewhere disturbs both variants alike.
  const variants: [Score, Score][] = [[bundled.detectAbuse, bundled.scoreSentiment], [detectAbuse, scoreSentiment]];
  const bestUs = [Infinity, Infinity];
  const repeat = 40; // each timed call scores every comment `repeat` times
  for (let r = 0; r < 12; r++) {
    variants.forEach(([abuse, sentiment], k) => {
      const ms = cpuMsPerCall(() => { for (let i = 0; i < repeat; i++) for (const t of COMMENTS) { abuse(t); sentiment(t); } }, 2, 1);
      bestUs[k] = Math.min(bestUs[k]!, (ms * 1000) / (repeat * COMMENTS.length));
    });
  }
  const [cpuBundled, cpuTsx] = bestUs as [number, number];
  const cpuBase = (cpuMsPerCall(() => { for (const t of COMMENTS) { filter.isProfane(t); afinn.analyze(t); } }, 3, 5) * 1000) / COMMENTS.length;
  console.log("CPU time per comment (best of 12 interleaved rounds), abuse + sentiment:");
  line("  esbuild bundle (as deployed)", 1e6 / cpuBundled);
  line("  tsx loader (as this bench runs)", 1e6 / cpuTsx);
  line("  bad-words isProfane + sentiment", 1e6 / cpuBase);
}
