import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createAnalyzer } from "../../src/analysis/analyze";
import { createApp } from "../../src/app";
import { comments } from "../../src/db/schema";
import { openDatabase } from "../../src/node/database";
import { createApiKey } from "../../src/services/api-keys";
import { histogramBin } from "../../src/services/rollups";
import { json, testApp } from "../helpers/app";
import { commentPage } from "../helpers/pages";

type T = Awaited<ReturnType<typeof testApp>>;
let t: T;
let clock = new Date("2026-03-01T10:15:00Z");
beforeEach(async () => {
  clock = new Date("2026-03-01T10:15:00Z");
  t = await testApp({ now: () => clock });
});
afterEach(() => t.close());

const ABUSIVE = ["You are a fucking idiot and everyone knows it.", "What a load of shit, this council is a disgrace.", "Fuck off, you stupid asshole."];
const CLEAN = [
  "Thanks for the clear report on the council, it was very helpful to read.",
  "I attended the meeting myself and it was well run from start to finish.",
  "Terrible decision by the council, awful and sad for everyone who lives here.",
];

async function ingest(title: string, list: string[], url = `https://news.example/${encodeURIComponent(title)}`, site?: string) {
  const res = await t.call("POST", "/v1/pages", { key: "ingest", body: { format: "text", url, site, content: commentPage(title, list) } });
  expect(res.status).toBe(200);
  return json(res);
}

/** The same statistics computed the slow way, from the comments themselves. */
async function bruteForce() {
  const rows = await t.database.db.select().from(comments);
  const hist = Array(10).fill(0);
  for (const r of rows) hist[histogramBin(r.sentimentScore)]++;
  return {
    total: rows.length,
    negative: rows.filter((r) => r.sentimentLabel === "negative").length,
    flagged: rows.filter((r) => r.flagged).length,
    insult: rows.filter((r) => r.flagged && r.categories.includes("insult")).length,
    mean: rows.reduce((a, r) => a + r.sentimentScore, 0) / rows.length,
    hist,
    held: rows.filter((r) => r.status === "held").length,
    approved: rows.filter((r) => r.status === "approved").length,
  };
}

describe("GET /v1/stats/sentiment from rollups", () => {
  it("agrees with the comments, per hour and per day, and stays compatible", async () => {
    const a = await ingest("Council approves new budget", [...ABUSIVE, ...CLEAN]);
    clock = new Date("2026-03-01T13:40:00Z");
    await ingest("Another story", CLEAN, "https://other.example/another", "other.example");
    clock = new Date("2026-03-02T09:00:00Z");
    await ingest("Council approves new budget", [...ABUSIVE, ...CLEAN, "A new comment after the weekend: quite a good outcome for the town overall."]);
    // Re-posting the page adds nothing to the counters.
    await ingest("Council approves new budget", [...ABUSIVE, ...CLEAN, "A new comment after the weekend: quite a good outcome for the town overall."]);

    const expected = await bruteForce();
    const day = await json(await t.call("GET", "/v1/stats/sentiment", { key: "viewer" }));
    expect(day).toMatchObject({ total: expected.total, flagged: expected.flagged, bucket: "day" });
    expect(day.counts.negative).toBe(expected.negative);
    expect(day.meanScore).toBeCloseTo(expected.mean, 9);
    expect(day.histogram).toEqual(expected.hist);
    expect(day.flaggedByCategory.insult).toBe(expected.insult);
    expect(day.flaggedRate).toBeCloseTo(expected.flagged / expected.total, 9);
    expect(day.buckets.map((b: { start: string; total: number }) => [b.start, b.total])).toEqual([
      ["2026-03-01T00:00:00.000Z", 9],
      ["2026-03-02T00:00:00.000Z", 1],
    ]);
    const hour = await json(await t.call("GET", "/v1/stats/sentiment?bucket=hour", { key: "viewer" }));
    expect(hour.buckets.map((b: { start: string; total: number }) => [b.start, b.total])).toEqual([
      ["2026-03-01T10:00:00.000Z", 6],
      ["2026-03-01T13:00:00.000Z", 3],
      ["2026-03-02T09:00:00.000Z", 1],
    ]);

    const one = await json(await t.call("GET", `/v1/stats/sentiment?article=${a.articleId}`, { key: "viewer" }));
    expect(one.total).toBe(7);
    const site = await json(await t.call("GET", "/v1/stats/sentiment?site=other.example", { key: "viewer" }));
    expect(site.total).toBe(3);
    const window = await json(await t.call("GET", "/v1/stats/sentiment?from=2026-03-01T13:05:00Z&to=2026-03-02T00:00:00Z&bucket=hour", { key: "viewer" }));
    expect(window.total).toBe(3);
    expect((await t.call("GET", "/v1/stats/sentiment?bucket=week", { key: "viewer" })).status).toBe(400);
    expect((await t.call("GET", "/v1/stats/sentiment", { key: null })).status).toBe(401);
  });

  it("moves status counters when a comment is decided", async () => {
    await ingest("Council approves new budget", ABUSIVE);
    const queue = await json(await t.call("GET", "/v1/moderation/queue", { key: "moderator" }));
    const [first, second] = queue.items;
    const decide = (item: { id: string; version: number }, body: Record<string, unknown>) =>
      t.call("POST", `/v1/moderation/comments/${item.id}/decision`, { key: "moderator", body: { version: item.version, ...body } });
    expect((await decide(first, { action: "approve" })).status).toBe(200);
    expect((await decide(second, { action: "escalate" })).status).toBe(200);
    // A refused decision (stale version) must not move any counter.
    expect((await decide(first, { action: "reject", reasonCode: "insult" })).status).toBe(409);
    const expected = await bruteForce();
    const stats = await json(await t.call("GET", "/v1/stats/sentiment", { key: "viewer" }));
    expect(stats.statuses).toMatchObject({ held: expected.held, approved: expected.approved, escalated: 1, rejected: 0 });
    expect(expected.approved).toBe(1);
  });
});

