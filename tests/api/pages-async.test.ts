// POST /v1/pages with `Prefer: respond-async` (RFC 7240): 202 with the comments' ids once the article is
// stored and the comment slices are queued; ignored where the deployment has no queue. The jobs are run
// here by hand, as the Worker's queue consumer runs them.
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { createAnalyzer } from "../../src/analysis/analyze";
import { openDatabase } from "../../src/node/database";
import { JOB_MAX_BYTES, JOB_MAX_COMMENTS, planPageJobs, runPageJob, type PageJobMessage } from "../../src/services/page-jobs";
import { resolvePage } from "../../src/services/ingest";
import { json, testApp } from "../helpers/app";
import { commentPage } from "../helpers/pages";
import { asyncTestPage, checkAsyncIngestMatchesSync } from "../shared/async-ingest";

let close: (() => void) | undefined;
afterEach(() => close?.());

async function withQueue() {
  const sent: PageJobMessage[][] = [];
  const t = await testApp({ pageQueue: { send: async (jobs) => void sent.push(jobs) } });
  close = t.close;
  const post = (content: string, prefer: string | null = "respond-async") =>
    t.call("POST", "/v1/pages", { key: "ingest", body: { format: "text", content, url: "https://news.example/tram" }, headers: prefer ? { prefer } : {} });
  const runAll = async () => {
    let created = 0;
    for (const job of sent.splice(0).flat()) created += (await runPageJob(t.database, createAnalyzer().scoreComment, job)).createdComments;
    return created;
  };
  return { t, sent, post, runAll };
}

describe("POST /v1/pages with Prefer: respond-async", () => {
  it("answers 202 with the comments' ids, and the queued jobs store them", async () => {
    const { t, sent, post, runAll } = await withQueue();
    const res = await post(asyncTestPage(70), "wait=5, Respond-Async");
    expect(res.status).toBe(202);
    expect(res.headers.get("preference-applied")).toBe("respond-async");
    const body = await json(res);
    expect(body).toMatchObject({ queuedComments: 70, jobs: 3 });
    expect(body.comments).toHaveLength(70);
    expect(body.comments[0]).toEqual({ id: expect.stringMatching(/^c_[0-9a-f]{24}$/), author: null, parentId: null });
    expect(sent).toHaveLength(1);
    // Nothing is stored before the jobs run; the held comments are in the moderation queue after.
    const before = await json(await t.call("GET", "/v1/moderation/queue", { key: "moderator" }));
    expect(before.items).toEqual([]);
    expect((await t.call("GET", `/v1/articles/${body.articleId}`, { key: "ingest" })).status).toBe(404);
    // Comment slices may run before the article's job: the article is "pending" until it has run.
    const [articleJob, ...commentJobs] = sent.splice(0).flat();
    for (const job of commentJobs) await runPageJob(t.database, createAnalyzer().scoreComment, job);
    const pending = await json(await t.call("GET", `/v1/articles/${body.articleId}`, { key: "ingest" }));
    expect(pending).toMatchObject({ state: "pending", url: "https://news.example/tram", comments: { total: 70 } });
    await runPageJob(t.database, createAnalyzer().scoreComment, articleJob!);
    const stored = await json(await t.call("GET", `/v1/articles/${body.articleId}`, { key: "viewer" }));
    expect(stored).toMatchObject({ state: "stored", title: body.title, comments: { total: 70 } });
    expect(stored.comments.byStatus.held + stored.comments.byStatus.published).toBe(70);
    const after = await json(await t.call("GET", "/v1/moderation/queue", { key: "moderator" }));
    expect(after.items.length).toBeGreaterThan(0);
    const ids = new Set(body.comments.map((c: { id: string }) => c.id));
    for (const item of after.items) expect(ids.has(item.id)).toBe(true);
    // The same page again: same ids, and its jobs store nothing new.
    const again = await json(await post(asyncTestPage(70)));
    expect(again.comments.map((c: { id: string }) => c.id)).toEqual(body.comments.map((c: { id: string }) => c.id));
    expect(await runAll()).toBe(0);
  });

  it("stores synchronously without the preference, and where no queue is configured", async () => {
    const { sent, post } = await withQueue();
    const plain = await post(asyncTestPage(3), null);
    expect(plain.status).toBe(200);
    expect(plain.headers.get("preference-applied")).toBeNull();
    expect(sent).toHaveLength(0);
    const t = await testApp();
    try {
      const res = await t.call("POST", "/v1/pages", { key: "ingest", body: { content: asyncTestPage(3) }, headers: { prefer: "respond-async" } });
      expect(res.status).toBe(200);
      expect((await json(res)).createdComments).toBe(3);
    } finally {
      t.close();
    }
  });

  it("stores synchronously a page with a comment too large for a queue message", async () => {
    const { sent, post } = await withQueue();
    const long = `A very long letter to the editor about the tram line. ${"word ".repeat(JOB_MAX_BYTES / 5)}`;
    const res = await post(commentPage("A long letter", ["I like the new tram line a lot.", long, "The council should have asked us first."]));
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.createdComments).toBe(3);
    expect(body.comments.some((c: { text: string }) => c.text.length > JOB_MAX_BYTES)).toBe(true);
    expect(sent).toHaveLength(0);
  });

  it("rejects a malformed job, so the queue retries it and then dead-letters it", async () => {
    const { t } = await withQueue();
    await expect(runPageJob(t.database, createAnalyzer().scoreComment, '{"v":2}')).rejects.toThrow(/not a page job/);
  });
});

