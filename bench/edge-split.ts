// bench:edge's production-shaped setup: the Worker in one workerd process, D1 in another.
//
// In production D1 runs in its own service (a Durable Object elsewhere), so the SQLite work of a query
// is not Worker CPU; under Miniflare, local D1's Durable Object runs inside the same workerd process as
// the Worker, and /proc cannot tell the two apart. Here:
//   - process B (a second Miniflare) holds local D1 — the very same D1 Durable Object and SQLite that
//     Miniflare uses — behind bench/edge-d1-host.js, which passes each raw D1 request to D1's fetcher;
//   - process A is workerd started directly (no Miniflare entry Worker in front) on a config that binds
//     DB exactly as Miniflare and production do — workerd's own D1 client module
//     (cloudflare-internal:d1-api) — but whose inner fetcher is an external HTTP service at B.
// So the Worker's JS, the D1 client's serialisation and JSON parsing of results are measured in A, and
// every query still executes for real in B. A's figure slightly overstates production (A also pays
// for plain HTTP/TCP to B, where production uses Cloudflare's internal RPC).
import { spawn, type ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { basename, join } from "node:path";
import { Miniflare } from "miniflare";
import type { BuiltWorker } from "../scripts/worker-bundle";
import { ROOT } from "../scripts/worker-bundle";

export interface SplitWorker {
  /** Base URL of the Worker (process A). */
  url: string;
  workerPid: number;
  d1Pid: number;
  /** D1 as seen from Node, for migrations and fixtures (talks to process B). */
  database: Awaited<ReturnType<Miniflare["getD1Database"]>>;
  dispose(): Promise<void>;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

const capnpString = (s: string) => JSON.stringify(s);

function workerdConfig(built: BuiltWorker, compatibilityDate: string, port: number, d1Host: string): string {
  return `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "worker", worker = .worker),
    (name = "d1", external = (address = ${capnpString(d1Host)}, http = ())),
  ],
  sockets = [(name = "http", address = ${capnpString(`127.0.0.1:${port}`)}, http = (), service = "worker")],
);
const worker :Workerd.Worker = (
  modules = [(name = ${capnpString(basename(built.scriptPath))}, esModule = embed ${capnpString(basename(built.scriptPath))})],
  compatibilityDate = ${capnpString(compatibilityDate)},
  bindings = [
    (name = "DB", wrapped = (moduleName = "cloudflare-internal:d1-api", innerBindings = [(name = "fetcher", service = "d1")])),
    (name = "LIBSQL_URL", text = ""),
  ],
);
`;
}

async function waitForHttp(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`workerd exited with ${child.exitCode}`);
    try {
      await (await fetch(url)).arrayBuffer();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`workerd did not answer at ${url}`);
}

export async function startSplitWorker(built: BuiltWorker, compatibilityDate: string, findPid: () => number): Promise<SplitWorker> {
  const d1Side = new Miniflare({
    modules: true,
    scriptPath: join(ROOT, "bench/edge-d1-host.js"),
    compatibilityDate,
    d1Databases: { DB: "bench" },
  });
  const d1Url = await d1Side.ready;
  const d1Pid = findPid();
  const port = await freePort();
  const configPath = join(built.outdir, "workerd-split.capnp");
  writeFileSync(configPath, workerdConfig(built, compatibilityDate, port, d1Url.host));
  // The Worker logs a JSON line per request, as in production: drained; errors stay visible.
  const child = spawn(join(ROOT, "node_modules/workerd/bin/workerd"), ["serve", "--experimental", configPath], { stdio: ["ignore", "pipe", "inherit"] });
  child.stdout!.resume();
  const url = `http://127.0.0.1:${port}`;
  const dispose = async () => {
    child.kill();
    await d1Side.dispose();
  };
  try {
    await waitForHttp(`${url}/healthz`, child);
    return { url, workerPid: child.pid!, d1Pid, database: await d1Side.getD1Database("DB"), dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}
