// Crash safety: SIGKILL the server repeatedly while pages are being ingested, restart it, then check
// that every page that got a 2xx is fully present, that no page is partially stored, and that the
// database passes SQLite's integrity check.  `npm run crash-test -- --kills 20`
import { createClient } from "@libsql/client";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { startServer, syntheticPage } from "./lib/server-process";

export interface CrashReport {
  kills: number;
  acked: number;
  attempted: number;
  articles: number;
  missing: string[];
  partial: string[];
  integrity: string;
}

const commentsIn = (i: number) => 2 + (i % 7);

export async function runCrashTest(opts: { kills: number; port?: number; concurrency?: number }): Promise<CrashReport> {
  const dir = mkdtempSync(join(tmpdir(), "cs-crash-"));
  const databaseUrl = `file:${join(dir, "crash.db")}`;
  const port = opts.port ?? 18000 + Math.floor(Math.random() * 1000);
  const acked = new Map<string, number>(); // url -> comments expected
  let attempted = 0;
  let next = 0;
  let key: string | undefined;
  try {
    for (let k = 0; k < opts.kills; k++) {
      const server = await startServer({ databaseUrl, port });
      key ??= server.adminKey;
      let alive = true;
      const worker = async () => {
        while (alive) {
          const i = next++;
          const url = `https://crash.example/p/${i}`;
          attempted++;
          try {
            const res = await fetch(`${server.url}/v1/pages`, {
              method: "POST",
              headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
              body: JSON.stringify({ url, format: "text", content: syntheticPage(i, commentsIn(i)) }),
            });
            if (res.ok) acked.set(url, commentsIn(i));
            await res.arrayBuffer();
          } catch {
            return; // connection reset by the kill
          }
        }
      };
      const workers = Array.from({ length: opts.concurrency ?? 8 }, worker);
      // Kill mid-load: wait until this round has written something, then a random moment later.
      const before = acked.size;
      for (let waited = 0; acked.size === before && waited < 30_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
      await new Promise((r) => setTimeout(r, Math.random() * 400));
      server.child.kill("SIGKILL");
      alive = false;
      await server.exited;
      await Promise.all(workers);
    }
    // Restart once more so the database is opened (and recovered) by the service itself.
    const last = await startServer({ databaseUrl, port });
    last.child.kill("SIGTERM");
    await last.exited;

    const db = createClient({ url: databaseUrl });
    const integrity = String((await db.execute("PRAGMA integrity_check")).rows[0]?.[0]);
    const rows = (await db.execute("SELECT a.url, count(c.id) AS n FROM articles a LEFT JOIN comments c ON c.article_id = a.id GROUP BY a.id")).rows;
    const stored = new Map(rows.map((r) => [String(r.url), Number(r.n)]));
    db.close();
    const missing = [...acked].filter(([url, n]) => stored.get(url) !== n).map(([url]) => url);
    const partial = [...stored].filter(([url, n]) => n !== commentsIn(Number(url.split("/").pop()))).map(([url]) => url);
    return { kills: opts.kills, acked: acked.size, attempted, articles: stored.size, missing, partial, integrity };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { kills: { type: "string", default: "20" } } });
  const report = await runCrashTest({ kills: Number(values.kills) });
  console.log(JSON.stringify({ ...report, missing: report.missing.length, partial: report.partial.length }));
  const ok = report.missing.length === 0 && report.partial.length === 0 && report.integrity === "ok";
  console.log(ok ? "crash test passed" : "crash test FAILED");
  process.exit(ok ? 0 : 1);
}