describe("planPageJobs", () => {
  it("slices by count and by bytes, never splitting a comment, keeping page-wide ids and parents", () => {
    const analyzer = createAnalyzer();
    const page = analyzer.segmentPage(asyncTestPage(120), "text");
    page.comments[7]!.parent = 3;
    page.comments[60]!.parent = 3; // a reply whose parent is in another slice
    const { jobs, identities } = planPageJobs(page, resolvePage({}, page), 0);
    expect(JSON.parse(jobs![0]!)).toMatchObject({ kind: "article", title: page.title, body: page.body.join("\n\n") });
    const parsed = jobs!.slice(1).map((j) => JSON.parse(j) as { comments: { id: string; parentId: string | null; position: number }[] });
    expect(parsed.map((j) => j.comments.length)).toEqual([50, 50, 20]);
    const all = parsed.flatMap((j) => j.comments);
    expect(all.map((c) => c.position)).toEqual(page.comments.map((_, i) => i));
    expect(all.map((c) => c.id)).toEqual(identities.map((c) => c.id));
    expect(all[60]!.parentId).toBe(identities[3]!.id);

    const big = { ...page, comments: Array.from({ length: 6 }, (_, i) => ({ text: `${"é".repeat(15_000)} ${i}`, author: null, parent: null })) };
    const sliced = planPageJobs(big, resolvePage({}, big), 0).jobs!;
    expect(sliced.length).toBe(3); // the article, then 30 KB of UTF-8 per comment: four fit under JOB_MAX_BYTES
    for (const job of sliced) expect(new TextEncoder().encode(job).length).toBeLessThanOrEqual(JOB_MAX_BYTES);
  });
});

describe("planPageJobs property", () => {
  const utf8 = (s: string) => new TextEncoder().encode(s).length;
  it("every slice fits a queue message, slices are filled greedily, nothing is lost or reordered", () => {
    const piece = fc.constantFrom("a", "é", "€", "😀", "\n", '"', "\u0001", "word ");
    const comment = fc.tuple(fc.array(piece, { maxLength: 40 }), fc.constantFrom(1, 10, 800, 6000)).map(([parts, times]) => parts.join("").repeat(times) || "x");
    fc.assert(
      fc.property(fc.array(comment, { minLength: 1, maxLength: 130 }), (texts) => {
        const page = { title: "T", body: ["B"], boilerplate: [], comments: texts.map((text) => ({ text, author: null, parent: null })) };
        const { jobs } = planPageJobs(page, resolvePage({}, page), 0);
        if (jobs === null) return; // some single comment exceeds a message: checked above
        const slices = jobs.slice(1);
        const parsed = slices.map((j) => (JSON.parse(j) as { comments: { text: string }[] }).comments);
        expect(parsed.flat().map((c) => c.text)).toEqual(texts);
        slices.forEach((job, k) => {
          expect(utf8(job)).toBeLessThanOrEqual(JOB_MAX_BYTES);
          expect(parsed[k]!.length).toBeLessThanOrEqual(JOB_MAX_COMMENTS);
          const next = parsed[k + 1]?.[0];
          // A slice closes only when the next comment would not fit in it.
          if (next && parsed[k]!.length < JOB_MAX_COMMENTS) {
            const withNext = JSON.parse(job) as { comments: unknown[] };
            withNext.comments.push(JSON.parse(slices[k + 1]!).comments[0]);
            expect(utf8(JSON.stringify(withNext))).toBeGreaterThan(JOB_MAX_BYTES);
          }
        });
      }),
      { numRuns: 60 },
    );
  });
});

it("asynchronous ingest stores what synchronous ingest stores (Node + libSQL)", async () => {
  const db = await openDatabase(":memory:");
  close = db.close;
  await checkAsyncIngestMatchesSync(db.database);
});
