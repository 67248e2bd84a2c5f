import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnalyzer } from "../../src/analysis/analyze";
import { runPageJob } from "../../src/services/page-jobs";
import { json, testApp } from "../helpers/app";
import { expectProblemOrSuccess, fuzzBodies, fuzzContentTypes, storedState } from "../helpers/fuzz";
import { commentPage } from "../helpers/pages";

// Every operation the OpenAPI document lists (so a new route is fuzzed without editing this file), with
// fuzzed path parameters, query strings, bodies and content types, under the admin key: never a 5xx, a
// 4xx is problem+json, and a rejected request leaves the stored state as it was.
type T = Awaited<ReturnType<typeof testApp>>;
interface Operation { method: string; path: string; pathParams: string[]; queryParams: string[] }
let t: T;
let commentId: string;
let operations: Operation[] = [];

beforeAll(async () => {
  // With a page queue, so a fuzzed POST /v1/pages with `Prefer: respond-async` takes the asynchronous path too;
  // the queued jobs run at once, as a consumer would, and must not fail either.
  t = await testApp({
    maxBodyBytes: 64 * 1024,
    pageQueue: { send: async (jobs) => { for (const job of jobs) await runPageJob(t.database, createAnalyzer().scoreComment, job); } },
  });
  const page = await json(await t.call("POST", "/v1/pages", { key: "ingest", body: { content: commentPage("Budget vote", ["You are a fucking idiot and everybody on this site knows it.", "Good piece, thanks for reporting on the budget vote in such detail."]) } }));
  commentId = page.comments[0].id;
  const doc = (await json(await t.app.request("/openapi.json"))) as { paths: Record<string, Record<string, { parameters?: { in: string; name: string }[] }>> };
  operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      pathParams: (op.parameters ?? []).filter((p) => p.in === "path").map((p) => p.name),
      queryParams: (op.parameters ?? []).filter((p) => p.in === "query").map((p) => p.name),
    })),
  );
});
afterAll(() => t.close());

const paramValue = fc.oneof(fc.constant("__comment__"), fc.string({ maxLength: 40 }), fc.constant("x".repeat(5000)), fc.constant("%00"), fc.constant("../../etc"));
const queryValue = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom("-1", "0", "1e309", "NaN", "2026-13-45", "csv", "json", "day", "hour"));

describe("fuzzing every OpenAPI operation", () => {
  it("lists the API's operations, write and read", () => {
    expect(operations.length).toBeGreaterThanOrEqual(20);
    expect(new Set(operations.map((o) => o.method))).toEqual(new Set(["GET", "POST", "PUT", "DELETE"]));
  });

  it("never answers a 5xx; a rejected request changes nothing", async () => {
    const statuses = new Set<number>();
    const cases = fc.record({
      op: fc.nat({ max: 1000 }),
      params: fc.array(paramValue, { minLength: 2, maxLength: 2 }),
      query: fc.array(fc.tuple(fc.nat({ max: 20 }), queryValue), { maxLength: 4 }),
      body: fuzzBodies,
      type: fuzzContentTypes,
      prefer: fc.option(fc.constantFrom("respond-async", "respond-async, wait=5", "RESPOND-ASYNC;x=1", "return=minimal"), { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(cases, async ({ op: pick, params, query, body, type, prefer }) => {
        const op = operations[pick % operations.length]!;
        let path = op.path;
        op.pathParams.forEach((name, k) => {
          const v = params[k] === "__comment__" ? commentId : params[k]!;
          path = path.replace(`{${name}}`, encodeURIComponent(v));
        });
        const qs = new URLSearchParams();
        for (const [k, v] of query) if (op.queryParams.length) qs.append(op.queryParams[k % op.queryParams.length]!, v);
        const url = qs.size ? `${path}?${qs}` : path;
        const before = op.method === "GET" ? "" : await storedState(t);
        const res = await t.app.request(url, {
          method: op.method,
          headers: { authorization: `Bearer ${t.keys.admin}`, ...(type ? { "content-type": type } : {}), ...(prefer ? { prefer } : {}) },
          ...(op.method === "GET" || op.method === "DELETE" ? {} : { body }),
        });
        const what = `${op.method} ${url.slice(0, 120)} ${type} ${String(body).slice(0, 60)}`;
        expectProblemOrSuccess(res, what);
        statuses.add(res.status);
        await res.arrayBuffer();
        if (op.method !== "GET" && res.status >= 400) expect(await storedState(t), what).toBe(before);
      }),
      { numRuns: 400, seed: 20261207 },
    );
    // The valid pages reached both ingest paths (stored, and queued then stored by the jobs).
    expect(statuses).toContain(200);
    expect(statuses).toContain(202);
  });
});
