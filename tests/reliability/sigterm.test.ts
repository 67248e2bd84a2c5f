// SIGTERM drains: a request already in flight when the signal arrives is answered in full and its page
// stored; the server then accepts no new connection and exits 0.
import { mkdtempSync, rmSync } from "node:fs";
import { request } from "node:http";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient } from "@libsql/client";
import { afterAll, describe, expect, it } from "vitest";
import { startServer, syntheticPage } from "../../scripts/lib/server-process";

const dir = mkdtempSync(join(tmpdir(), "cs-sigterm-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts a POST whose body is sent in two chunks; `finish()` sends the rest and resolves with the answer. */
function halfSentPost(url: string, path: string, key: string, body: string) {
  const target = new URL(path, url);
  let resolveAnswer!: (v: { status: number; text: string }) => void;
  let rejectAnswer!: (e: unknown) => void;
  const answer = new Promise<{ status: number; text: string }>((res, rej) => ([resolveAnswer, rejectAnswer] = [res, rej]));
  const req = request(
    { host: target.hostname, port: target.port, path: target.pathname, method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json", "transfer-encoding": "chunked" } },
    (res) => {
      let text = "";
      res.setEncoding("utf8").on("data", (d: string) => (text += d)).on("end", () => resolveAnswer({ status: res.statusCode ?? 0, text }));
    },
  );
  req.on("error", rejectAnswer);
  const half = Math.floor(body.length / 2);
  req.write(body.slice(0, half));
  return { finish: () => (req.end(body.slice(half)), answer) };
}

const refusesConnections = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(false)));
    socket.once("error", () => resolve(true));
  });

describe("SIGTERM", () => {
  it("answers the request in flight, stores its page, refuses new connections and exits 0", { timeout: 120_000 }, async () => {
    const databaseUrl = `file:${join(dir, "drain.db")}`;
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const server = await startServer({ databaseUrl, port });
    const url = "https://sigterm.example/in-flight";
    const inFlight = halfSentPost(server.url, "/v1/pages", server.adminKey!, JSON.stringify({ format: "text", url, content: syntheticPage(1, 12) }));
    await new Promise((r) => setTimeout(r, 500)); // the server has the headers and half the body

    server.child.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
    expect(await refusesConnections(port)).toBe(true);
    expect(server.child.exitCode).toBeNull(); // still draining

    const { status, text } = await inFlight.finish();
    expect(status, text).toBeLessThan(300);
    expect(await server.exited).toBe(0);

    const db = createClient({ url: databaseUrl });
    try {
      const { rows } = await db.execute({ sql: "SELECT count(*) AS n FROM comments c JOIN articles a ON a.id = c.article_id WHERE a.url = ?", args: [url] });
      expect(Number(rows[0]!.n)).toBe(12);
    } finally {
      db.close();
    }
  });
});
