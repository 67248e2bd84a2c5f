import { createHmac } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { createAnalyzer } from "../../src/analysis/analyze";
import { webhookOutbox } from "../../src/db/schema";
import { MAX_ATTEMPTS, verifySignature } from "../../src/services/moderation-delivery";
import { testApp } from "../helpers/app";
import { body, page, seedPage } from "./moderation-fixtures";

let close: (() => void) | undefined;
afterEach(() => close?.());

interface Received {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** A local fake receiver: records each POST and answers with the next scripted status (then 200). */
function receiver(script: number[] = []) {
  const received: Received[] = [];
  const fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    received.push({ url: String(input), headers: Object.fromEntries(new Headers(init?.headers).entries()), body: String(init?.body) });
    return new Response("ok", { status: script.shift() ?? 200 });
  }) as typeof globalThis.fetch;
  return { received, fetch };
}

async function setup(script: number[] = []) {
  let clock = Date.parse("2026-03-01T12:00:00Z");
  const r = receiver(script);
  const background: Promise<unknown>[] = [];
  const t = await testApp({ now: () => new Date(clock), webhookFetch: r.fetch, background: (task) => void background.push(task) });
  close = t.close;
  const secret = "a-test-secret-of-some-length";
  const created = await body(t.call("POST", "/v1/admin/webhooks", { body: { url: "https://hooks.example/in", secret } }));
  const settle = async () => {
    while (background.length) await background.shift();
  };
  return { t, r, secret, webhookId: created.id as string, settle, advance: (ms: number) => (clock += ms), now: () => new Date(clock) };
}

/** An independent check of the documented scheme with node:crypto: v1 = HMAC-SHA256(secret, "<t>.<body>"). */
function nodeVerify(secret: string, header: string, payload: string): boolean {
  const { t, v1 } = Object.fromEntries(header.split(",").map((p) => p.split("="))) as { t: string; v1: string };
  return createHmac("sha256", secret).update(`${t}.${payload}`).digest("hex") === v1;
}

describe("moderation webhooks", () => {
  it("posts comment.held after ingest and comment.decided after a decision, signed with HMAC-SHA256", async () => {
    const { t, r, secret, settle, now } = await setup();
    const stored = await seedPage(t.database, "news.example", "w", [{ text: "nice" }, { text: "idiot", author: "z", scores: { insult: 0.7 } }], now());
    // seedPage calls the service directly; over HTTP the route schedules delivery itself (see below).
    await t.call("POST", "/v1/admin/webhooks/deliver");
    const id = stored.comments[1]!.id;
    expect(r.received).toHaveLength(1);
    const held = r.received[0]!;
    expect(held.headers["x-sentinel-event"]).toBe("comment.held");
    expect(JSON.parse(held.body)).toMatchObject({ type: "comment.held", commentId: id, status: "held", reasons: [{ category: "insult" }] });
    expect(await verifySignature(secret, held.body, held.headers["x-sentinel-signature"]!, now())).toBe(true);
    expect(nodeVerify(secret, held.headers["x-sentinel-signature"]!, held.body)).toBe(true);
    expect(await verifySignature("wrong-secret", held.body, held.headers["x-sentinel-signature"]!, now())).toBe(false);
    expect(await verifySignature(secret, held.body.replace("held", "hold"), held.headers["x-sentinel-signature"]!, now())).toBe(false);

    const decided = await t.call("POST", `/v1/moderation/comments/${id}/decision`, { key: "moderator", body: { action: "approve", version: 1 } });
    expect(decided.status).toBe(200);
    await settle();
    expect(r.received).toHaveLength(2);
    expect(JSON.parse(r.received[1]!.body)).toMatchObject({ type: "comment.decided", commentId: id, status: "approved", previousStatus: "held", version: 2 });
    expect(nodeVerify(secret, r.received[1]!.headers["x-sentinel-signature"]!, r.received[1]!.body)).toBe(true);
  });

  it("ingest over HTTP never waits for delivery: the receiver may hang", async () => {
    const hanging = (() => new Promise<Response>(() => {})) as typeof fetch;
    const background: Promise<unknown>[] = [];
    // A fixed analysis (two comments, one flagged), so the test does not depend on the analyser's version.
    const analyzer = { ...createAnalyzer(), analyzePage: () => page("Story", [{ text: "fine" }, { text: "idiot", scores: { insult: 0.8 } }]) };
    const t = await testApp({ analyzer, webhookFetch: hanging, background: (task) => void background.push(task) });
    close = t.close;
    await t.call("POST", "/v1/admin/webhooks", { body: { url: "https://hooks.example/slow", events: ["comment.held"] } });
    const res = await t.call("POST", "/v1/pages", { key: "ingest", body: { url: "https://news.example/story", content: "(fixed by the fake analyser)" } });
    expect(res.status).toBe(200);
    const created = await body(res);
    expect(created.comments.map((c: { status: string }) => c.status)).toEqual(["published", "held"]);
    expect(background).toHaveLength(1);
    const outbox = await t.database.db.select().from(webhookOutbox);
    expect(outbox).toHaveLength(1);
    expect(outbox.every((o) => o.deliveredAt === null)).toBe(true);
  });

  it("retries a failing receiver with backoff until it answers 2xx", async () => {
    const { t, r, settle, advance, now } = await setup([500, 503]);
    await seedPage(t.database, "news.example", "r", [{ text: "idiot", scores: { insult: 0.7 } }], now());
    expect(await body(t.call("POST", "/v1/admin/webhooks/deliver"))).toEqual({ delivered: 0, retrying: 1, failed: 0 });
    // Not due yet: nothing is posted again before the first backoff (10 s) has passed.
    advance(5_000);
    expect(await body(t.call("POST", "/v1/admin/webhooks/deliver"))).toEqual({ delivered: 0, retrying: 0, failed: 0 });
    advance(5_000);
    expect(await body(t.call("POST", "/v1/admin/webhooks/deliver"))).toEqual({ delivered: 0, retrying: 1, failed: 0 });
    advance(30_000);
    expect(await body(t.call("POST", "/v1/admin/webhooks/deliver"))).toEqual({ delivered: 1, retrying: 0, failed: 0 });
    expect(r.received).toHaveLength(3);
    expect(new Set(r.received.map((x) => x.headers["x-sentinel-delivery"])).size).toBe(1);
    await settle();
    const list = await body(t.call("GET", "/v1/admin/webhooks"));
    expect(list.webhooks[0].deliveries).toEqual({ delivered: 1, failed: 0, pending: 0 });
    expect(list.webhooks[0]).not.toHaveProperty("secret");
  });

  it("marks a delivery failed after MAX_ATTEMPTS", async () => {
    const { t, r, advance, now } = await setup(Array(20).fill(500));
    await seedPage(t.database, "news.example", "f", [{ text: "idiot", scores: { insult: 0.7 } }], now());
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      await t.call("POST", "/v1/admin/webhooks/deliver");
      advance(11 * 3_600_000);
    }
    expect(r.received).toHaveLength(MAX_ATTEMPTS);
    const list = await body(t.call("GET", "/v1/admin/webhooks"));
    expect(list.webhooks[0].deliveries).toEqual({ delivered: 0, failed: 1, pending: 0 });
  });
});
