import { afterEach, describe, expect, it } from "vitest";
import { testApp } from "../helpers/app";
import { claimKey, idempotencyRequest } from "../../src/services/moderation";
import { body, seedPage } from "./moderation-fixtures";

let close: (() => void) | undefined;
afterEach(() => close?.());

async function heldComment() {
  const t = await testApp();
  close = t.close;
  const stored = await seedPage(t.database, "news.example", "race", [{ text: "you fool", author: "x", scores: { insult: 0.7 } }]);
  return { t, id: stored.comments[0]!.id };
}

const humanEvents = async (t: Awaited<ReturnType<typeof testApp>>, id: string) =>
  (await body(t.call("GET", `/v1/moderation/comments/${id}/events`, { key: "moderator" }))).events.filter((e: { actor: string }) => e.actor !== "system");

describe("concurrent moderation", () => {
  it("100 concurrent decisions on one version: exactly one succeeds, 99 answer 409, one event is written", async () => {
    const { t, id } = await heldComment();
    const responses = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        t.call("POST", `/v1/moderation/comments/${id}/decision`, {
          key: i % 2 ? "moderator" : "admin",
          body: i % 3 ? { action: "approve", version: 1 } : { action: "reject", reasonCode: "insult", version: 1 },
        }),
      ),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(99);
    const conflict = await body(responses.find((r) => r.status === 409)!);
    expect(conflict).toMatchObject({ code: "stale_version", seenVersion: 1, currentVersion: 2 });
    const events = await humanEvents(t, id);
    expect(events).toHaveLength(1);
    const winner = await body(responses.find((r) => r.status === 200)!);
    expect(events[0]).toMatchObject({ seq: 2, action: winner.action, newStatus: winner.status });
  });

  it("a repeated Idempotency-Key replays the first response and writes nothing twice, even concurrently", async () => {
    const { t, id } = await heldComment();
    const send = () =>
      t.call("POST", `/v1/moderation/comments/${id}/decision`, { key: "moderator", headers: { "idempotency-key": "k-1" }, body: { action: "approve", version: 1 } });
    const responses = await Promise.all(Array.from({ length: 20 }, send));
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(200));
    const bodies = await Promise.all(responses.map(body));
    for (const b of bodies) expect(b).toEqual(bodies[0]);
    expect(responses.filter((r) => r.headers.get("idempotent-replayed") === "true")).toHaveLength(19);
    const later = await send();
    expect(later.status).toBe(200);
    expect(await body(later)).toEqual(bodies[0]);
    expect(await humanEvents(t, id)).toHaveLength(1);
    // The same key with a different request is refused, not silently replayed.
    const misuse = await t.call("POST", `/v1/moderation/comments/${id}/decision`, {
      key: "moderator", headers: { "idempotency-key": "k-1" }, body: { action: "escalate", version: 2 },
    });
    expect(misuse.status).toBe(422);
    expect(await body(misuse)).toMatchObject({ code: "idempotency_key_reused" });
  });

  it("claims: one of many concurrent claimants wins; others see who holds it until when; decisions respect it", async () => {
    let clock = new Date("2026-01-01T10:00:00Z");
    const t = await testApp({ now: () => clock });
    close = t.close;
    const stored = await seedPage(t.database, "news.example", "claim", [{ text: "spam spam", scores: { spam: 0.7 } }]);
    const id = stored.comments[0]!.id;
    const claims = await Promise.all(Array.from({ length: 10 }, (_, i) => t.call("POST", `/v1/moderation/comments/${id}/claim`, { key: i % 2 ? "moderator" : "admin" })));
    // The holder's own repeated claims renew it; every claim by the other key is refused.
    const winnerRole = claims.findIndex((r) => r.status === 200) % 2 ? "moderator" : "admin";
    const loserRole = winnerRole === "admin" ? "moderator" : "admin";
    claims.forEach((r, i) => expect(r.status).toBe((i % 2 ? "moderator" : "admin") === winnerRole ? 200 : 409));
    const held = await t.call("POST", `/v1/moderation/comments/${id}/claim`, { key: loserRole });
    expect(held.status).toBe(409);
    expect(await body(held)).toMatchObject({ code: "claim_held", holderName: winnerRole, expiresAt: "2026-01-01T10:05:00.000Z" });
    const blocked = await t.call("POST", `/v1/moderation/comments/${id}/decision`, { key: loserRole, body: { action: "approve", version: 1 } });
    expect(blocked.status).toBe(409);
    expect(await body(blocked)).toMatchObject({ code: "claim_held" });
    // The holder renews; after expiry anyone may take it.
    clock = new Date("2026-01-01T10:04:00Z");
    expect(await body(t.call("POST", `/v1/moderation/comments/${id}/claim`, { key: winnerRole }))).toMatchObject({ expiresAt: "2026-01-01T10:09:00.000Z", claimedAt: "2026-01-01T10:00:00.000Z" });
    clock = new Date("2026-01-01T10:09:01Z");
    expect((await t.call("POST", `/v1/moderation/comments/${id}/claim`, { key: loserRole })).status).toBe(200);
    expect((await t.call("DELETE", `/v1/moderation/comments/${id}/claim`, { key: loserRole })).status).toBe(204);
    expect((await t.call("POST", `/v1/moderation/comments/${id}/decision`, { key: winnerRole, body: { action: "approve", version: 1 } })).status).toBe(200);
  });

  it("bulk: a result per id; stale, missing and repeated ids are reported without blocking the rest", async () => {
    const t = await testApp();
    close = t.close;
    const stored = await seedPage(t.database, "news.example", "bulk", Array.from({ length: 120 }, (_, i) => ({ text: `bad ${i}`, scores: { insult: 0.6 } })));
    const items = stored.comments.map((c) => ({ id: c.id, version: 1 }));
    items[3] = { id: items[3]!.id, version: 7 };
    items.push({ id: "c_missing", version: 1 }, { id: items[0]!.id, version: 1 });
    const res = await body(t.call("POST", "/v1/moderation/decisions", { key: "moderator", body: { action: "reject", reasonCode: "insult", items } }));
    expect(res.results).toHaveLength(122);
    expect(res.succeeded).toBe(120);
    expect(res.results[3]).toMatchObject({ ok: false, code: "stale_version", httpStatus: 409 });
    expect(res.results[120]).toMatchObject({ ok: false, code: "not_found", httpStatus: 404 });
    expect(res.results[0]).toMatchObject({ ok: true, status: "rejected", version: 2 });
    const counts = await body(t.call("GET", "/v1/moderation/counts", { key: "moderator" }));
    expect(counts.counts.rejected).toBe(119);
  });

  it("bulk with an Idempotency-Key: concurrent retries wait (409 + Retry-After) or replay; every item is decided once", async () => {
    const t = await testApp();
    close = t.close;
    const stored = await seedPage(t.database, "news.example", "bulk-idem", Array.from({ length: 80 }, (_, i) => ({ text: `bad ${i}`, scores: { insult: 0.6 } })));
    const items = stored.comments.map((c) => ({ id: c.id, version: 1 }));
    const send = () => t.call("POST", "/v1/moderation/decisions", { key: "moderator", headers: { "idempotency-key": "bulk-1" }, body: { action: "reject", reasonCode: "insult", items } });
    const responses = await Promise.all(Array.from({ length: 8 }, send));
    const first = responses.filter((r) => r.status === 200 && r.headers.get("idempotent-replayed") !== "true");
    expect(first).toHaveLength(1);
    const firstBody = await body(first[0]!);
    expect(firstBody.succeeded).toBe(80);
    for (const r of responses.filter((x) => x !== first[0])) {
      if (r.status === 200) expect(await body(r)).toEqual(firstBody);
      else {
        expect(r.status).toBe(409);
        expect(Number(r.headers.get("retry-after"))).toBeGreaterThan(0);
        expect(await body(r)).toMatchObject({ code: "idempotent_request_in_progress" });
      }
    }
    const later = await send();
    expect(later.headers.get("idempotent-replayed")).toBe("true");
    expect(await body(later)).toEqual(firstBody);
    for (const { id } of items.slice(0, 5)) expect(await humanEvents(t, id)).toHaveLength(1);
    expect((await body(t.call("GET", "/v1/moderation/counts", { key: "moderator" }))).counts.rejected).toBe(80);
  });

  it("bulk with an Idempotency-Key: a claim left by a request that died is taken over after its lease", async () => {
    let clock = new Date("2026-01-01T10:00:00Z");
    const t = await testApp({ now: () => clock });
    close = t.close;
    const stored = await seedPage(t.database, "news.example", "bulk-dead", [{ text: "bad", scores: { insult: 0.6 } }]);
    const request = { action: "approve", items: [{ id: stored.comments[0]!.id, version: 1 }] };
    const moderator = await t.database.db.query.apiKeys.findFirst({ where: (k, { eq }) => eq(k.role, "moderator") });
    // The holder dies after claiming the key: only its claim is stored.
    await claimKey(t.database, moderator!.id, idempotencyRequest("dead-1", "POST", "/v1/moderation/decisions", request), clock);
    const send = () => t.call("POST", "/v1/moderation/decisions", { key: "moderator", headers: { "idempotency-key": "dead-1" }, body: request });
    clock = new Date("2026-01-01T10:00:20Z");
    const waiting = await send();
    expect(waiting.status).toBe(409);
    expect(waiting.headers.get("retry-after")).toBe("40");
    clock = new Date("2026-01-01T10:01:01Z");
    const retried = await send();
    expect(retried.status).toBe(200);
    expect(retried.headers.get("idempotent-replayed")).toBeNull();
    expect(await body(retried)).toMatchObject({ succeeded: 1 });
  });
});
