import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, testApp } from "../helpers/app";
import { expectProblemOrSuccess, fuzzBodies, fuzzContentTypes, storedState } from "../helpers/fuzz";
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

const WRITE_ENDPOINTS = ["/v1/pages", "/v1/analyze", () => `/v1/moderation/comments/${commentId}/decision`] as const;
const pathOf = (p: (typeof WRITE_ENDPOINTS)[number]) => (typeof p === "function" ? p() : p);

describe("fuzzing every endpoint", () => {
  it("write endpoints: never a 5xx; rejected requests change nothing", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...WRITE_ENDPOINTS), fuzzBodies, fuzzContentTypes, async (endpoint, body, type) => {
        const before = await storedState(t);
        const res = await t.app.request(pathOf(endpoint), {
          method: "POST",
          headers: { authorization: `Bearer ${t.keys.ingest}`, ...(type ? { "content-type": type } : {}) },
          body,
        });
        expectProblemOrSuccess(res, `${pathOf(endpoint)} ${type} ${String(body).slice(0, 80)}`);
        await res.arrayBuffer();
        if (res.status >= 400) expect(await storedState(t)).toBe(before);
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
