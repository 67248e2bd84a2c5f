// Starts the real Node server (src/node.ts) as a child process, for crash and load tests.
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface ServerProcess {
  url: string;
  /** The admin key printed on first start (undefined on a restart: keys already exist). */
  adminKey: string | undefined;
  child: ChildProcess;
  /** Resolves when the process has exited. */
  exited: Promise<number | null>;
}

export function startServer(opts: { databaseUrl: string; port: number; seed?: boolean; env?: Record<string, string> }): Promise<ServerProcess> {
  // SERVER_NODE_ARGS: extra node flags for the server only (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof").
  const nodeArgs = (process.env.SERVER_NODE_ARGS ?? "").split(" ").filter(Boolean);
  // --max-semi-space-size as in `npm start` (package.json; docs/load.md has the measurement).
  const child = spawn(process.execPath, ["--max-semi-space-size=2", ...nodeArgs, "--import", "tsx", "src/node.ts"], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(opts.port), DATABASE_URL: opts.databaseUrl, SEED_WHEN_EMPTY: opts.seed ? "1" : "0", ...opts.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let out = "";
    let adminKey: string | undefined;
    const timer = setTimeout(() => reject(new Error(`server did not start in 60 s:\n${out}`)), 60_000);
    child.stderr!.on("data", (d) => (out += d));
    child.stdout!.on("data", (d: Buffer) => {
      out += d;
      adminKey ??= /(cs_[0-9a-f]{12}_[A-Za-z0-9_-]+)/.exec(out)?.[1];
      if (out.includes('"msg":"listening"')) {
        clearTimeout(timer);
        child.stdout!.removeAllListeners("data");
        child.stdout!.resume();
        resolve({ url: `http://127.0.0.1:${opts.port}`, adminKey, child, exited });
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening:\n${out}`));
    });
  });
}

/** A seed-like plain-text page with `n` numbered comments; deterministic in (i, n). */
export function syntheticPage(i: number, n: number): string {
  const body = Array.from({ length: 4 }, (_, p) =>
    `Paragraph ${p + 1} of report ${i}: the council met on Monday and officials said the talks on the budget would continue next week, a statement said.`,
  );
  const comments = Array.from({ length: n }, (_, c) =>
    `  ${c + 1}. Reader comment ${c} on report ${i}: ${c % 5 === 0 ? "this is a disgrace and you are an idiot" : "a thoughtful and balanced piece, thanks for the detail"}.`,
  );
  return [`Report ${i} on the council budget`, "", ...body.flatMap((p) => [p, ""]), ...comments.flatMap((c) => [c, ""]), "Comments are closed."].join("\n");
}
