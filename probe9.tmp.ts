import { detectAbuse } from "./src/analysis/abuse/index";
for (const t of process.argv.slice(2)) { const r = detectAbuse(t); console.log(r.flagged ? "FLAG" : "----", r.score.toFixed(2), JSON.stringify(r.categoryScores), t.slice(0, 60), r.matches.map((m) => m.term + ":" + m.rule).join(",")); }
