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
});