describe("GET /v1/stats/articles and CSV", () => {
  it("ranks articles and escapes CSV cells, including formula-looking titles", async () => {
    await ingest("Calm report", CLEAN.slice(0, 2));
    await ingest('=HYPERLINK("http://evil.example","x"), said @someone', ABUSIVE);
    const ranked = await json(await t.call("GET", "/v1/stats/articles", { key: "viewer" }));
    expect(ranked.mostFlagged[0].title).toContain("HYPERLINK");
    expect(ranked.mostFlagged[0].flagged).toBe(3);
    expect(ranked.mostDiscussed[0].total).toBe(3);
    expect(ranked.mostNegative.at(-1).title).toBe("Calm report");

    const res = await t.call("GET", "/v1/stats/articles?format=csv", { key: "viewer" });
    expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
    const csv = await res.text();
    expect(csv.split("\r\n")[0]).toMatch(/^list,rank,article_id,title,site,url,story_id,comments,/);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""x""), said @someone"`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);

    const viaAccept = await t.call("GET", "/v1/stats/sentiment", { key: "viewer", headers: { accept: "text/csv" } });
    const lines = (await viaAccept.text()).trimEnd().split("\r\n");
    expect(lines[0]).toMatch(/^bucket_start,bucket_end,comments,positive,neutral,negative,mean_score,flagged,flagged_rate,flagged_rate_profanity/);
    expect(lines).toHaveLength(2);
    expect((await t.call("GET", "/v1/stats/sentiment?format=json", { key: "viewer", headers: { accept: "text/csv" } })).headers.get("content-type")).toMatch(/json/);
  });
});

