// Shared generators and checks of the endpoint fuzz tests (tests/api/fuzz*.test.ts).
import fc from "fast-check";
import { expect } from "vitest";
import { json, type testApp } from "./app";

type TestApp = Awaited<ReturnType<typeof testApp>>;

/** Request bodies: malformed, truncated, wrong types, invalid UTF-8, NUL bytes, one over a 64 KiB limit. */
/** Lines of a page a scraper may really send: any code points, comment-thread and chrome shapes, markup. */
const hostileLine = fc.oneof(
  fc.string({ unit: "binary", maxLength: 80 }),
  fc.constantFrom("  1. You are an idiot and a liar.", "    • I agree with you, well said.", "Leave a Reply", "[INS::INS]", "<script>alert(1)</script>", "\u202e\u0000\ud800 x", "Reply • Share ›", ""),
);

/** Valid page bodies with hostile content: they must be stored (or queued), never crash anything. */
export const fuzzPages = fc
  .record({ format: fc.constantFrom("text", "html"), lines: fc.array(hostileLine, { minLength: 1, maxLength: 30 }), url: fc.constantFrom("https://fuzz.example/a", "https://fuzz.example/b?x=1") })
  .map(({ format, lines, url }) => JSON.stringify({ format, url, content: `Fuzzed page title\n\n${lines.join("\n")}` }));

export const fuzzBodies = fc.oneof(
  fuzzPages,
  fc.string({ maxLength: 200 }), // malformed or truncated JSON, usually
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.record({ format: fc.oneof(fc.constant("text"), fc.string()), content: fc.oneof(fc.string(), fc.integer(), fc.constant(null)), url: fc.string() }).map((v) => JSON.stringify(v)),
  fc.record({ action: fc.oneof(fc.constant("approve"), fc.string()), version: fc.oneof(fc.integer(), fc.string()) }).map((v) => JSON.stringify(v)),
  fc.uint8Array({ maxLength: 300 }), // invalid UTF-8, NUL bytes
  fc.constant(JSON.stringify({ content: "a\u0000b".repeat(10), format: "text" })),
  fc.constant(JSON.stringify({ content: "x".repeat(70 * 1024) })), // over the body limit
);

export const fuzzContentTypes = fc.constantFrom("application/json", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "", "application/json; charset=latin1");

export function expectProblemOrSuccess(res: Response, what: string): void {
  expect(res.status, what).toBeLessThan(500);
  if (res.status >= 400) expect(res.headers.get("content-type"), what).toContain("application/problem+json");
}

/** Everything a rejected request must leave as it was: stats, the queue, counts, keys, webhooks. */
export async function storedState(t: TestApp): Promise<string> {
  const read = async (path: string, key: "viewer" | "moderator" | "admin") => json(await t.call("GET", path, { key }));
  return JSON.stringify({
    stats: await read("/v1/stats/sentiment", "viewer"),
    queue: await read("/v1/moderation/queue?limit=200", "moderator"),
    counts: await read("/v1/moderation/counts", "moderator"),
    keys: await read("/v1/admin/keys", "admin"),
    webhooks: await read("/v1/admin/webhooks", "admin"),
  });
}
