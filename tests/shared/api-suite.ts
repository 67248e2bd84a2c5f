/// <reference types="vite/client" />
// ONE API suite, instantiated for Node + libSQL (tests/api/both-targets.test.ts) and for workerd + local
// D1 (tests/worker/api.test.ts). It imports nothing Node-only, so it runs unchanged inside workerd.
// Expectations are derived from the pure analysis core and the pure identity functions, never from a
// target: both targets must give exactly these results, so they give the same results.
import { beforeEach, afterEach, describe, expect, it } from "vitest";
import { createAnalyzer } from "../../src/analysis/analyze";
import type { PageAnalysis } from "../../src/analysis/types";
import type { ApiKeyRole } from "../../src/db/schema";
import { articleIdFor, canonicalUrl, commentIdentities } from "../../src/services/page-identity";

/** Vite inlines the seed pages as strings, in Node and in the Workers pool alike. */
const SEED_FILES = import.meta.glob("../../seeds/*.txt", { query: "?raw", import: "default", eager: true }) as Record<string, string>;

export interface CallOptions {
  /** A role whose key the target created, a raw token, or null for no Authorization header. */
  key?: ApiKeyRole | string | null;
  body?: unknown;
}

export interface ApiTarget {
  call(method: string, path: string, options?: CallOptions): Promise<Response>;
  close(): Promise<void> | void;
}

export interface TestPage {
  name: string;
  url: string;
  content: string;
}

const ABUSIVE_REPLIES = [
  "You are a fucking idiot, shut up.",
  "What a load of shit, moron.",
  "Another fucking idiot, shut up.",
];

/** The five seeds plus one re-scrape of the first seed with abusive comments, so the queue is never empty. */
export function testPages(): TestPage[] {
  const seeds = Object.entries(SEED_FILES)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, content]) => {
      const name = path.split("/").pop()!.replace(/\.txt$/, "");
      return { name, url: `https://seeds.example/${name}?utm_source=test`, content };
    });
  expect(seeds.length).toBe(5);
  const first = seeds[0]!;
  const extra = ABUSIVE_REPLIES.map((t, i) => `  ${5 + i}. ${t}\n\n`).join("");
  const abusive = { name: "abusive", url: "https://other.example/abusive", content: first.content.replace("Comments are closed.", `${extra}Comments are closed.`) };
  return [...seeds, abusive];
}

interface Expected {
  articleId: string;
  analysis: PageAnalysis;
  commentIds: string[];
}

async function expectedFor(page: TestPage): Promise<Expected> {
  const analysis = createAnalyzer().analyzePage(page.content, "text");
  const articleId = await articleIdFor(canonicalUrl(page.url), "unused: the page has a url");
  const commentIds = (await commentIdentities(articleId, analysis.comments)).map((c) => c.id);
  return { articleId, analysis, commentIds };
}

const post = (page: TestPage) => ({ format: "text", url: page.url, content: page.content });

interface QueueItem {
  id: string;
  status: string;
  abuse: { score: number; flagged: boolean };
  article: { id: string; title: string; url: string | null };
}

async function json<T = any>(res: Response, status = 200): Promise<T> {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  return JSON.parse(text) as T;
}

