import { afterEach, describe, expect, it } from "vitest";
import { testApp } from "../helpers/app";
import { body, seedPage } from "./moderation-fixtures";

let close: (() => void) | undefined;
afterEach(() => close?.());

describe("moderation flow", () => {
  it("derives status from events: policy at ingest, then a decision, with the full history", async () => {
    const t = await testApp();
    close = t.close;
    const stored = await seedPage(t.database, "news.example", "a", [
      { text: "Lovely piece", author: "ann" },
      { text: "You idiot", author: "bob", parent: 0, scores: { insult: 0.8 } },
      { text: "I will hurt you", author: "bob", scores: { threat: 0.99 } },
    ]);
    expect(stored.comments.map((c) => c.status)).toEqual(["published", "held", "auto_rejected"]);

    const queue = await body(t.call("GET", "/v1/moderation/queue", { key: "moderator" }));
    expect(queue.items).toHaveLength(1);
    const item = queue.items[0];
    expect(item).toMatchObject({ status: "held", version: 1, author: "bob", article: { title: "Story a", site: "news.example" } });
    expect(item.parent).toMatchObject({ text: "Lovely piece", author: "ann" });
    expect(item.reasons[0]).toMatchObject({ category: "insult", score: 0.8 });
    expect(item.authorHistory).toMatchObject({ total: 1, autoRejected: 1 });

    const decided = await t.call("POST", `/v1/moderation/comments/${item.id}/decision`, { key: "moderator", body: { action: "reject", reasonCode: "insult", version: 1 } });
    expect(decided.status).toBe(200);
    expect(await body(decided)).toMatchObject({ status: "rejected", previousStatus: "held", version: 2, reasonCode: "insult" });

    const history = await body(t.call("GET", `/v1/moderation/comments/${item.id}/events`, { key: "moderator" }));
    expect(history.events.map((e: { actorName: string; action: string; newStatus: string }) => [e.actorName, e.action, e.newStatus])).toEqual([
      ["system", "auto_hold", "held"],
      ["moderator", "reject", "rejected"],
    ]);
    expect(history.events[0].details.reasons[0]).toMatchObject({ category: "insult", outcome: "hold", threshold: 0.5 });

    const counts = await body(t.call("GET", "/v1/moderation/counts?site=news.example", { key: "moderator" }));
    expect(counts).toMatchObject({ awaiting: 0, counts: { published: 1, rejected: 1, auto_rejected: 1, held: 0 } });
  });

  it("refuses a stale version and a decision without a reason code", async () => {
    const t = await testApp();
    close = t.close;
    const stored = await seedPage(t.database, "news.example", "b", [{ text: "meh", scores: { spam: 0.6 } }]);
    const id = stored.comments[0]!.id;
    const noReason = await t.call("POST", `/v1/moderation/comments/${id}/decision`, { key: "moderator", body: { action: "reject", version: 1 } });
    expect(noReason.status).toBe(400);
    expect(noReason.headers.get("content-type")).toContain("application/problem+json");
    const ok = await t.call("POST", `/v1/moderation/comments/${id}/decision`, { key: "moderator", body: { action: "escalate", version: 1 } });
    expect(ok.status).toBe(200);
    const stale = await t.call("POST", `/v1/moderation/comments/${id}/decision`, { key: "moderator", body: { action: "approve", version: 1 } });
    expect(stale.status).toBe(409);
    expect(await body(stale)).toMatchObject({ code: "stale_version", seenVersion: 1, currentVersion: 2 });
    const note = await t.call("POST", `/v1/moderation/comments/${id}/decision`, { key: "moderator", body: { action: "note", note: "checking with legal" } });
    expect(await body(note)).toMatchObject({ status: "escalated", previousStatus: "escalated", version: 3 });
  });

  it("a site's policy, set by an admin, decides at ingest; other sites keep the defaults", async () => {
    const t = await testApp();
    close = t.close;
    const defaults = await body(t.call("GET", "/v1/admin/sites/strict.example/policy"));
    expect(defaults).toMatchObject({ isDefault: true, version: 0, policy: { categories: { insult: { hold: 0.5, reject: null } }, holdWhenFlagged: true } });
    const put = await t.call("PUT", "/v1/admin/sites/strict.example/policy", { body: { categories: { insult: { hold: 0.2, reject: 0.6 } }, version: 0 } });
    expect(await body(put)).toMatchObject({ version: 1, isDefault: false, policy: { categories: { insult: { hold: 0.2, reject: 0.6 }, threat: { hold: 0.4 } } } });
    const stale = await t.call("PUT", "/v1/admin/sites/strict.example/policy", { body: { categories: {}, version: 0 } });
    expect(stale.status).toBe(409);
    const inverted = await t.call("PUT", "/v1/admin/sites/strict.example/policy", { body: { categories: { spam: { hold: 0.9, reject: 0.5 } } } });
    expect(inverted.status).toBe(400);

    const comments = [{ text: "a bit rude", scores: { insult: 0.3 } }, { text: "very rude", scores: { insult: 0.7 } }];
    const strict = await seedPage(t.database, "strict.example", "s", comments);
    const lenient = await seedPage(t.database, "other.example", "s", comments);
    expect(strict.comments.map((c) => c.status)).toEqual(["held", "auto_rejected"]);
    expect(lenient.comments.map((c) => c.status)).toEqual(["published", "held"]);
    const history = await body(t.call("GET", `/v1/moderation/comments/${strict.comments[1]!.id}/events`, { key: "moderator" }));
    expect(history.events[0]).toMatchObject({ actor: "system", action: "auto_reject", newStatus: "auto_rejected" });
    expect(history.events[0].details).toMatchObject({ policyVersion: 1, reasons: [{ category: "insult", outcome: "reject", threshold: 0.6 }] });
  });
});
