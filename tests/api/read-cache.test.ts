// The Node read cache serves a response again only while the database is exactly as it was when the
// response was computed: any commit (this process's or another connection's) and any claim expiry
// shown in a page make the next request compute afresh.
import { createClient } from "@libsql/client";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createAnalyzer } from "../../src/analysis/analyze";
import { silentLogger } from "../../src/api/logging";
import { createApp } from "../../src/app";
import { openDatabase } from "../../src/node/database";
import { dataVersionReadCache } from "../../src/node/read-cache";
import { createApiKey } from "../../src/services/api-keys";
import { seedPage } from "./moderation-fixtures";

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

async function cachedApp() {
  const dir = mkdtempSync(join(tmpdir(), "cs-cache-"));
  const url = `file:${join(dir, "db.sqlite")}`;
  const { database, close } = await openDatabase(url);
  const versions = createClient({ url });
  const cache = dataVersionReadCache(versions);
  let clock = Date.UTC(2026, 0, 5, 12);
  const deps = { database, analyzer: createAnalyzer(), log: silentLogger, now: () => new Date(clock) };
  const app = createApp({ ...deps, readCache: cache });
  const plain = createApp(deps);
  const key = (await createApiKey(database, "admin", "admin")).token;
  cleanups.push(() => {
    versions.close();
    close();
    rmSync(dir, { recursive: true, force: true });
  });
  const get = async (path: string, via = app) => {
    const res = await via.request(path, { headers: { authorization: `Bearer ${key}` } });
    expect(res.status).toBe(200);
    return { cache: res.headers.get("x-cache"), body: await res.text(), type: res.headers.get("content-type") };
  };
  const post = (path: string, body: unknown) =>
    app.request(path, { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body: JSON.stringify(body) });
  return { url, database, cache, get, post, advance: (ms: number) => (clock += ms), now: () => new Date(clock) };
}

describe("read cache", () => {
  it("repeats a queue page and statistics only until the next commit, with the uncached bytes", async () => {
    const t = await cachedApp();
    await seedPage(t.database, "a.example", "one", [{ text: "idiot", author: "bob", scores: { insult: 0.8 } }, { text: "fool", author: "cat", scores: { insult: 0.6 } }], t.now());
    for (const path of ["/v1/moderation/queue?limit=1", "/v1/stats/sentiment?bucket=hour"]) {
      const first = await t.get(path);
      const again = await t.get(path);
      expect([first.cache, again.cache]).toEqual(["miss", "hit"]);
      expect(again.body).toBe(first.body);
      expect(again.type).toBe("application/json");
      const uncached = await t.get(path, createApp({ database: t.database, analyzer: createAnalyzer(), log: silentLogger, now: t.now }));
      expect(uncached.body).toBe(first.body);
      expect(uncached.cache).toBeNull();
    }
    // A decision through the API (this process's connection) changes both.
    const page = JSON.parse((await t.get("/v1/moderation/queue?limit=1")).body);
    expect((await t.post(`/v1/moderation/comments/${page.items[0].id}/decision`, { action: "approve", version: 1 })).status).toBe(200);
    const afterDecision = await t.get("/v1/moderation/queue?limit=1");
    expect(afterDecision.cache).toBe("miss");
    expect(JSON.parse(afterDecision.body).items[0].id).not.toBe(page.items[0].id);
    const stats = await t.get("/v1/stats/sentiment?bucket=hour");
    expect(stats.cache).toBe("miss");
    expect(JSON.parse(stats.body).statuses).toMatchObject({ approved: 1, held: 1 });

    // A commit by another connection (another process) too.
    expect((await t.get("/v1/stats/sentiment?bucket=hour")).cache).toBe("hit");
    const other = createClient({ url: t.url });
    await other.execute("UPDATE sentiment_rollups SET st_held = st_held + 5 WHERE article_id LIKE 'site:%'");
    other.close();
    const changed = await t.get("/v1/stats/sentiment?bucket=hour");
    expect(changed.cache).toBe("miss");
    expect(JSON.parse(changed.body).statuses.held).toBe(6);
  });

  it("recomputes a queue page when a claim shown in it expires", async () => {
    const t = await cachedApp();
    await seedPage(t.database, "a.example", "one", [{ text: "idiot", author: "bob", scores: { insult: 0.8 } }], t.now());
    const page = JSON.parse((await t.get("/v1/moderation/queue")).body);
    expect((await t.post(`/v1/moderation/comments/${page.items[0].id}/claim`, { seconds: 60 })).status).toBe(200);
    const claimed = await t.get("/v1/moderation/queue");
    expect(JSON.parse(claimed.body).items[0].claim).not.toBeNull();
    t.advance(30_000);
    expect((await t.get("/v1/moderation/queue")).cache).toBe("hit");
    t.advance(31_000);
    const expired = await t.get("/v1/moderation/queue");
    expect(expired.cache).toBe("miss");
    expect(JSON.parse(expired.body).items[0].claim).toBeNull();
    expect(t.cache.stats()).toMatchObject({ hits: 1 });
  });
});
