// What ingest stores, checked field by field against the analysis it was given, on any Database (Node +
// libSQL and workerd + D1 run the same checks): scores bit-exact (rows travel as JSON), hostile strings
// stored as a driver stores bound strings, re-posts and concurrent posts of one page counted once.
import { eq, inArray } from "drizzle-orm";
import { expect } from "vitest";
import type { AnalysedComment, PageAnalysis } from "../../src/analysis/types";
import type { Database } from "../../src/db/database";
import { comments, moderationEvents, sentimentRollups } from "../../src/db/schema";
import { ingestPage } from "../../src/services/ingest";
import { applyPolicy, DEFAULT_POLICY } from "../../src/services/moderation-policy";

const SCORES = [0.49948141318973033, 0.44327344078627823, 1 / 3, -2 / 3, 1e-5, 3.0517578125e-5, 1e-20, 0, 1, -1, 0.1 + 0.2, 5e-324, 0.5];
const TEXTS = ["plain", "lone \ud800 surrogate and \udc00 one", "quote ' \" \\ backslash", "NUL-free é ü 𝄞 emoji 🎉", "<script>alert(1)</script>", "'; DROP TABLE comments; --", "  spaced\t\ttext \n"];

function comment(i: number): AnalysedComment {
  const s = SCORES[i % SCORES.length]!;
  const a = Math.abs(SCORES[(i * 7 + 3) % SCORES.length]!);
  return {
    text: `${TEXTS[i % TEXTS.length]} #${i}`,
    author: i % 3 === 0 ? null : `Reader \ud83d${i}`,
    parent: i > 0 && i % 4 === 0 ? i - 1 : null,
    postedAt: i % 2 ? `${i} hours ago` : null,
    sentiment: { score: s, label: s > 0.05 ? "positive" : s < -0.05 ? "negative" : "neutral", contributions: [] },
    abuse: {
      flagged: a >= 0.5, score: a, categories: a >= 0.5 ? ["insult"] : [],
      categoryScores: { profanity: a / 7, insult: a, threat: 1e-30, identity_attack: 0, sexual: 0.1 + 0.2, spam: a / 3 },
      matches: a >= 0.5 ? [{ start: 0, end: 5, term: "pl\ud800ain", rule: "lexicon", category: "insult", weight: 0.30000000000000004 } as never] : [],
    },
  };
}

export function fidelityPage(n: number): PageAnalysis {
  return { title: "Fidelity \ud800 title", body: ["First paragraph.", "Second one."], boilerplate: [], comments: Array.from({ length: n }, (_, i) => comment(i)) };
}

const wellFormed = (s: string | null) => (s === null ? null : (s as unknown as { toWellFormed(): string }).toWellFormed());

export async function checkIngestFidelity(database: Database): Promise<void> {
  const page = fidelityPage(40);
  const now = new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 678));
  const stored = await ingestPage(database, { url: "https://fidelity.example/a?utm_source=x" }, page, now);
  expect(stored.createdComments).toBe(40);
  const ids = stored.comments.map((c) => c.id);
  const rows = await database.db.select().from(comments).where(inArray(comments.id, ids));
  const byId = new Map(rows.map((r) => [r.id, r]));
  page.comments.forEach((c, i) => {
    const row = byId.get(ids[i]!)!;
    const decision = applyPolicy(c.abuse, DEFAULT_POLICY, 0);
    expect(row).toMatchObject({
      articleId: stored.articleId, parentId: c.parent === null ? null : ids[c.parent]!, position: i, author: wellFormed(c.author), text: wellFormed(c.text),
      postedAt: c.postedAt, sentimentLabel: c.sentiment.label, flagged: c.abuse.flagged, status: decision.status, version: 1,
    });
    expect(Object.is(row.sentimentScore, c.sentiment.score) || (row.sentimentScore === 0 && c.sentiment.score === 0)).toBe(true);
    expect(row.abuseScore).toBe(c.abuse.score);
    expect(row.categories).toEqual(c.abuse.categories);
    expect(row.categoryScores).toEqual(c.abuse.categoryScores);
    expect(row.matches).toEqual(JSON.parse(JSON.stringify(c.abuse.matches)));
    expect(row.createdAt.getTime()).toBe(now.getTime());
  });
  const events = await database.db.select().from(moderationEvents).where(inArray(moderationEvents.commentId, ids));
  expect(events).toHaveLength(40);
  for (const e of events) {
    const i = ids.indexOf(e.commentId);
    const decision = applyPolicy(page.comments[i]!.abuse, DEFAULT_POLICY, 0);
    expect(e).toMatchObject({ seq: 1, actor: "system", action: decision.action, reason: decision.reason, previousStatus: null, newStatus: decision.status });
    expect(e.details).toEqual(JSON.parse(JSON.stringify(decision.details)));
  }
  const rollup = async () => (await database.db.select().from(sentimentRollups).where(eq(sentimentRollups.articleId, stored.articleId)))[0]!;
  const first = await rollup();
  expect(first.comments).toBe(40);
  expect(first.scoreSum).toBeCloseTo(page.comments.reduce((t, c) => t + c.sentiment.score, 0), 12);

  // A re-post stores nothing new; two concurrent posts of a new page count its comments once.
  const again = await ingestPage(database, { url: "https://fidelity.example/a" }, page, now);
  expect(again.createdComments).toBe(0);
  expect(await rollup()).toEqual(first);
  const racePage = fidelityPage(12);
  const [x, y] = await Promise.all([
    ingestPage(database, { url: "https://fidelity.example/race" }, racePage, now),
    ingestPage(database, { url: "https://fidelity.example/race" }, racePage, now),
  ]);
  expect(x.articleId).toBe(y.articleId);
  const race = (await database.db.select().from(sentimentRollups).where(eq(sentimentRollups.articleId, x.articleId)))[0]!;
  expect(race.comments).toBe(12);
}
