// The moderator UI in a real Chromium (Debian's, driven by playwright-core): sign in, decide with the
// keyboard, reject with a reason, hostile comment text stays inert text, dashboard charts render.
// Screenshots go to test-artifacts/ (gitignored).
import { serve, type ServerType } from "@hono/node-server";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commentEvents } from "../../src/services/moderation";
import { json, testApp } from "../helpers/app";
import { commentPage } from "../helpers/pages";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARTIFACTS = join(import.meta.dirname, "../../test-artifacts");
const XSS = [
  `<script>window.__pwned = "script"; alert("script")</script> you are a fucking idiot`,
  `<img src=x onerror="window.__pwned='img'; alert('img')"> shut up, you fucking moron`,
  `<a href="javascript:window.__pwned='link'">click here</a> you worthless piece of shit`,
];
const ABUSIVE = ["You are a fucking idiot and everyone knows it.", "What a load of shit, this council is a disgrace.", "Fuck off, you stupid asshole."];

describe.skipIf(!existsSync(CHROMIUM))("moderator UI in Chromium", () => {
  let t: Awaited<ReturnType<typeof testApp>>;
  let server: ServerType;
  let base: string;
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  const dialogs: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    t = await testApp();
    for (const [title, list] of [["Council approves new budget", [...ABUSIVE, "Thanks for the clear report."]], ["Stadium plans unveiled", [...XSS, "Looks like a fine plan."]]] as const) {
      const res = await t.call("POST", "/v1/pages", { key: "ingest", body: { format: "text", url: `https://news.example/${encodeURIComponent(title)}`, content: commentPage(title, [...list]) } });
      expect(res.status).toBe(200);
    }
    server = await new Promise<ServerType>((resolve) => {
      const s = serve({ fetch: t.app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    profile = mkdtempSync(join(tmpdir(), "cs-chromium-"));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
      viewport: { width: 1200, height: 900 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    // Nothing may leave the loopback server: fail any other request.
    await context.route((url) => !url.href.startsWith(base), (route) => route.abort());
  });

  afterAll(async () => {
    await context?.close();
    await new Promise((r) => server?.close(r));
    t?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  const itemIds = () => page.locator("[data-item]").evaluateAll((els) => els.map((e) => e.getAttribute("data-item")));

  it("signs in with a moderator key", async () => {
    await page.goto(`${base}/ui`);
    expect(new URL(page.url()).pathname).toBe("/ui/login");
    await page.fill('input[name="key"]', t.keys.moderator);
    await Promise.all([page.waitForURL(`${base}/ui`), page.click('button[type="submit"]')]);
    await expect(page.locator("h1").textContent()).resolves.toContain("Moderation queue");
    const cookies = await context.cookies();
    expect(cookies.find((c) => c.name === "cs_session")).toMatchObject({ httpOnly: true, sameSite: "Strict" });
    expect(await page.evaluate("document.cookie")).toBe("");
    expect(await page.locator("mark").count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, "queue.png"), fullPage: true });
  });

  it("shows XSS payloads as text and runs nothing", async () => {
    const texts = await page.locator('[data-testid="comment-text"]').allTextContents();
    const shown = texts.join("\n");
    expect(shown).toContain("<script>window.__pwned");
    expect(shown).toContain("<img src=x onerror=");
    expect(shown).toContain('<a href="javascript:');
    expect(await page.locator('[data-testid="comment-text"] script, [data-testid="comment-text"] img, [data-testid="comment-text"] a').count()).toBe(0);
    expect(await page.evaluate("typeof window.__pwned")).toBe("undefined");
    expect(dialogs).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, "queue-xss.png"), fullPage: true });
  });

  it("approves the selected comment with the a key and it leaves the queue", async () => {
    const before = await itemIds();
    expect(before.length).toBeGreaterThan(2);
    await expect(page.locator("[data-item]").first().getAttribute("class")).resolves.toContain("selected");
    await Promise.all([page.waitForURL(/notice=approved/), page.keyboard.press("a")]);
    const after = await itemIds();
    expect(after).not.toContain(before[0]);
    expect(after).toHaveLength(before.length - 1);
    await expect(page.locator("[role=status]").textContent()).resolves.toContain("Approved");
    // The comment now on top is claimed by this moderator while they look at it.
    await expect(page.locator("[data-item]").first().locator('[data-testid="claim"]').textContent()).resolves.toContain("claimed by you");
  });

  it("moves with j and rejects with r, a typed reason and Enter", async () => {
    const before = await itemIds();
    await page.keyboard.press("j");
    await expect(page.locator("[data-item]").nth(1).getAttribute("class")).resolves.toContain("selected");
    await page.keyboard.press("k");
    await page.keyboard.press("j");
    const target = before[1]!;
    await page.keyboard.press("r");
    const reason = page.locator(`[data-item="${target}"] form[data-action="reject"] input[name="note"]`);
    const focused = await page.evaluate(`[document.activeElement.name, document.activeElement.closest("[data-item]").getAttribute("data-item")]`);
    expect(focused).toEqual(["note", target]);
    const code = await page.locator(`[data-item="${target}"] form[data-action="reject"] select[name="reasonCode"]`).inputValue();
    expect(code).not.toBe("other");
    await reason.type("insults another reader");
    await Promise.all([page.waitForURL(/notice=rejected/), page.keyboard.press("Enter")]);
    expect(await itemIds()).not.toContain(target);
    const { events } = await commentEvents(t.database, target);
    expect(events.at(-1)).toMatchObject({ action: "reject", reason: code, newStatus: "rejected", details: { note: "insults another reader" } });
  });

  it("draws the dashboard charts", async () => {
    await page.goto(`${base}/ui/dashboard`);
    for (const chart of ["volume", "mean-score", "histogram", "flagged-rate"]) {
      const svg = page.locator(`svg[data-chart="${chart}"]`);
      expect(await svg.isVisible()).toBe(true);
      expect((await svg.boundingBox())!.height).toBeGreaterThan(100);
      expect(await svg.locator("title").first().textContent()).toBeTruthy();
    }
    expect(await page.locator('svg[data-chart="histogram"] rect').count()).toBe(10);
    await expect(page.locator("table").first().textContent()).resolves.toContain("Stadium plans unveiled");
    expect(dialogs).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, "dashboard.png"), fullPage: true });
    const stats = await json(await t.call("GET", "/v1/stats/sentiment", { key: "viewer" }));
    expect(stats.statuses.rejected).toBe(1);
  });
});
