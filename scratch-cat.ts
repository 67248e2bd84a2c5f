import { detectAbuse } from "./src/analysis/abuse";
for (const t of ["this heat will kill you", "fuck this", "shit article", "you are an idiot", "I will find you and kill you", "k i l l yourself", "go back to your country", "muslims are animals", "what a load of crap", "this damn council", "you moron", "buy cheap pills at http://x.biz", "I hope you die", "The fire will kill you if you stay inside", "kill the bill", "this plan is killing small shops"]) {
  const r = detectAbuse(t);
  console.log(`${t.padEnd(44)} ${r.flagged ? "FLAG" : "    "} ${r.score.toFixed(2)} [${r.categories.join(",")}] ${JSON.stringify(Object.fromEntries(Object.entries(r.categoryScores).map(([k, v]) => [k, Math.round((v as number) * 100) / 100])))} ${r.matches.map((m) => `${t.slice(m.start, m.end)}:${m.category}:${m.rule}`).join(" ")}`);
}