describe("GET /v1/stats/articles rankings", () => {
  it("agree with the comments for every limit, ties going to the smaller article id", async () => {
    const mixes = [[ABUSIVE[0]!, CLEAN[0]!], [CLEAN[2]!], [ABUSIVE[1]!, ABUSIVE[2]!], [CLEAN[0]!, CLEAN[1]!], [CLEAN[1]!, CLEAN[2]!, ABUSIVE[0]!], [CLEAN[0]!], [CLEAN[2]!, CLEAN[1]!]];
    for (const [k, list] of mixes.entries()) await ingest(`Story ${k}`, list);
    const rows = await t.database.db.select().from(comments);
    const byArticle = new Map<string, { articleId: string; total: number; flagged: number; sum: number }>();
    for (const r of rows) {
      const a = byArticle.get(r.articleId) ?? { articleId: r.articleId, total: 0, flagged: 0, sum: 0 };
      a.total++;
      a.flagged += r.flagged ? 1 : 0;
      a.sum += r.sentimentScore;
      byArticle.set(r.articleId, a);
    }
    const all = [...byArticle.values()];
    const ranked = (key: (a: (typeof all)[number]) => number) =>
      [...all].sort((a, b) => key(b) - key(a) || (a.articleId < b.articleId ? -1 : 1)).map((a) => a.articleId);
    for (const limit of [1, 3, 10]) {
      const got = await json(await t.call("GET", `/v1/stats/articles?limit=${limit}`, { key: "viewer" }));
      const ids = (list: { articleId: string }[]) => list.map((a) => a.articleId);
      expect(ids(got.mostDiscussed)).toEqual(ranked((a) => a.total).slice(0, limit));
      expect(ids(got.mostFlagged)).toEqual(ranked((a) => a.flagged + a.flagged / a.total / 2).slice(0, limit));
      expect(ids(got.mostNegative)).toEqual(ranked((a) => -a.sum / a.total).slice(0, limit));
      expect(got.mostDiscussed[0].total).toBe(3);
    }
  });
});

describe("stories", () => {
  it("groups the five seed outlets into one story and compares them per site", async () => {
    const dir = join(import.meta.dirname, "../../seeds");
    const files = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
    const sites = ["rt.example", "sputnik.example", "presstv.example", "veterans.example", "iraqinews.example"];
    for (const [i, f] of files.entries()) {
      const res = await t.call("POST", "/v1/pages", { key: "ingest", body: { format: "text", url: `https://${sites[i]}/story`, content: readFileSync(join(dir, f), "utf8") } });
      expect(res.status).toBe(200);
    }
    await ingest("Bundesliga: Dortmund beats Bayern Munich in a late thriller at the Allianz Arena", CLEAN);
    const list = await json(await t.call("GET", "/v1/stories", { key: "viewer" }));
    expect(list.items).toHaveLength(1);
    const story = list.items[0];
    expect(story.articleCount).toBe(5);
    expect(story.sites).toEqual([...sites].sort());
    const detail = await json(await t.call("GET", `/v1/stories/${story.id}`, { key: "viewer" }));
    expect(detail.outlets).toHaveLength(5);
    expect(detail.overall.total).toBe(detail.outlets.reduce((a: number, o: { total: number }) => a + o.total, 0));
    const byStory = await json(await t.call("GET", `/v1/stats/sentiment?story=${story.id}`, { key: "viewer" }));
    expect(byStory.total).toBe(detail.overall.total);
    const singles = await json(await t.call("GET", "/v1/stories?minArticles=1", { key: "viewer" }));
    expect(singles.items).toHaveLength(2);
    expect((await t.call("GET", "/v1/stories/s_nope", { key: "viewer" })).status).toBe(404);
    expect((await t.call("GET", `/v1/stories/${story.id}?format=csv`, { key: "viewer" })).headers.get("content-type")).toMatch(/csv/);
  });
});

describe("CORS on the stats API", () => {
  it("sends no CORS headers by default", async () => {
    const res = await t.call("GET", "/v1/stats/sentiment", { key: "viewer", headers: { origin: "https://dash.example" } });
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("allows the configured origins only, including preflight", async () => {
    const { database, close } = await openDatabase(":memory:");
    try {
      const app = createApp({ database, analyzer: createAnalyzer(), corsOrigins: ["https://dash.example"] });
      const key = (await createApiKey(database, "viewer", "v")).token;
      const get = (origin: string) => app.request("/v1/stats/sentiment", { headers: { origin, authorization: `Bearer ${key}` } });
      expect((await get("https://dash.example")).headers.get("access-control-allow-origin")).toBe("https://dash.example");
      expect((await get("https://evil.example")).headers.get("access-control-allow-origin")).toBeNull();
      const pre = await app.request("/v1/stories", {
        method: "OPTIONS",
        headers: { origin: "https://dash.example", "access-control-request-method": "GET", "access-control-request-headers": "authorization" },
      });
      expect(pre.status).toBe(204);
      expect(pre.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("authorization");
      const notStats = await app.request("/v1/moderation/queue", { headers: { origin: "https://dash.example" } });
      expect(notStats.headers.get("access-control-allow-origin")).toBeNull();
    } finally {
      close();
    }
  });
});
