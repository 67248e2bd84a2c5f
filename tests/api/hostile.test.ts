import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, testApp } from "../helpers/app";
import { commentPage } from "../helpers/pages";

// Hostile comment text is data: stored and returned literally, never interpreted, never fatal.
type T = Awaited<ReturnType<typeof testApp>>;
let t: T;
beforeAll(async () => {
  t = await testApp({ maxBodyBytes: 8 * 1024 * 1024 });
});
afterAll(() => t.close());

const HOSTILE = [
  "'; DROP TABLE comments; --",
  "Robert'); DELETE FROM articles WHERE ('1'='1",
  '<script>alert("xss")</script>',
  '<img src=x onerror="alert(1)">',
  "javascript:alert(document.cookie)",
  "\u202Eevil\u202C text with bidi override and \u0000 a NUL",
];

describe("hostile text", () => {
  it("SQL-injection and XSS strings are stored and returned literally", async () => {
    const res = await t.call("POST", "/v1/pages", { key: "ingest", body: { content: commentPage("Hostile test", HOSTILE.map((h) => `${h} You are a fucking idiot.`)) } });
    expect(res.status).toBe(200);
    const page = await json(res);
    const texts: string[] = page.comments.map((c: { text: string }) => c.text);
    for (const h of HOSTILE.slice(0, 5)) expect(texts.some((x) => x.includes(h)), h).toBe(true);
    const queue = await json(await t.call("GET", "/v1/moderation/queue?limit=200", { key: "moderator" }));
    const stored: string[] = queue.items.map((i: { text: string }) => i.text);
    for (const h of HOSTILE.slice(0, 5)) expect(stored.some((x) => x.includes(h)), h).toBe(true);
    expect((await t.call("GET", "/healthz", { key: null })).status).toBe(200);
  });

  it("a 1 MB comment, 100,000 combining marks and 10,000-deep HTML are handled", async () => {
    const big = "word ".repeat(200_000);
    const r1 = await t.call("POST", "/v1/analyze", { key: "ingest", body: { content: commentPage("Big", [big]) } });
    expect(r1.status).toBe(200);
    const zalgo = "a" + "\u0301".repeat(100_000);
    const r2 = await t.call("POST", "/v1/pages", { key: "ingest", body: { content: commentPage("Zalgo", [zalgo, "fine comment"]) } });
    expect(r2.status).toBe(200);
    const deep = "<html><body><article><p>Body text of the article.</p></article>" + "<div>".repeat(10_000) + "deep" + "</div>".repeat(10_000) + "</body></html>";
    const r3 = await t.call("POST", "/v1/analyze", { key: "ingest", body: { format: "html", content: deep } });
    expect(r3.status).toBe(200);
  });
});
