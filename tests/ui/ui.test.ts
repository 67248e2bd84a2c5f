import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { json, testApp } from "../helpers/app";
import { commentPage } from "../helpers/pages";

type T = Awaited<ReturnType<typeof testApp>>;
let t: T;
beforeEach(async () => {
  t = await testApp();
});
afterEach(() => t.close());

const ORIGIN = "http://localhost";
const XSS = `<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"> <a href="javascript:alert(1)">fucking idiot</a>`;

async function ingest(list: string[]) {
  const res = await t.call("POST", "/v1/pages", { key: "ingest", body: { format: "text", url: "https://news.example/budget", content: commentPage("Council approves new budget", list) } });
  expect(res.status).toBe(200);
  return json(res);
}

async function signIn(key: string) {
  const res = await t.app.request("/ui/login", { method: "POST", headers: { origin: ORIGIN, "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams({ key }) });
  const cookie = res.headers.get("set-cookie") ?? "";
  return { res, cookie: cookie.split(";")[0]!, setCookie: cookie };
}

const csrfOf = (html: string) => /name="csrf" value="([^"]+)"/.exec(html)?.[1] ?? "";

describe("moderator UI (server side)", () => {
  it("signs in with a moderator key into an HttpOnly SameSite=Strict session and shows the queue", async () => {
    await ingest(["You are a fucking idiot and everyone knows it.", "Thanks, a clear report."]);
    const bad = await signIn("cs_000000000000_nope-nope-nope-nope-nope");
    expect(bad.res.status).toBe(401);
    const { res, cookie, setCookie } = await signIn(t.keys.moderator);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/ui");
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    expect(setCookie).not.toMatch(/Secure/i);
    const page = await t.app.request("/ui", { headers: { cookie } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("<mark");
    expect(html).toContain("Council approves new budget");
    expect(page.headers.get("content-security-policy")).toMatch(/script-src 'nonce-/);
    expect((await t.app.request("/ui")).headers.get("location")).toBe("/ui/login");
  });

  it("escapes hostile comment text", async () => {
    await ingest([XSS, "You are a fucking idiot and everyone knows it."]);
    const { cookie } = await signIn(t.keys.moderator);
    const html = await (await t.app.request("/ui", { headers: { cookie } })).text();
    expect(html).not.toContain("<script>window.__pwned");
    expect(html).not.toMatch(/<img[^>]*onerror/);
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain("&lt;script&gt;");
  });

  it("refuses decisions without the CSRF token or from another origin, and records them with both", async () => {
    await ingest(["You are a fucking idiot and everyone knows it."]);
    const { cookie } = await signIn(t.keys.moderator);
    const html = await (await t.app.request("/ui", { headers: { cookie } })).text();
    const csrf = csrfOf(html);
    const id = /data-item="([^"]+)"/.exec(html)?.[1] ?? "";
    const post = (body: Record<string, string>, origin = ORIGIN) =>
      t.app.request(`/ui/comments/${id}/decision`, { method: "POST", headers: { cookie, origin, "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(body) });
    expect((await post({ action: "reject", reasonCode: "insult", version: "1" })).status).toBe(403);
    expect((await post({ action: "reject", reasonCode: "insult", version: "1", csrf }, "https://evil.example")).status).toBe(403);
    const ok = await post({ action: "reject", reasonCode: "insult", note: "insults a reader", csrf, version: "1" });
    expect(ok.status).toBe(303);
    expect(ok.headers.get("location")).toBe("/ui?notice=rejected");
    const events = await json(await t.call("GET", "/v1/moderation/queue", { key: "moderator" }));
    expect(events.items).toHaveLength(0);
    const after = await (await t.app.request("/ui", { headers: { cookie } })).text();
    expect(after).toContain("Nothing awaits a decision");
  });

  it("lets a viewer see the dashboard's charts but not the queue; ingest keys may not sign in", async () => {
    await ingest(["You are a fucking idiot and everyone knows it.", "Thanks, a clear report."]);
    expect((await signIn(t.keys.ingest)).res.status).toBe(401);
    const { res, cookie } = await signIn(t.keys.viewer);
    expect(res.headers.get("location")).toBe("/ui/dashboard");
    expect((await t.app.request("/ui", { headers: { cookie } })).headers.get("location")).toBe("/ui/dashboard");
    const html = await (await t.app.request("/ui/dashboard", { headers: { cookie } })).text();
    for (const chart of ["volume", "mean-score", "histogram", "flagged-rate"]) expect(html).toContain(`data-chart="${chart}"`);
    expect(html).toMatch(/<svg[^>]*role="img"/);
    expect(html).toContain("Council approves new budget");
  });
});
