import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { comments, stories, type ApiKeyRole } from "../../src/db/schema";
import { createApiKey, revokeApiKey } from "../../src/services/api-keys";
import { createWebhook } from "../../src/services/moderation";
import { testApp } from "../helpers/app";
import { body, seedPage } from "./moderation-fixtures";

type T = Awaited<ReturnType<typeof testApp>>;

interface Fresh {
  comment(): string;
  key(): Promise<string>;
  webhook(): Promise<string>;
}

interface Endpoint {
  method: string;
  /** As in /openapi.json. */
  route: string;
  path(f: Fresh): string | Promise<string>;
  body?(f: Fresh): unknown;
  /** Roles that may call it (admin always may). */
  allowed: ApiKeyRole[];
}

const MODERATION: ApiKeyRole[] = ["moderator", "admin"];

async function articleOf(commentId: string): Promise<string> {
  const [row] = await t.database.db.select({ articleId: comments.articleId }).from(comments).where(eq(comments.id, commentId));
  return row!.articleId;
}
const ADMIN: ApiKeyRole[] = ["admin"];

// Every /v1 endpoint of the service. The last test fails when /openapi.json lists one that is missing here.
const ENDPOINTS: Endpoint[] = [
  { method: "post", route: "/v1/pages", path: () => "/v1/pages", body: () => ({ url: `https://news.example/${Math.random()}`, content: "Title\n\nSome body text." }), allowed: ["ingest", "admin"] },
  { method: "post", route: "/v1/analyze", path: () => "/v1/analyze", body: () => ({ content: "Title\n\nSome body text." }), allowed: ["ingest", "moderator", "admin"] },
  { method: "get", route: "/v1/stats/sentiment", path: () => "/v1/stats/sentiment", allowed: ["viewer", "moderator", "ingest", "admin"] },
  { method: "get", route: "/v1/stats/articles", path: () => "/v1/stats/articles", allowed: ["viewer", "moderator", "ingest", "admin"] },
  { method: "get", route: "/v1/stories", path: () => "/v1/stories", allowed: ["viewer", "moderator", "ingest", "admin"] },
  {
    method: "get",
    route: "/v1/stories/{id}",
    path: async () => {
      const now = new Date();
      await t.database.db.insert(stories).values({ id: "s_matrix", title: "matrix", createdAt: now, updatedAt: now }).onConflictDoNothing();
      return "/v1/stories/s_matrix";
    },
    allowed: ["viewer", "moderator", "ingest", "admin"],
  },
  { method: "get", route: "/v1/articles/{id}", path: async (f) => `/v1/articles/${await articleOf(f.comment())}`, allowed: ["viewer", "moderator", "ingest", "admin"] },
  { method: "get", route: "/v1/moderation/queue", path: () => "/v1/moderation/queue", allowed: MODERATION },
  { method: "get", route: "/v1/moderation/counts", path: () => "/v1/moderation/counts", allowed: MODERATION },
  { method: "get", route: "/v1/moderation/comments/{id}/events", path: (f) => `/v1/moderation/comments/${f.comment()}/events`, allowed: MODERATION },
  { method: "post", route: "/v1/moderation/comments/{id}/claim", path: (f) => `/v1/moderation/comments/${f.comment()}/claim`, allowed: MODERATION },
  { method: "delete", route: "/v1/moderation/comments/{id}/claim", path: (f) => `/v1/moderation/comments/${f.comment()}/claim`, allowed: MODERATION },
  { method: "post", route: "/v1/moderation/comments/{id}/decision", path: (f) => `/v1/moderation/comments/${f.comment()}/decision`, body: () => ({ action: "approve", version: 1 }), allowed: MODERATION },
  { method: "post", route: "/v1/moderation/decisions", path: () => "/v1/moderation/decisions", body: (f) => ({ action: "escalate", items: [{ id: f.comment(), version: 1 }] }), allowed: MODERATION },
  { method: "get", route: "/v1/admin/sites/{site}/policy", path: () => "/v1/admin/sites/news.example/policy", allowed: ADMIN },
  { method: "put", route: "/v1/admin/sites/{site}/policy", path: () => "/v1/admin/sites/other.example/policy", body: () => ({ categories: { spam: { hold: 0.6 } } }), allowed: ADMIN },
  { method: "post", route: "/v1/admin/keys", path: () => "/v1/admin/keys", body: () => ({ role: "viewer", name: "matrix" }), allowed: ADMIN },
  { method: "get", route: "/v1/admin/keys", path: () => "/v1/admin/keys", allowed: ADMIN },
  { method: "delete", route: "/v1/admin/keys/{id}", path: async (f) => `/v1/admin/keys/${await f.key()}`, allowed: ADMIN },
  { method: "post", route: "/v1/admin/webhooks", path: () => "/v1/admin/webhooks", body: () => ({ url: "https://hooks.example/x" }), allowed: ADMIN },
  { method: "get", route: "/v1/admin/webhooks", path: () => "/v1/admin/webhooks", allowed: ADMIN },
  { method: "delete", route: "/v1/admin/webhooks/{id}", path: async (f) => `/v1/admin/webhooks/${await f.webhook()}`, allowed: ADMIN },
  { method: "post", route: "/v1/admin/webhooks/deliver", path: () => "/v1/admin/webhooks/deliver", allowed: ADMIN },
];

const CALLERS = ["admin", "moderator", "ingest", "viewer", "none", "revoked"] as const;

let t: T;
let revoked: string;
let fresh: Fresh;

beforeAll(async () => {
  t = await testApp();
  const stored = await seedPage(t.database, "news.example", "matrix", Array.from({ length: 200 }, (_, i) => ({ text: `held ${i}`, scores: { insult: 0.7 } })));
  const ids = stored.comments.map((c) => c.id);
  const key = await createApiKey(t.database, "admin", "soon revoked");
  await revokeApiKey(t.database, key.id);
  revoked = key.token;
  fresh = {
    comment: () => ids.pop()!,
    key: async () => (await createApiKey(t.database, "viewer", "to revoke")).id,
    webhook: async () => (await createWebhook(t.database, { url: "https://hooks.example/y", events: ["comment.held"] }, "test", new Date())).id,
  };
});
afterAll(() => t.close());

describe("role × endpoint matrix", () => {
  for (const e of ENDPOINTS) {
    for (const caller of CALLERS) {
      const expected = caller === "none" || caller === "revoked" ? "401" : e.allowed.includes(caller) ? "2xx" : "403";
      it(`${e.method.toUpperCase()} ${e.route} as ${caller} → ${expected}`, async () => {
        const key = caller === "none" ? null : caller === "revoked" ? revoked : caller;
        const res = await t.call(e.method.toUpperCase(), await e.path(fresh), { key, body: e.body?.(fresh) });
        const got = res.status >= 200 && res.status < 300 ? "2xx" : String(res.status);
        expect(got, `${res.status} ${await res.text()}`).toBe(expected);
        if (expected !== "2xx") expect(res.headers.get("content-type")).toContain("application/problem+json");
      });
    }
  }

  it("covers every /v1 operation that /openapi.json documents", async () => {
    const doc = await body(t.call("GET", "/openapi.json", { key: null }));
    const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>)
      .filter(([p]) => p.startsWith("/v1/"))
      .flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m} ${p}`));
    const covered = new Set(ENDPOINTS.map((e) => `${e.method} ${e.route}`));
    expect(documented.filter((op) => !covered.has(op)), "add these operations to ENDPOINTS").toEqual([]);
    expect([...covered].filter((op) => !documented.includes(op)), "documented in ENDPOINTS but not in /openapi.json").toEqual([]);
  });
});
