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
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer as createHttpServer } from "node:http";
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
  /** The bodies the Worker sent to its PAGE_QUEUE since the last call (they land in a sink in this process). */
  takeQueued(): string[];
  /** Delivers messages to the Worker's `queue` handler from a driver Worker in process A (noop: parse only). */
  deliver(messages: string[], noop?: boolean): Promise<void>;
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

/** The drizzle migrations as single statements, for a local D1 (as `wrangler d1 migrations apply` runs them). */
export const migrationStatements = () =>
  readdirSync(join(ROOT, "drizzle"))
    .filter((f) => f.endsWith(".sql"))
    .sort()
    .flatMap((f) => readFileSync(join(ROOT, "drizzle", f), "utf8").split("--> statement-breakpoint"))
    .map((s) => s.trim())
    .filter(Boolean);


function workerdConfig(built: BuiltWorker, compatibilityDate: string, ports: { http: number; driver: number; sink: number }, d1Host: string): string {
  return `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "worker", worker = .worker),
    (name = "d1", external = (address = ${capnpString(d1Host)}, http = ())),
    (name = "queue-sink", external = (address = ${capnpString(`127.0.0.1:${ports.sink}`)}, http = ())),
    (name = "driver", worker = .driver),
  ],
  sockets = [
    (name = "http", address = ${capnpString(`127.0.0.1:${ports.http}`)}, http = (), service = "worker"),
    (name = "driver", address = ${capnpString(`127.0.0.1:${ports.driver}`)}, http = (), service = "driver"),
  ],
);
const driver :Workerd.Worker = (
  modules = [(name = "edge-queue-driver.js", esModule = embed "edge-queue-driver.js")],
  compatibilityDate = ${capnpString(compatibilityDate)},
  compatibilityFlags = ["service_binding_extra_handlers"],
  bindings = [(name = "TARGET", service = "worker")],
);
const worker :Workerd.Worker = (
  modules = [(name = ${capnpString(basename(built.scriptPath))}, esModule = embed ${capnpString(basename(built.scriptPath))})],
  compatibilityDate = ${capnpString(compatibilityDate)},
  bindings = [
    (name = "DB", wrapped = (moduleName = "cloudflare-internal:d1-api", innerBindings = [(name = "fetcher", service = "d1")])),
    (name = "LIBSQL_URL", text = ""),
    (name = "PAGE_QUEUE", queue = "queue-sink"),
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

/** `inspectorPort`: workerd's inspector for a CPU profile of the Worker (see scripts/profile-edge.ts). */
export async function startSplitWorker(built: BuiltWorker, compatibilityDate: string, findPid: () => number, inspectorPort?: number): Promise<SplitWorker> {
  const d1Side = new Miniflare({
    modules: true,
    scriptPath: join(ROOT, "bench/edge-d1-host.js"),
    compatibilityDate,
    d1Databases: { DB: "bench" },
  });
  const d1Url = await d1Side.ready;
  const d1Pid = findPid();
  // The queue producer's requests (POST /batch, JSON with base64 bodies, as Miniflare's broker takes them)
  // end here; the bench delivers them itself, so it can time the consumer on its own.
  const queued: string[] = [];
  const sink = createHttpServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = JSON.parse(Buffer.concat(chunks).toString()) as { messages?: { body: string }[]; body?: string };
      for (const m of body.messages ?? [body as { body: string }]) queued.push(Buffer.from(m.body, "base64").toString());
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ metadata: { metrics: { backlogCount: 0, backlogBytes: 0, oldestMessageTimestamp: 0 } } }));
    });
  });
  await new Promise<void>((resolve) => sink.listen(0, "127.0.0.1", resolve));
  const ports = { http: await freePort(), driver: await freePort(), sink: (sink.address() as { port: number }).port };
  const port = ports.http;
  const configPath = join(built.outdir, "workerd-split.capnp");
  copyFileSync(join(ROOT, "bench/edge-queue-driver.js"), join(built.outdir, "edge-queue-driver.js"));
  writeFileSync(configPath, workerdConfig(built, compatibilityDate, ports, d1Url.host));
  // The Worker logs a JSON line per request, as in production: drained; errors stay visible.
  const child = spawn(join(ROOT, "node_modules/workerd/bin/workerd"), ["serve", "--experimental", ...(inspectorPort ? [`--inspector-addr=127.0.0.1:${inspectorPort}`] : []), configPath], { stdio: ["ignore", "pipe", "inherit"] });
  child.stdout!.resume();
  const url = `http://127.0.0.1:${port}`;
  const dispose = async () => {
    child.kill();
    sink.close();
    await d1Side.dispose();
  };
  const deliver = async (messages: string[], noop = false) => {
    const res = await fetch(`http://127.0.0.1:${ports.driver}/`, { method: "POST", body: JSON.stringify({ messages, noop }) });
    const result = (await res.json()) as { outcome: string; retryMessages?: unknown[]; explicitAcks?: unknown[] };
    if (!res.ok || (!noop && (result.outcome !== "ok" || (result.retryMessages?.length ?? 0) > 0))) throw new Error(`queue delivery failed: ${JSON.stringify(result)}`);
  };
  try {
    await waitForHttp(`${url}/healthz`, child);
    return { url, workerPid: child.pid!, d1Pid, database: await d1Side.getD1Database("DB"), dispose, deliver, takeQueued: () => queued.splice(0) };
  } catch (error) {
    await dispose();
    throw error;
  }
}
