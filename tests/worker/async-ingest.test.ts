// Asynchronous ingest on workerd: the Worker's own queue (wrangler.toml's PAGE_QUEUE producer and
// consumer, run by Miniflare) delivers the comment slices to its `queue` handler, which stores them in
// local D1; and the slices store what the synchronous path stores.
import { applyD1Migrations, reset } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { beforeEach, expect, it } from "vitest";
import { d1Database } from "../../src/db/d1";
import { asyncTestPage, checkAsyncIngestMatchesSync } from "../shared/async-ingest";
import { createRoleKeys } from "../shared/target";

beforeEach(async () => {
  await reset();
  await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
});

it("asynchronous ingest stores what synchronous ingest stores (workerd + local D1)", async () => {
  await checkAsyncIngestMatchesSync(d1Database(env.DB));
});

it("Prefer: respond-async answers 202 and the Worker's queue consumer stores every comment", async () => {
  const keys = await createRoleKeys(d1Database(env.DB));
  const res = await exports.default.fetch(
    new Request("http://worker.test/v1/pages", {
      method: "POST",
      headers: { authorization: `Bearer ${keys.ingest}`, "content-type": "application/json", prefer: "respond-async" },
      body: JSON.stringify({ format: "text", url: "https://edge.example/tram", content: asyncTestPage(120) }),
    }),
  );
  expect(res.status).toBe(202);
  expect(res.headers.get("preference-applied")).toBe("respond-async");
  const accepted = (await res.json()) as { articleId: string; jobs: number; comments: { id: string }[] };
  expect(accepted.jobs).toBe(4); // the article, then three slices of at most 50 comments
  // What a client does after a 202: poll the article until it is stored with every queued comment.
  const summary = async () => {
    const res = await exports.default.fetch(new Request(`http://worker.test/v1/articles/${accepted.articleId}`, { headers: { authorization: `Bearer ${keys.ingest}` } }));
    return res.status === 200 ? ((await res.json()) as { state: string; comments: { total: number } }) : null;
  };
  const done = (s: Awaited<ReturnType<typeof summary>>) => s?.state === "stored" && s.comments.total === 120;
  const deadline = Date.now() + 20_000;
  while (!done(await summary()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  expect(await summary()).toMatchObject({ state: "stored", comments: { total: 120 } });
  const events = await env.DB.prepare("SELECT count(*) AS n FROM moderation_events e JOIN comments c ON c.id = e.comment_id WHERE c.article_id = ?").bind(accepted.articleId).first<number>("n");
  expect(events).toBe(120);
  const article = await env.DB.prepare("SELECT title, length(body) AS body FROM articles WHERE id = ?").bind(accepted.articleId).first<{ title: string; body: number }>();
  expect(article?.title).toBe("Council approves the new tram line");
  expect(article?.body).toBeGreaterThan(100);
});
