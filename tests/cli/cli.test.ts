import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = new URL("../..", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "cs-cli-"));
const env = { ...process.env, DATABASE_URL: `file:${join(dir, "cli.db")}` };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: string[], input?: string) {
  const res = spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], { cwd: ROOT, env, input, encoding: "utf8", timeout: 60_000 });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

describe("cli", { timeout: 180_000 }, () => {
  it("analyze prints the page's analysis in the documented shape", () => {
    const r = cli(["analyze", "seeds/000_b6556f2a56b03e86.txt"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const gold = JSON.parse(readFileSync(join(ROOT, "seeds/gold/000_b6556f2a56b03e86.json"), "utf8"));
    expect(out.title).toBe(gold.title);
    expect(out.comments).toHaveLength(5);
    expect(out.comments[2].parent).toBe(1);
    expect(out.comments[0]).toMatchObject({ sentiment: { label: expect.any(String) }, abuse: { flagged: expect.any(Boolean), matches: expect.any(Array) } });
  });

  it("score streams JSONL in and out, one line per input line", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "score"], { cwd: ROOT, env });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    const n = 2000;
    for (let i = 0; i < n; i++) child.stdin.write(JSON.stringify({ id: `x${i}`, text: i % 2 ? "What a wonderful, thoughtful article." : "You are a fucking idiot." }) + "\n");
    child.stdin.end();
    const code = await new Promise((resolve) => child.on("close", resolve));
    expect(code).toBe(0);
    const lines = out.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines).toHaveLength(n);
    expect(lines[0]).toMatchObject({ id: "x0", abuse: { flagged: true } });
    expect(lines[1]).toMatchObject({ id: "x1", sentiment: { label: "positive" }, abuse: { flagged: false } });
  });

  it("ingest stores pages, keys create makes a key; re-ingest adds nothing", () => {
    const first = cli(["ingest", "seeds"]);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ pages: 5, newArticles: 5 });
    const again = JSON.parse(cli(["ingest", "seeds/000_b6556f2a56b03e86.txt"]).stdout);
    expect(again).toEqual({ pages: 1, newArticles: 0, newComments: 0 });
    const key = cli(["keys", "create", "--role", "moderator", "--name", "night shift"]);
    expect(key.code).toBe(0);
    expect(JSON.parse(key.stdout)).toMatchObject({ role: "moderator", name: "night shift", token: expect.stringMatching(/^cs_[0-9a-f]{12}_/) });
  });

  it("bad arguments and unreadable files: one-line message, non-zero exit", () => {
    for (const [args, code] of [[["analyze", "no/such/file.txt"], 1], [["frobnicate"], 2], [["keys", "create", "--role", "god"], 2], [["analyze"], 2], [["ingest", "no/such/dir"], 1]] as const) {
      const r = cli([...args]);
      expect(r.code, args.join(" ")).toBe(code);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr).toMatch(/^error: /);
    }
    const bad = cli(["score"], '{"id":1,"text":"fine"}\nnot json\n');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("line 2");
  });
});
