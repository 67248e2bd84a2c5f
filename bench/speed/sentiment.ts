// Sentiment speed: comments/s of scoreSentiment on typical ~190-character comments, beside the
// `sentiment` package's analyze() in the same run. Budget: ≈ 3 µs per comment (10 µs with abuse).
// The two alternate in short rounds and the best round of each is kept, so that load from other
// processes on a shared machine hits both alike.
import Sentiment from "sentiment";
import { scoreSentiment } from "../../src/analysis/sentiment/index";
import { fmt, opsPerSecond } from "./_timing";

const COMMENTS = [
  "I don't think the council has thought this through at all. The new parking rules are going to hurt small shops on the high street, and nobody asked us! Typical of this lot.",
  "Great article, thanks. My grandmother lived on that street for forty years and she always said it was the friendliest place in town :) Really miss it, and miss her too.",
  "Honestly this is the worst decision they could have made. Absolutely NO consultation, no budget, and the roads are still a mess after two years of promises. Shameful.",
  "Kind of interesting, but the piece skips the fact that the same plan failed in 2015 and cost the town a fortune. Not bad overall though, and the photos are lovely 👍",
  "Wasn't expecting much from the new bakery but wow, the bread is fantastic and the staff are so kind. Will definitely be going back next week with the whole family!!!",
  "The report is balanced enough, although I wish it had quoted more residents. Prices keep rising &amp; wages don't. That is the real story here, and it is not a new one.",
];

export default async function (): Promise<void> {
  const avg = COMMENTS.reduce((a, c) => a + c.length, 0) / COMMENTS.length;
  const afinn = new Sentiment();
  let i = 0;
  let j = 0;
  let ours = 0;
  let base = 0;
  for (let round = 0; round < 6; round++) {
    ours = Math.max(ours, opsPerSecond(() => scoreSentiment(COMMENTS[i++ % COMMENTS.length]!), 300));
    base = Math.max(base, opsPerSecond(() => afinn.analyze(COMMENTS[j++ % COMMENTS.length]!), 300));
  }
  console.log(`comments of ${avg.toFixed(0)} characters on average; best of 6 alternating rounds`);
  console.log(`scoreSentiment            ${fmt(ours).padStart(10)} comments/s  (${(1e6 / ours).toFixed(2)} µs each)`);
  console.log(`sentiment (AFINN) analyze ${fmt(base).padStart(10)} comments/s  (${(1e6 / base).toFixed(2)} µs each)`);
}
