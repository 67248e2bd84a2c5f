import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { json, testApp } from "../helpers/app";

const SEED = readFileSync(new URL("../../seeds/000_b6556f2a56b03e86.txt", import.meta.url), "utf8");

type T = Awaited<ReturnType<typeof testApp>>;
let t: T;
beforeEach(async () => {
  t = await testApp();
});
afterEach(() => t.close());

const page = (content: string, extra: Record<string, unknown> = {}) => ({ format: "text", content, url: "https://news.example/a?utm_source=x", ...extra });

describe("POST /v1/pages", () => {
  it("stores the article and its analysed comments, and reports what it created", async () => {
    const res = await t.call("POST", "/v1/pages", { key: "ingest", body: page(SEED) });
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.articleCreated).toBe(true);
    expect(body.title).toMatch(/Baghdad seeking/);
    expect(body.comments.length).toBe(body.createdComments);
    for (const c of body.comments) {
      expect(c.id).toMatch(/^c_[0-9a-f]{24}$/);
      expect(c.sentiment.score).toBeGreaterThanOrEqual(-1);
      expect(c.sentiment.score).toBeLessThanOrEqual(1);
      expect(["published", "held"]).toContain(c.status);
      expect(c.created).toBe(true);
    }
  });

  it("GET /v1/articles/{id} summarises a stored article and counts its comments per status", async () => {
    const stored = await json(await t.call("POST", "/v1/pages", { key: "ingest", body: page(SEED) }));
    const res = await t.call("GET", `/v1/articles/${stored.articleId}`, { key: "viewer" });
    expect(res.status).toBe(200);
    const article = await json(res);
    expect(article).toMatchObject({ id: stored.articleId, state: "stored", site: "news.example", title: stored.title });
    expect(article.comments.total).toBe(stored.comments.length);
    const held = stored.comments.filter((c: { status: string }) => c.status === "held").length;
    expect(article.comments.byStatus.held).toBe(held);
    const missing = await t.call("GET", "/v1/articles/a_000000000000000000000000", { key: "ingest" });
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toMatch(/problem\+json/);
  });

  it("is idempotent: the same page twice creates no duplicates", async () => {
    const first = await json(await t.call("POST", "/v1/pages", { key: "ingest", body: page(SEED) }));
    const again = await t.call("POST", "/v1/pages", { key: "ingest", body: page(SEED, { url: "https://NEWS.example/a#comments" }) });
    const second = await json(again);
    expect(second.articleId).toBe(first.articleId);
    expect(second.articleCreated).toBe(false);
    expect(second.createdComments).toBe(0);
    expect(second.comments.map((c: { id: string }) => c.id)).toEqual(first.comments.map((c: { id: string }) => c.id));
    const stats = await json(await t.call("GET", `/v1/stats/sentiment?article=${first.articleId}`, { key: "viewer" }));
    expect(stats.total).toBe(first.comments.length);
  });

  it("a re-scrape with one new comment adds only that one", async () => {
    const analysed = await json(await t.call("POST", "/v1/analyze", { key: "ingest", body: page(SEED) }));
    const n = analysed.comments.length;
    expect(n).toBeGreaterThan(0);
    const first = await json(await t.call("POST", "/v1/pages", { key: "ingest", body: page(SEED) }));
    expect(first.createdComments).toBe(n);
    const rescrape = SEED.replace("Comments are closed.", "  5. A brand new comment that arrived after the first scrape, about Mosul and oil.\n\nComments are closed.");
    const second = await json(await t.call("POST", "/v1/pages", { key: "ingest", body: page(rescrape) }));
    expect(second.articleId).toBe(first.articleId);
    expect(second.createdComments).toBe(second.comments.length - n);
  });

  it("rejects invalid input with problem+json and stores nothing", async () => {
    for (const body of [{}, { content: "" }, { content: "x", format: "pdf" }, { content: "x", url: "not a url" }, { content: 42 }]) {
      const res = await t.call("POST", "/v1/pages", { key: "ingest", body });
      expect(res.status).toBe(400);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
      const p = await json(res);
      expect(p).toMatchObject({ status: 400, code: "validation_failed", title: "Bad Request" });
      expect(p.detail).toBeTypeOf("string");
    }
    const bad = await t.call("POST", "/v1/pages", { key: "ingest", body: "{not json" });
    expect(bad.status).toBe(400);
    const stats = await json(await t.call("GET", "/v1/stats/sentiment", { key: "viewer" }));
    expect(stats.total).toBe(0);
  });

  it("enforces the body size limit", async () => {
    const small = await testApp({ maxBodyBytes: 1000 });
    const res = await small.call("POST", "/v1/pages", { key: "ingest", body: page("x".repeat(2000)) });
    expect(res.status).toBe(413);
    expect((await json(res)).code).toBe("body_too_large");
    small.close();
  });

  it("needs an ingest or admin key", async () => {
    expect((await t.call("POST", "/v1/pages", { key: null, body: page(SEED) })).status).toBe(401);
    expect((await t.call("POST", "/v1/pages", { key: "cs_000000000000_notarealsecretnotarealsecret", body: page(SEED) })).status).toBe(401);
    const forbidden = await t.call("POST", "/v1/pages", { key: "viewer", body: page(SEED) });
    expect(forbidden.status).toBe(403);
    expect((await json(forbidden)).code).toBe("forbidden");
    expect((await t.call("POST", "/v1/pages", { key: "admin", body: page(SEED) })).status).toBe(200);
  });
});

describe("POST /v1/analyze", () => {
  it("returns the analysis and stores nothing", async () => {
    // Viewer keys are stats-only (issue 6); ingest and moderator keys may analyse.
    expect((await t.call("POST", "/v1/analyze", { key: "viewer", body: page(SEED) })).status).toBe(403);
    const res = await t.call("POST", "/v1/analyze", { key: "moderator", body: page(SEED) });
    expect(res.status).toBe(200);
    const a = await json(res);
    expect(a.title).toMatch(/Baghdad seeking/);
    expect(a.body.length).toBeGreaterThan(5);
    const stats = await json(await t.call("GET", "/v1/stats/sentiment", { key: "viewer" }));
    expect(stats.total).toBe(0);
  });
});

describe("service endpoints", () => {
  it("GET /healthz answers without a key", async () => {
    const res = await t.call("GET", "/healthz", { key: null });
    expect(res.status).toBe(200);
    expect(await json(res)).toEqual({ ok: true, database: "libsql" });
  });

  it("GET /openapi.json describes every route as OpenAPI 3.1", async () => {
    const doc = await json(await t.call("GET", "/openapi.json", { key: null }));
    expect(doc.openapi).toBe("3.1.0");
    for (const path of ["/v1/pages", "/v1/analyze", "/v1/moderation/queue", "/v1/moderation/comments/{id}/decision", "/v1/stats/sentiment"]) {
      expect(doc.paths[path], path).toBeDefined();
    }
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: "http", scheme: "bearer" });
  });

  it("unknown routes are problem+json 404s", async () => {
    const res = await t.call("GET", "/v1/nope", { key: null });
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
  });
});
