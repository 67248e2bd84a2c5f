import { afterEach, describe, expect, it } from "vitest";
import { testApp } from "../helpers/app";
import { body, seedPage, type FixtureComment } from "./moderation-fixtures";

let close: (() => void) | undefined;
afterEach(() => close?.());

// Scores drawn from a few values so that many items tie on the sort key (the keyset tie-breaker matters).
const SCORES = [0.55, 0.6, 0.6, 0.75, 0.9, 0.9, 0.9, 1];
const held = (n: number, offset: number): FixtureComment[] =>
  Array.from({ length: n }, (_, i) => ({ text: `comment ${offset + i}`, author: `a${(offset + i) % 7}`, scores: { insult: SCORES[(offset + i) % SCORES.length]! } }));

describe("moderation queue pagination", () => {
  for (const sort of ["severity", "oldest", "newest"] as const) {
    it(`sort=${sort}: never skips or repeats an item while new comments arrive between pages`, async () => {
      let clock = Date.parse("2026-01-01T00:00:00Z");
      const t = await testApp({ now: () => new Date(clock) });
      close = t.close;
      // Three pages ingested at three times (ties within each on created_at), 75 items to start with.
      const initial = new Set<string>();
      for (let p = 0; p < 3; p++) {
        const stored = await seedPage(t.database, "news.example", `p${p}`, held(25, p * 25), new Date(clock));
        for (const c of stored.comments) initial.add(c.id);
        clock += 1000;
      }
      const seen: string[] = [];
      let cursor: string | null = null;
      let previous: { key: number; id: string } | null = null;
      let round = 0;
      do {
        const qs: string = `sort=${sort}&limit=7${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
        const page = await body(t.call("GET", `/v1/moderation/queue?${qs}`, { key: "moderator" }));
        for (const item of page.items) {
          // Each page continues strictly after the previous item in the sort order.
          const key = sort === "severity" ? -item.abuse.score : sort === "oldest" ? Date.parse(item.createdAt) : -Date.parse(item.createdAt);
          const tie = sort === "newest" ? (a: string, b: string) => a > b : (a: string, b: string) => a < b;
          if (previous) expect(previous.key < key || (previous.key === key && tie(previous.id, item.id))).toBe(true);
          previous = { key, id: item.id };
          seen.push(item.id);
        }
        cursor = page.nextCursor;
        // New comments arrive between pages, some sorting before and some after the cursor.
        const arriving = held(4, 1000 + round * 4).map((c, i) => ({ ...c, scores: { insult: i % 2 ? 0.99 : 0.51 } }));
        await seedPage(t.database, "news.example", `late${round++}`, arriving, new Date(clock));
        clock += 1000;
      } while (cursor);
      expect(new Set(seen).size).toBe(seen.length);
      for (const id of initial) expect(seen).toContain(id);
    });
  }

  it("filters by site, article, category and minScore, and refuses a cursor made for another sort", async () => {
    const t = await testApp();
    close = t.close;
    const a = await seedPage(t.database, "one.example", "x", [{ text: "buy now", scores: { spam: 0.9 } }, { text: "idiot", scores: { insult: 0.6 } }]);
    await seedPage(t.database, "two.example", "y", [{ text: "fool", scores: { insult: 0.95 } }]);
    const ids = async (qs: string) => (await body(t.call("GET", `/v1/moderation/queue?${qs}`, { key: "moderator" }))).items.map((i: { text: string }) => i.text);
    expect(await ids("site=one.example")).toEqual(["buy now", "idiot"]);
    expect(await ids(`article=${a.articleId}&category=insult`)).toEqual(["idiot"]);
    expect(await ids("category=insult&minScore=0.9")).toEqual(["fool"]);
    expect(await ids("minScore=0.92")).toEqual(["fool"]);
    expect(await ids("status=published")).toEqual([]);
    const first = await body(t.call("GET", "/v1/moderation/queue?limit=1&sort=oldest", { key: "moderator" }));
    const wrong = await t.call("GET", `/v1/moderation/queue?sort=severity&cursor=${first.nextCursor}`, { key: "moderator" });
    expect(wrong.status).toBe(400);
    expect((await t.call("GET", "/v1/moderation/queue?cursor=garbage", { key: "moderator" })).status).toBe(400);
  });
});
