// Moderation reads and writes at scale: 200k comments (10k held) in a libSQL file. Each queue query is
// timed beside a floor measured in the same run: the bare keyset index scan it is built on (no joins,
// no author history). Also prints the query plans, to show each sort is served by an index.
import { createClient } from "@libsql/client";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fillMillion } from "../load/million";
import { openDatabase } from "../../src/node/database";
import { decide, moderationCounts, moderationQueue } from "../../src/services/moderation";
import { fmt } from "./_timing";

const N = 200_000;

async function bestOf(fn: () => Promise<unknown>, runs = 7): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

export default async function () {
  const dir = mkdtempSync(join(tmpdir(), "cs-modq-"));
  const url = `file:${join(dir, "q.db")}`;
  try {
    const { database, close } = await openDatabase(url);
    await fillMillion(url, N);
    const raw = createClient({ url });
    const now = new Date();
    const floor = await bestOf(() => raw.execute("SELECT id FROM comments WHERE status IN ('held','escalated') ORDER BY abuse_score DESC, id LIMIT 51"));
    console.log(`${fmt(N)} comments; floor (bare index scan, 50 ids): ${fmt(floor, 2)} ms`);
    for (const sort of ["severity", "oldest", "newest"] as const) {
      const first = await moderationQueue(database, { sort, limit: 50 }, now);
      const page1 = await bestOf(() => moderationQueue(database, { sort, limit: 50 }, now));
      const deep = await bestOf(() => moderationQueue(database, { sort, limit: 50, cursor: first.nextCursor! }, now));
      console.log(`queue sort=${sort}: first page ${fmt(page1, 2)} ms, next page ${fmt(deep, 2)} ms (50 items with article, parent, claim, author history)`);
    }
    const site = await bestOf(() => moderationQueue(database, { site: "site3.example", limit: 50 }, now));
    console.log(`queue site=…: ${fmt(site, 2)} ms`);
    const counts = await bestOf(() => moderationCounts(database));
    const countsSite = await bestOf(() => moderationCounts(database, "site3.example"));
    console.log(`counts: ${fmt(counts, 2)} ms; counts for one site: ${fmt(countsSite, 2)} ms`);
    const queue = await moderationQueue(database, { limit: 200 }, now);
    let i = 0;
    const decision = await bestOf(async () => {
      const item = queue.items[i++]!;
      await decide(database, item.comment.id, { action: "approve", version: item.comment.version }, "bench", new Date());
    }, 100);
    console.log(`decision (read + one batch of conditional statements): best ${fmt(decision, 2)} ms`);
    for (const [name, sql] of [
      ["severity", "SELECT id FROM comments WHERE status IN ('held','escalated') ORDER BY abuse_score DESC, id LIMIT 51"],
      ["oldest", "SELECT id FROM comments WHERE status = 'held' AND (created_at > 0 OR (created_at = 0 AND id > '')) ORDER BY created_at, id LIMIT 51"],
      ["author history", "SELECT author, status, count(*) FROM comments WHERE author IN ('reader1','reader2') GROUP BY author, status"],
    ] as const) {
      const plan = await raw.execute(`EXPLAIN QUERY PLAN ${sql}`);
      console.log(`plan ${name}: ${plan.rows.map((r) => String(r.detail)).join(" | ")}`);
    }
    raw.close();
    close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