export function defineApiSuite(targetName: string, open: () => Promise<ApiTarget>) {
  describe(`API on ${targetName}`, () => {
    let t: ApiTarget;
    let pages: TestPage[];
    let expected: Expected[];
    beforeEach(async () => {
      t = await open();
      pages = testPages();
      expected = await Promise.all(pages.map(expectedFor));
    });
    afterEach(() => t.close());

    const ingestAll = async () => {
      const out = [];
      for (const page of pages) out.push(await json(await t.call("POST", "/v1/pages", { key: "ingest", body: post(page) })));
      return out;
    };

    it("ingests the seeds: deterministic ids, statuses from the analysis, idempotent on re-post", async () => {
      const results = await ingestAll();
      results.forEach((r, i) => {
        const e = expected[i]!;
        expect(r.articleId).toBe(e.articleId);
        expect(r.articleCreated).toBe(true);
        expect(r.title).toBe(e.analysis.title);
        expect(r.createdComments).toBe(e.analysis.comments.length);
        expect(r.comments.map((c: { id: string }) => c.id)).toEqual(e.commentIds);
        expect(r.comments.map((c: { status: string }) => c.status)).toEqual(e.analysis.comments.map((c) => (c.abuse.flagged ? "held" : "published")));
      });
      const again = await ingestAll();
      for (const [i, r] of again.entries()) {
        expect(r.articleId).toBe(expected[i]!.articleId);
        expect(r.articleCreated).toBe(false);
        expect(r.createdComments).toBe(0);
      }
    });

    it("analyze returns exactly the pure core's analysis and stores nothing", async () => {
      for (const [i, page] of pages.entries()) {
        const body = await json(await t.call("POST", "/v1/analyze", { key: "ingest", body: post(page) }));
        expect(body).toEqual(JSON.parse(JSON.stringify(expected[i]!.analysis)));
      }
      const stats = await json(await t.call("GET", "/v1/stats/sentiment", { key: "viewer" }));
      expect(stats.total).toBe(0);
    });

    it("the queue holds the flagged comments, most severe first, paged by cursor", async () => {
      await ingestAll();
      const held = expected.flatMap((e) =>
        e.analysis.comments.flatMap((c, k) => (c.abuse.flagged ? [{ id: e.commentIds[k]!, score: c.abuse.score, articleId: e.articleId, title: e.analysis.title }] : [])),
      );
      expect(held.length).toBeGreaterThanOrEqual(ABUSIVE_REPLIES.length);
      held.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));

      const seen: QueueItem[] = [];
      let cursor: string | null = null;
      do {
        const qs: string = cursor ? `limit=2&cursor=${encodeURIComponent(cursor)}` : "limit=2";
        const page: { items: QueueItem[]; nextCursor: string | null } = await json(await t.call("GET", `/v1/moderation/queue?${qs}`, { key: "moderator" }));
        expect(page.items.length).toBeLessThanOrEqual(2);
        seen.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen.map((q) => q.id)).toEqual(held.map((h) => h.id));
      for (const [k, q] of seen.entries()) {
        expect(q.status).toBe("held");
        expect(q.abuse.flagged).toBe(true);
        expect(q.article).toMatchObject({ id: held[k]!.articleId, title: held[k]!.title });
      }
      expect((await t.call("GET", "/v1/moderation/queue", { key: "viewer" })).status).toBe(403);
      expect((await t.call("GET", "/v1/moderation/queue", { key: null })).status).toBe(401);
    });

    it("decisions are recorded once per version and leave the queue", async () => {
      await ingestAll();
      const queue: { items: QueueItem[] } = await json(await t.call("GET", "/v1/moderation/queue?limit=10", { key: "moderator" }));
      const [first, second] = queue.items;
      expect(first && second).toBeTruthy();

      const approved = await json(await t.call("POST", `/v1/moderation/comments/${first!.id}/decision`, { key: "moderator", body: { action: "approve", version: 1 } }));
      expect(approved).toMatchObject({ commentId: first!.id, status: "approved", previousStatus: "held", version: 2 });
      // A second moderator who also saw version 1 loses: 409, nothing written.
      const stale = await t.call("POST", `/v1/moderation/comments/${first!.id}/decision`, { key: "admin", body: { action: "reject", reasonCode: "insult", version: 1 } });
      expect(stale.status).toBe(409);
      expect(stale.headers.get("content-type")).toMatch(/application\/problem\+json/);
      const rejected = await json(await t.call("POST", `/v1/moderation/comments/${second!.id}/decision`, { key: "moderator", body: { action: "reject", reasonCode: "insult", note: "abusive", version: 1 } }));
      expect(rejected).toMatchObject({ status: "rejected", previousStatus: "held", version: 2 });

      const missing = await t.call("POST", "/v1/moderation/comments/c_000000000000000000000000/decision", { key: "moderator", body: { action: "approve", version: 1 } });
      expect(missing.status).toBe(404);
      const after: { items: QueueItem[] } = await json(await t.call("GET", "/v1/moderation/queue?limit=200", { key: "moderator" }));
      expect(after.items.map((q) => q.id)).toEqual(queue.items.slice(2).map((q) => q.id));
    });

    it("stats count labels, mean score and flagged comments, overall and per article", async () => {
      await ingestAll();
      const statsOf = (list: Expected[]) => {
        const all = list.flatMap((e) => e.analysis.comments);
        const counts = { positive: 0, neutral: 0, negative: 0 };
        for (const c of all) counts[c.sentiment.label]++;
        const sum = all.reduce((s, c) => s + c.sentiment.score, 0);
        return { total: all.length, counts, meanScore: all.length ? sum / all.length : null, flagged: all.filter((c) => c.abuse.flagged).length };
      };
      const check = (actual: any, want: ReturnType<typeof statsOf>) => {
        expect({ total: actual.total, counts: actual.counts, flagged: actual.flagged }).toEqual({ total: want.total, counts: want.counts, flagged: want.flagged });
        if (want.meanScore === null) expect(actual.meanScore).toBeNull();
        else expect(actual.meanScore).toBeCloseTo(want.meanScore, 9);
      };
      check(await json(await t.call("GET", "/v1/stats/sentiment", { key: "viewer" })), statsOf(expected));
      for (const e of expected) check(await json(await t.call("GET", `/v1/stats/sentiment?article=${e.articleId}`, { key: "viewer" })), statsOf([e]));
      const future = await json(await t.call("GET", "/v1/stats/sentiment?from=2999-01-01T00:00:00Z", { key: "viewer" }));
      expect(future.total).toBe(0);
      // Per-article rankings are computed in the database (window functions): the same on libSQL and D1.
      const ranked = await json(await t.call("GET", "/v1/stats/articles?limit=2", { key: "viewer" }));
      const discussed = [...expected].sort((a, b) => b.analysis.comments.length - a.analysis.comments.length || (a.articleId < b.articleId ? -1 : 1));
      expect(ranked.mostDiscussed.map((a: { articleId: string }) => a.articleId)).toEqual(discussed.slice(0, 2).map((e) => e.articleId));
      for (const a of ranked.mostDiscussed) check(a, statsOf(expected.filter((e) => e.articleId === a.articleId)));
    });
  });
}
