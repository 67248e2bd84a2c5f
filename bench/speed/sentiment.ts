// Sentiment speed: comments/s of scoreSentiment on typical ~190-character comments, beside the
// `sentiment` package's analyze() measured in the same run. Budget: ≈ 3 µs per comment.
import Sentiment from "sentiment";
import { scoreSentiment } from "../../src/analysis/sentiment/index";
import { fmt, opsPerSecond } from "./_timing";

const COMMENTS = [
  "I don't think the council has thought this through at all. The new parking rules are going to hurt small shops on the high street, and nobody asked us!",
  "Great article, thanks. My grandmother lived on that street for forty years and she always said it was the friendliest place in town :) Really miss it.",
  "Honestly this is the worst decision they could have made. Absolutely NO consultation, no budget, and the roads are still a mess. Shameful.",
  "Kind of interesting, but the piece skips the fact that the same plan failed in 2015. Not bad overall though, and the photos are lovely 👍",
  "Wasn't expecting much from the new bakery but wow, the bread is fantastic and the staff are so kind. Will definitely be going back next week!!!",
  "The report is balanced enough, although I wish it had quoted more residents. Prices keep rising &amp; wages don't. That is the real story here.",
];

export default async function (): Promise<void> {
  const avg = COMMENTS.reduce((a, c) => a + c.length, 0) / COMMENTS.length;
  let i = 0;
  const ours = opsPerSecond(() => scoreSentiment(COMMENTS[i++ % COMMENTS.length]!), 1500);
  const afinn = new Sentiment();
  let j = 0;
  const base = opsPerSecond(() => afinn.analyze(COMMENTS[j++ % COMMENTS.length]!), 1500);
  console.log(`comments of ${avg.toFixed(0)} characters on average`);
  console.log(`scoreSentiment            ${fmt(ours).padStart(10)} comments/s  (${(1e6 / ours).toFixed(2)} µs each)`);
  console.log(`sentiment (AFINN) analyze ${fmt(base).padStart(10)} comments/s  (${(1e6 / base).toFixed(2)} µs each)`);
}
