import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { json, testApp } from "../helpers/app";
import { commentPage } from "../helpers/pages";

type T = Awaited<ReturnType<typeof testApp>>;
let t: T;
beforeEach(async () => {
  t = await testApp();
});
afterEach(() => t.close());

const ABUSIVE = ["You are a fucking idiot and everyone knows it.", "What a load of shit, this council is a disgrace.", "Fuck off, you stupid asshole."];
const CLEAN = ["Thanks for the clear report, very helpful.", "I attended the meeting and it was well run."];

async function ingest(title: string, comments: string[], url = `https://news.example/${encodeURIComponent(title)}`) {
  const res = await t.call("POST", "/v1/pages", { key: "ingest", body: { format: "text", url, content: commentPage(title, comments) } });
  expect(res.status).toBe(200);
  return json(res);
}

describe("moderation queue and decisions", () => {
  it("holds flagged comments, publishes clean ones, and queues the held ones with reasons and article", async () => {
    const page = await ingest("Council approves new budget", [...ABUSIVE, ...CLEAN]);
    const statuses = page.comments.map((c: { status: string }) => c.status);
    expect(statuses).toEqual(["held", "held", "held", "published", "published"]);
    const queue = await json(await t.call("GET", "/v1/moderation/queue", { key: "moderator" }));
    expect(queue.items).toHaveLength(3);
    const scores = queue.items.map((i: { abuse: { score: number } }) => i.abuse.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    for (const item of queue.items) {
      expect(item.article).toMatchObject({ title: "Council approves new budget", url: expect.stringContaining("news.example") });
      expect(item.abuse.matches.length).toBeGreaterThan(0);
      const m = item.abuse.matches[0];
      expect(item.text.slice(m.start, m.end).length).toBe(m.end - m.start);
      expect(item.status).toBe("held");
    }
  });

  it("a decision leaves the queue, moves the status and is kept as an event", async () => {
    await ingest("Council approves new budget", ABUSIVE);
    const before = await json(await t.call("GET", "/v1/moderation/queue", { key: "moderator" }));
    const target = before.items[0];
    const res = await t.call("POST", `/v1/moderation/comments/${target.id}/decision`, { key: "moderator", body: { action: "reject", reason: "insult", version: target.version } });
    expect(res.status).toBe(200);
    expect(await json(res)).toMatchObject({ commentId: target.id, status: "rejected", previousStatus: "held", version: target.version + 1 });
    const after = await json(await t.call("GET", "/v1/moderation/queue", { key: "moderator" }));
    expect(after.items.map((i: { id: string }) => i.id)).not.toContain(target.id);
    expect(after.items).toHaveLength(before.items.length - 1);
  });

  it("a decision on a stale version is a 409 and writes nothing", async () => {
    await ingest("Council approves new budget", ABUSIVE);
    const [item] = (await json(await t.call("GET", "/v1/moderation/queue", { key: "moderator" }))).items;
    const ok = await t.call("POST", `/v1/moderation/comments/${item.id}/decision`, { key: "moderator", body: { action: "approve", version: item.version } });
    expect(ok.status).toBe(200);
    const stale = await t.call("POST", `/v1/moderation/comments/${item.id}/decision`, { key: "moderator", body: { action: "reject", version: item.version } });
    expect(stale.status).toBe(409);
    expect((await json(stale)).code).toBe("stale_version");
  });

  it("concurrent decisions on one version: exactly one wins", async () => {
    await ingest("Council approves new budget", ABUSIVE);
    const [item] = (await json(await t.call("GET", "/v1/moderation/queue", { key: "moderator" }))).items;
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.call("POST", `/v1/moderation/comments/${item.id}/decision`, { key: "moderator", body: { action: i % 2 ? "approve" : "reject", version: item.version } }),
      ),
    );
    const codes = results.map((r) => r.status).sort();
    expect(codes.filter((c) => c === 200)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(19);
  });

  it("unknown comments are 404; bad actions are 400; viewers may not decide", async () => {
    expect((await t.call("POST", "/v1/moderation/comments/c_nope/decision", { key: "moderator", body: { action: "approve" } })).status).toBe(404);
    await ingest("Council approves new budget", ABUSIVE);
    const [item] = (await json(await t.call("GET", "/v1/moderation/queue", { key: "moderator" }))).items;
    expect((await t.call("POST", `/v1/moderation/comments/${item.id}/decision`, { key: "moderator", body: { action: "delete" } })).status).toBe(400);
    expect((await t.call("POST", `/v1/moderation/comments/${item.id}/decision`, { key: "viewer", body: { action: "approve" } })).status).toBe(403);
    expect((await t.call("GET", "/v1/moderation/queue", { key: "ingest" })).status).toBe(403);
  });

  it("pages through the queue with a cursor without skipping or repeating", async () => {
    for (let i = 0; i < 4; i++) await ingest(`Story number ${i} on the budget`, ABUSIVE.map((c) => `${c} (${i})`));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const q = cursor ? `?limit=5&cursor=${cursor}` : "?limit=5";
      const page = await json(await t.call("GET", `/v1/moderation/queue${q}`, { key: "moderator" }));
      expect(page.items.length).toBeLessThanOrEqual(5);
      seen.push(...page.items.map((i: { id: string }) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(12);
    expect(new Set(seen).size).toBe(12);
    expect((await t.call("GET", "/v1/moderation/queue?cursor=garbage", { key: "moderator" })).status).toBe(400);
  });
});

describe("GET /v1/stats/sentiment", () => {
  it("counts per label, mean score and flagged count, filtered by article and time", async () => {
    const a = await ingest("Council approves new budget", [...ABUSIVE, ...CLEAN]);
    await ingest("Another story", CLEAN);
    const all = await json(await t.call("GET", "/v1/stats/sentiment", { key: "viewer" }));
    expect(all.total).toBe(7);
    expect(all.counts.positive + all.counts.neutral + all.counts.negative).toBe(7);
    expect(all.flagged).toBe(3);
    expect(all.meanScore).toBeGreaterThanOrEqual(-1);
    const one = await json(await t.call("GET", `/v1/stats/sentiment?article=${a.articleId}`, { key: "viewer" }));
    expect(one.total).toBe(5);
    const future = await json(await t.call("GET", "/v1/stats/sentiment?from=2999-01-01T00:00:00Z", { key: "viewer" }));
    expect(future).toMatchObject({ total: 0, meanScore: null, flagged: 0 });
    expect((await t.call("GET", "/v1/stats/sentiment?from=yesterday", { key: "viewer" })).status).toBe(400);
    expect((await t.call("GET", "/v1/stats/sentiment", { key: null })).status).toBe(401);
  });
});
