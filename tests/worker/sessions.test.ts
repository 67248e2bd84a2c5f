// D1 read replication through the Sessions API: every response carries the session's bookmark, a client
// that sends it back reads at least up to its own writes, and a malformed bookmark is refused cleanly.
import { applyD1Migrations, reset } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { beforeEach, describe, expect, it } from "vitest";
import { d1Database } from "../../src/db/d1";
import { createApiKey } from "../../src/services/api-keys";
import { commentPage } from "../helpers/pages";

const COMMENTS = [
  "This is a thoughtful article and I learned a great deal from reading it today.",
  "I disagree with the conclusion, the numbers in the third paragraph do not add up at all.",
];

describe("Worker: D1 sessions", () => {
  let token: string;
  beforeEach(async () => {
    await reset();
    await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
    token = (await createApiKey(d1Database(env.DB), "admin", "sessions test")).token;
  });

  const send = (method: string, path: string, headers: Record<string, string> = {}, body?: unknown) =>
    exports.default.fetch(
      new Request(`http://sentinel.test${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json", ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    );

  it("returns a bookmark after a write, and a read from that bookmark sees the write", async () => {
    const content = commentPage("Council approves the new bridge", COMMENTS);
    const ingest = await send("POST", "/v1/pages", {}, { url: "https://news.example/bridge", format: "text", content });
    expect(ingest.status, await ingest.clone().text()).toBe(200);
    const bookmark = ingest.headers.get("x-d1-bookmark");
    expect(bookmark).toMatch(/^[0-9a-f-]+$/i);

    const stats = await send("GET", "/v1/stats/sentiment", { "x-d1-bookmark": bookmark! });
    expect(stats.status).toBe(200);
    expect((await stats.json<{ total: number }>()).total).toBe(COMMENTS.length);
    expect(stats.headers.get("x-d1-bookmark")).toBeTruthy();
  });

  it("refuses a malformed bookmark with problem+json and stores nothing", async () => {
    const content = commentPage("Council approves the new bridge", COMMENTS);
    const res = await send("POST", "/v1/pages", { "x-d1-bookmark": "'; DROP TABLE comments; --" }, { url: "https://news.example/x", format: "text", content });
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    const stats = await send("GET", "/v1/stats/sentiment");
    expect((await stats.json<{ total: number }>()).total).toBe(0);
  });
});
