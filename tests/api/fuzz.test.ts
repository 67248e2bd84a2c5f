import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, testApp } from "../helpers/app";
import { commentPage } from "../helpers/pages";

// Every endpoint, fed malformed input: the answer is always a 2xx or a 4xx problem+json, never a 5xx,
// and a rejected request leaves the stored data exactly as it was.
type T = Awaited<ReturnType<typeof testApp>>;
let t: T;
let commentId: string;
beforeAll(async () => {
  t = await testApp({ maxBodyBytes: 64 * 1024 });
  const page = await json(await t.call("POST", "/v1/pages", { key: "ingest", body: { content: commentPage("Budget vote", ["You are a fucking idiot and everybody on this site knows it.", "Good piece, thanks for reporting on the budget vote in such detail."]) } }));
  commentId = page.comments[0].id;
});
afterAll(() => t.close());

async function snapshot() {
  const stats = await json(await t.call("GET", "/v1/stats/sentiment", { key: "viewer" }));
  const queue = await json(await t.call("GET", "/v1/moderation/queue?limit=200", { key: "moderator" }));
  return JSON.stringify({ stats, queue });
}

const WRITE_ENDPOINTS = ["/v1/pages", "/v1/analyze", () => `/v1/moderation/comments/${commentId}/decision`] as const;
const pathOf = (p: (typeof WRITE_ENDPOINTS)[number]) => (typeof p === "function" ? p() : p);

const bodies = fc.oneof(
  fc.string({ maxLength: 200 }), // malformed or truncated JSON, usually
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.record({ format: fc.oneof(fc.constant("text"), fc.string()), content: fc.oneof(fc.string(), fc.integer(), fc.constant(null)), url: fc.string() }).map((v) => JSON.stringify(v)),
  fc.record({ action: fc.oneof(fc.constant("approve"), fc.string()), version: fc.oneof(fc.integer(), fc.string()) }).map((v) => JSON.stringify(v)),
  fc.uint8Array({ maxLength: 300 }), // invalid UTF-8, NUL bytes
  fc.constant(JSON.stringify({ content: "a\u0000b".repeat(10), format: "text" })),
  fc.constant(JSON.stringify({ content: "x".repeat(70 * 1024) })), // over the body limit
);
const contentTypes = fc.constantFrom("application/json", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "", "application/json; charset=latin1");

function expectProblemOrSuccess(res: Response, what: string) {
  expect(res.status, what).toBeLessThan(500);
  if (res.status >= 400) expect(res.headers.get("content-type"), what).toContain("application/problem+json");
}

describe("fuzzing every endpoint", () => {
  it("write endpoints: never a 5xx; rejected requests change nothing", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...WRITE_ENDPOINTS), bodies, contentTypes, async (endpoint, body, type) => {
        const before = await snapshot();
        const res = await t.app.request(pathOf(endpoint), {
          method: "POST",
          headers: { authorization: `Bearer ${t.keys.ingest}`, ...(type ? { "content-type": type } : {}) },
          body,
        });
        expectProblemOrSuccess(res, `${pathOf(endpoint)} ${type} ${String(body).slice(0, 80)}`);
        await res.arrayBuffer();
        if (res.status >= 400) expect(await snapshot()).toBe(before);
      }),
      { numRuns: 150, seed: 20261123 },
    );
  });

  it("read endpoints: arbitrary query strings never cause a 5xx", async () => {
    const paths = ["/v1/moderation/queue", "/v1/stats/sentiment"];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), fc.dictionary(fc.constantFrom("limit", "cursor", "from", "to", "article", "x"), fc.string({ maxLength: 50 })), async (path, query) => {
        const qs = new URLSearchParams(query).toString();
        const res = await t.app.request(`${path}?${qs}`, { headers: { authorization: `Bearer ${t.keys.admin}` } });
        expectProblemOrSuccess(res, `${path}?${qs}`);
      }),
      { numRuns: 150, seed: 7 },
    );
  });

  it("hostile headers: garbage Authorization and huge ids are 4xx", async () => {
    for (const auth of ["Bearer", "Basic abc", `Bearer ${"a".repeat(10_000)}`, "Bearer cs_zzzzzzzzzzzz_xxxxxxxxxxxxxxxxxxxxxxxx"]) {
      const res = await t.app.request("/v1/moderation/queue", { headers: { authorization: auth } });
      expect(res.status).toBe(401);
    }
    const res = await t.call("POST", `/v1/moderation/comments/${"x".repeat(5000)}/decision`, { key: "moderator", body: { action: "approve" } });
    expect(res.status).toBe(400);
  });
});

describe("request ids and logs", () => {
  it("every log line and every error response carries the request id", async () => {
    const lines: Record<string, unknown>[] = [];
    const logged = await testApp({ log: (e) => lines.push(e) });
    const res = await logged.call("POST", "/v1/pages", { key: "ingest", body: "{broken" });
    expect(res.status).toBe(400);
    const id = res.headers.get("x-request-id");
    expect(id).toBeTruthy();
    expect((await json(res)).requestId).toBe(id);
    expect(lines.at(-1)).toMatchObject({ msg: "request", requestId: id, status: 400, method: "POST", path: "/v1/pages" });
    logged.close();
  });
});
