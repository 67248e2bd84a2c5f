import { createClient } from "@libsql/client";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startCheckpointer } from "../../src/node/checkpointer";
import { openDatabase } from "../../src/node/database";
import { localFilePath } from "../../src/node/local-reads";

const dirs: string[] = [];
const tempUrl = () => {
  const dir = mkdtempSync(join(tmpdir(), "cs-db-test-"));
  dirs.push(dir);
  return { url: `file:${join(dir, "t.db")}`, path: join(dir, "t.db") };
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("openDatabase on a local file", () => {
  it("keeps foreign keys and the busy timeout on every query, also when queries overlap", async () => {
    const { url } = tempUrl();
    const { database, close } = await openDatabase(url);
    const run = (sql: string) => database.query({ sql, args: [] });
    // Overlapping calls used to open a second pooled connection without the pragmas.
    const [fk, timeout] = await Promise.all([run("PRAGMA foreign_keys"), run("PRAGMA busy_timeout"), run("SELECT 1")]);
    expect(Object.values(fk[0]!)[0]).toBe(1);
    expect(Object.values(timeout[0]!)[0]).toBe(5000);
    await expect(Promise.all([run("SELECT 1"), database.write([{ sql: "INSERT INTO comments (id, article_id, position, text, text_hash, sentiment_score, sentiment_label, abuse_score, flagged, categories, category_scores, matches, status, version, created_at, updated_at) VALUES ('c', 'no-such-article', 0, 't', 'h', 0, 'neutral', 0, 0, '[]', '{}', '[]', 'published', 1, 0, 0)", args: [] }])])).rejects.toThrow(/FOREIGN KEY/);
    close();
  });

  it("reuses prepared statements without changing results: after errors, partial reads and schema changes", async () => {
    const { url } = tempUrl();
    const { database, close } = await openDatabase(url);
    await database.write([{ sql: "CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT UNIQUE)", args: [] }]);
    const insert = (v: string) => database.write([{ sql: "INSERT INTO t (v) VALUES (?1)", args: [v] }]);
    await insert("a");
    await expect(insert("a")).rejects.toThrow(/UNIQUE/);
    await insert("b");
    const select = () => database.query<Record<string, unknown>>({ sql: "SELECT * FROM t ORDER BY id", args: [] });
    expect(await select()).toEqual([expect.objectContaining({ id: 1, v: "a" }), expect.objectContaining({ id: 2, v: "b" })]);
    await database.write([{ sql: "ALTER TABLE t ADD COLUMN w TEXT DEFAULT 'x'", args: [] }]);
    expect((await select())[0]).toEqual(expect.objectContaining({ id: 1, v: "a", w: "x" }));
    close();
  });
});

describe("Database.read on a local file (local-reads.ts)", () => {
  it("returns plain rows keyed by column, sees every commit at once and refuses writes", async () => {
    const { url } = tempUrl();
    const { database, close } = await openDatabase(url);
    await database.write([{ sql: "CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT, n REAL)", args: [] }]);
    for (let i = 1; i <= 3; i++) {
      await database.write([{ sql: "INSERT INTO t (v, n) VALUES (?, ?)", args: [`v${i}`, i / 2] }]);
      // Written through the client's connection, read through the reader's: no stale read in between.
      const rows = await database.read<{ id: number; v: string; n: number }>({ sql: "SELECT id, v, n FROM t WHERE id >= ? ORDER BY id", args: [1] });
      expect(rows).toHaveLength(i);
      expect(rows.at(-1)).toStrictEqual({ id: i, v: `v${i}`, n: i / 2 });
      expect(Object.keys(rows[0]!)).toEqual(["id", "v", "n"]);
    }
    await expect(database.read({ sql: "DELETE FROM t", args: [] })).rejects.toThrow(/readonly|read-only|query_only/i);
    await expect(database.read({ sql: "SELECT nope FROM t", args: [] })).rejects.toThrow(/no such column/);
    expect(await database.read({ sql: "SELECT count(*) AS n FROM t", args: [] })).toEqual([{ n: 3 }]);
    close();
  });

  it("finds the file the client opens, and leaves other URLs to the client", () => {
    expect(localFilePath("file:./data/comments.db")).toBe("./data/comments.db");
    expect(localFilePath("file:/var/db/a.db")).toBe("/var/db/a.db");
    expect(localFilePath("file:///var/db/a.db")).toBe("/var/db/a.db");
    expect(localFilePath("file://localhost/var/db/a.db")).toBe("/var/db/a.db");
    expect(localFilePath("file:/var/my%20db/a.db")).toBe("/var/my db/a.db");
    for (const other of [":memory:", "file::memory:", "file:a.db?mode=ro", "libsql://x.turso.io", "https://x.example", "file:bad%zz.db"]) expect(localFilePath(other)).toBeNull();
  });
});

describe("reused statements and the read cache's version check", () => {
  it("a reused PRAGMA data_version statement still sees other connections' commits", async () => {
    const { url } = tempUrl();
    const { database, close } = await openDatabase(url); // installs statement reuse for every connection
    const versions = createClient({ url });
    const version = async () => (await versions.execute("PRAGMA data_version")).rows[0]![0];
    const first = await version();
    expect(await version()).toBe(first);
    await database.write([{ sql: "CREATE TABLE v (x)", args: [] }, { sql: "INSERT INTO v VALUES (1)", args: [] }]);
    const second = await version();
    expect(second).not.toBe(first);
    expect(await version()).toBe(second);
    versions.close();
    close();
  });
});

describe("startCheckpointer", () => {
  it("copies committed pages into the database file from its own thread", async () => {
    const { url, path } = tempUrl();
    const { database, close } = await openDatabase(url, undefined, { checkpointPages: 1_000_000 });
    await database.write([{ sql: "CREATE TABLE blobs (b BLOB)", args: [] }]);
    for (let i = 0; i < 20; i++) await database.write([{ sql: "INSERT INTO blobs SELECT randomblob(4000) FROM generate_series(1, 25)", args: [] }].map((s) => ({ ...s, sql: "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 25) INSERT INTO blobs SELECT randomblob(4000) FROM n" })));
    const before = statSync(path).size;
    expect(before).toBeLessThan(200_000); // 2 MB sits in the WAL: no checkpoint has run
    const logs: string[] = [];
    const stop = startCheckpointer(url, (msg) => logs.push(msg), 10);
    let after = before;
    for (let i = 0; i < 200 && after < 2_000_000; i++) {
      await new Promise((r) => setTimeout(r, 20));
      after = statSync(path).size;
    }
    await stop();
    expect(after).toBeGreaterThan(2_000_000);
    expect(logs).toEqual([]);
    const check = createClient({ url });
    expect((await check.execute("SELECT count(*) AS n FROM blobs")).rows[0]!.n).toBe(500);
    check.close();
    close();
  });
});

describe("cacheable", () => {
  it("refuses column wildcards only", async () => {
    const { cacheable } = await import("../../src/node/statement-cache");
    for (const sql of ["SELECT * FROM t", "select t.* from t", "SELECT a, * FROM t", "INSERT INTO t VALUES (1) RETURNING *", "SELECT DISTINCT\n* FROM t", "SELECT x FROM (SELECT * FROM t)"]) expect(cacheable(sql), sql).toBe(false);
    for (const sql of ["SELECT count(*) FROM t", "SELECT (v ->> 7) * 1.0 / 2 FROM t", "SELECT a*b, 2 * 3 FROM t", "SELECT id FROM t WHERE x = ?1"]) expect(cacheable(sql), sql).toBe(true);
  });
});
