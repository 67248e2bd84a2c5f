// WAL checkpoints on a thread of their own, off the request path.
//
// With SQLite's default, the commit that takes the WAL past 1,000 pages copies them into the database
// file and fsyncs it, inside that request, on the event loop (libSQL's local calls are synchronous):
// measured on the ingest path (12-comment pages, bench/writepath/stmt-times.ts), 4.5 ms of a page's
// COMMIT on average against 1.5 ms with automatic checkpoints off, i.e. ≈ 3 ms per page, paid as a
// stall of ≈ 20 ms by every ~7th page (a page writes ≈ 145 WAL pages). Here a worker thread with its own connection runs a PASSIVE checkpoint every
// CHECKPOINT_INTERVAL_MS: it never blocks writers or readers (it copies what no reader still needs),
// and the request connections keep an automatic checkpoint only as a backstop, at BACKSTOP_PAGES, for
// when this thread cannot keep up or is gone.
//
// Durability is unchanged in kind (synchronous=NORMAL: a commit is in the WAL before it is
// acknowledged, so a killed process loses nothing; the WAL is fsynced at each checkpoint) and better
// in time: the WAL is synced within about CHECKPOINT_INTERVAL_MS of a commit instead of after 1,000 pages.
import { Worker } from "node:worker_threads";

export const CHECKPOINT_INTERVAL_MS = 100;
/** wal_autocheckpoint of the request connections while a checkpointer runs (pages of 4 KiB: 32 MiB). */
export const BACKSTOP_PAGES = 8192;

const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
(async () => {
  const { createClient } = await import(workerData.clientModule);
  const client = createClient({ url: workerData.url });
  await client.execute("PRAGMA busy_timeout = 5000");
  await client.execute("PRAGMA synchronous = NORMAL");
  let stopping = false;
  parentPort.on("message", (m) => { if (m === "stop") stopping = true; });
  while (!stopping) {
    try {
      await client.execute("PRAGMA wal_checkpoint(PASSIVE)");
    } catch (err) {
      parentPort.postMessage({ error: String(err) });
    }
    await new Promise((r) => setTimeout(r, workerData.intervalMs));
  }
  client.close();
  parentPort.postMessage("stopped");
})();
`;

/** Starts the checkpoint thread for a local database file; resolves the returned stop() once it has closed. */
export function startCheckpointer(url: string, log: (msg: string, extra?: Record<string, unknown>) => void, intervalMs = CHECKPOINT_INTERVAL_MS): () => Promise<void> {
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { url, intervalMs, clientModule: import.meta.resolve("@libsql/client") } });
  let reported = false;
  const stopped = new Promise<void>((resolve) => {
    worker.on("message", (m: unknown) => {
      if (m === "stopped") resolve();
      else if (!reported) {
        reported = true; // one line, not one every interval
        log("wal checkpoint failed", m as Record<string, unknown>);
      }
    });
    worker.on("error", (err) => {
      log("checkpoint thread failed", { error: String(err) });
      resolve();
    });
    worker.on("exit", () => resolve());
  });
  worker.unref();
  return async () => {
    worker.postMessage("stop");
    await Promise.race([stopped, new Promise((r) => setTimeout(r, 2_000))]);
    await worker.terminate();
  };
}
