// The read models kept by triggers (author_activity) must always equal what they summarise, whatever the
// sequence of writes: ingest, re-posts, decisions, an article moving to another site, deletions.
import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { testApp } from "../helpers/app";
import { body, seedPage } from "./moderation-fixtures";

let close: (() => void) | undefined;
afterEach(() => close?.());

type Db = Awaited<ReturnType<typeof testApp>>["database"];

/** author_activity as stored, and as counted from the comments (what it must equal), both sorted. */
async function activity(database: Db) {
  const stored = await database.db.all(sql`SELECT author, site_key, published, held, escalated, approved, rejected, auto_rejected
    FROM author_activity WHERE published + held + escalated + approved + rejected + auto_rejected > 0 ORDER BY 1, 2`);
  const counted = await database.db.all(sql`SELECT c.author, coalesce('site:' || a.site, '') AS site_key,
    sum(c.status = 'published') AS published, sum(c.status = 'held') AS held, sum(c.status = 'escalated') AS escalated,
    sum(c.status = 'approved') AS approved, sum(c.status = 'rejected') AS rejected, sum(c.status = 'auto_rejected') AS auto_rejected
    FROM comments c JOIN articles a ON a.id = c.article_id WHERE c.author IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2`);
  return { stored, counted };
}

describe("author_activity", () => {
  it("equals the counts of comments per author and site after ingest, decisions, site moves and deletes", async () => {
    const t = await testApp();
    close = t.close;
    await seedPage(t.database, "a.example", "one", [
      { text: "fine", author: "ann" },
      { text: "idiot", author: "bob", scores: { insult: 0.8 } },
      { text: "fool", author: "bob", scores: { insult: 0.7 } },
      { text: "anon", author: null, scores: { insult: 0.7 } },
    ]);
    await seedPage(t.database, "b.example", "two", [{ text: "moron", author: "bob", scores: { insult: 0.75 } }, { text: "ok", author: "cat" }]);
    // A re-post of the same page adds nothing.
    await seedPage(t.database, "a.example", "one", [{ text: "fine", author: "ann" }]);
    let a = await activity(t.database);
    expect(a.stored).toEqual(a.counted);
    expect(a.stored.length).toBeGreaterThan(0);

    const queue = await body(t.call("GET", "/v1/moderation/queue", { key: "moderator" }));
    for (const [i, item] of queue.items.entries()) {
      const action = i % 2 ? { action: "approve" } : { action: "reject", reasonCode: "insult" };
      expect((await t.call("POST", `/v1/moderation/comments/${item.id}/decision`, { key: "moderator", body: { ...action, version: item.version } })).status).toBe(200);
    }
    a = await activity(t.database);
    expect(a.stored).toEqual(a.counted);

    // The article moves to another site (a re-scrape naming another site): its comments move with it.
    await t.database.db.run(sql`UPDATE articles SET site = 'c.example' WHERE url = 'https://a.example/one'`);
    a = await activity(t.database);
    expect(a.stored).toEqual(a.counted);
    await t.database.db.run(sql`UPDATE articles SET site = NULL WHERE url = 'https://b.example/two'`);
    a = await activity(t.database);
    expect(a.stored).toEqual(a.counted);

    await t.database.db.run(sql`PRAGMA foreign_keys = OFF`);
    await t.database.db.run(sql`DELETE FROM comments WHERE author = 'bob' AND status = 'rejected'`);
    a = await activity(t.database);
    expect(a.stored).toEqual(a.counted);
  });

  it("gives the queue the author's other comments on the same site", async () => {
    const t = await testApp();
    close = t.close;
    await seedPage(t.database, "a.example", "one", [{ text: "idiot", author: "bob", scores: { insult: 0.8 } }, { text: "hi", author: "bob" }]);
    await seedPage(t.database, "b.example", "two", [{ text: "hello", author: "bob" }, { text: "x", author: "bob" }]);
    const queue = await body(t.call("GET", "/v1/moderation/queue?site=a.example", { key: "moderator" }));
    expect(queue.items).toHaveLength(1);
    expect(queue.items[0].authorHistory).toEqual({ total: 1, held: 0, escalated: 0, approved: 0, rejected: 0, autoRejected: 0, published: 1 });
  });
});

describe("sentiment_totals", () => {
  const DAY = 86_400_000;
  const HOUR = 3_600_000;
  const t0 = Date.UTC(2026, 2, 10, 21, 30);
  const SITE_ROWS = sql`article_id >= 'site:' AND article_id < 'site;'`;
  const COUNTERS = sql.raw("sum(comments), sum(positive), sum(neutral), sum(negative), round(sum(score_sum), 9), sum(hist0), sum(hist5), sum(hist9), sum(flagged), sum(cat_insult), sum(cat_threat), sum(st_published), sum(st_held), sum(st_rejected), sum(st_approved), sum(st_auto_rejected)");

  async function seedDays(database: Db) {
    for (let i = 0; i < 14; i++) {
      const when = new Date(t0 + i * 7 * HOUR);
      const site = ["a.example", "b.example", "c.example"][i % 3]!;
      await seedPage(database, site, `p${i}`, [
        { text: `fine ${i}`, author: "ann" },
        { text: `idiot ${i}`, author: "bob", scores: { insult: 0.6 + (i % 4) / 10 } },
        { text: `hurt ${i}`, author: "cat", scores: { threat: i % 2 ? 0.99 : 0.2 } },
      ], when);
    }
  }

  it("equals the sums of the per-site rollup rows, after ingest and decisions", async () => {
    const t = await testApp();
    close = t.close;
    await seedDays(t.database);
    const queue = await body(t.call("GET", "/v1/moderation/queue?limit=200", { key: "moderator" }));
    for (const [i, item] of queue.items.entries()) {
      const action = i % 3 ? { action: "approve" } : { action: "reject", reasonCode: "insult" };
      expect((await t.call("POST", `/v1/moderation/comments/${item.id}/decision`, { key: "moderator", body: { ...action, version: item.version } })).status).toBe(200);
    }
    const expected = [
      ...(await t.database.db.all(sql`SELECT '*', ${HOUR}, bucket_start, ${COUNTERS} FROM sentiment_rollups WHERE ${SITE_ROWS} GROUP BY 3`)),
      ...(await t.database.db.all(sql`SELECT article_id, ${DAY}, (bucket_start / ${sql.raw(String(DAY))}) * ${sql.raw(String(DAY))}, ${COUNTERS} FROM sentiment_rollups WHERE ${SITE_ROWS} GROUP BY 1, 3`)),
      ...(await t.database.db.all(sql`SELECT '*', ${DAY}, (bucket_start / ${sql.raw(String(DAY))}) * ${sql.raw(String(DAY))}, ${COUNTERS} FROM sentiment_rollups WHERE ${SITE_ROWS} GROUP BY 3`)),
    ];
    const stored = await t.database.db.all(sql`SELECT scope, width, bucket_start, ${COUNTERS} FROM sentiment_totals GROUP BY 1, 2, 3`);
    const key = (row: unknown) => JSON.stringify(Object.values(row as object));
    expect(stored.map(key).sort()).toEqual(expected.map(key).sort());
    expect(stored.length).toBeGreaterThan(10);
  });

  it("gives the same statistics as summing the hourly site rows, for any range and bucket", async () => {
    const t = await testApp();
    close = t.close;
    await seedDays(t.database);
    const iso = (ms: number) => new Date(ms).toISOString();
    const edges = [t0 - DAY, t0, t0 + 2 * HOUR + 17_000, Date.UTC(2026, 2, 11), Date.UTC(2026, 2, 11, 5), t0 + 40 * HOUR, Date.UTC(2026, 2, 13), t0 + 200 * HOUR];
    let checked = 0;
    for (const site of [undefined, "a.example", "b.example", "nowhere.example"]) {
      for (const bucket of ["day", "hour"] as const) {
        for (const from of [undefined, ...edges]) {
          for (const to of [undefined, ...edges]) {
            const qs = new URLSearchParams({ bucket, ...(site ? { site } : {}), ...(from !== undefined ? { from: iso(from) } : {}), ...(to !== undefined ? { to: iso(to) } : {}) });
            const got = await body(t.call("GET", `/v1/stats/sentiment?${qs}`, { key: "viewer" }));
            const width = bucket === "day" ? DAY : HOUR;
            const where = [site ? sql`article_id = ${"site:" + site}` : SITE_ROWS];
            if (from !== undefined) where.push(sql`bucket_start >= ${Math.floor(from / HOUR) * HOUR}`);
            if (to !== undefined) where.push(sql`bucket_start < ${to}`);
            const want = await t.database.db.all<{ start: number; n: number; held: number; insult: number }>(
              sql`SELECT (bucket_start / ${sql.raw(String(width))}) * ${sql.raw(String(width))} AS start, sum(comments) AS n, sum(st_held) AS held, sum(cat_insult) AS insult
                FROM sentiment_rollups WHERE ${sql.join(where, sql` AND `)} GROUP BY 1 ORDER BY 1`,
            );
            expect(got.buckets.map((b: { start: string; total: number; statuses: { held: number }; flaggedByCategory: { insult: number } }) => [b.start, b.total, b.statuses.held, b.flaggedByCategory.insult]))
              .toEqual(want.map((w) => [iso(w.start), w.n, w.held, w.insult]));
            expect(got.total).toBe(want.reduce((a, w) => a + w.n, 0));
            checked += want.length;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});

describe("queue site filter", () => {
  it("covers every article of the site, in order, across pages", async () => {
    const t = await testApp();
    close = t.close;
    for (const [slug, site] of [["one", "a.example"], ["two", "a.example"], ["three", "b.example"], ["four", "a.example"]] as const) {
      await seedPage(t.database, site, slug, Array.from({ length: 4 }, (_, i) => ({ text: `${slug} ${i}`, author: `u${i}`, scores: { insult: 0.5 + ((slug.length * 7 + i * 3) % 10) / 25 } })));
    }
    const seen: { text: string; score: number; site: string }[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { text: string; abuse: { score: number }; article: { site: string } }[]; nextCursor: string | null } = await body(
        t.call("GET", `/v1/moderation/queue?site=a.example&limit=5${cursor ? `&cursor=${cursor}` : ""}`, { key: "moderator" }),
      );
      seen.push(...page.items.map((i) => ({ text: i.text, score: i.abuse.score, site: i.article.site })));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(12);
    expect(new Set(seen.map((s) => s.text.split(" ")[0]))).toEqual(new Set(["one", "two", "four"]));
    expect(seen.every((s) => s.site === "a.example")).toBe(true);
    expect(seen.map((s) => s.score)).toEqual([...seen.map((s) => s.score)].sort((a, b) => b - a));
  });
});
