import { createMiddleware } from "hono/factory";
import type { AppEnv } from "./env";

export type LogEntry = { level: "debug" | "info" | "warn" | "error"; msg: string } & Record<string, unknown>;
export type Logger = (entry: LogEntry) => void;

/** One JSON object per line on stdout: what log collectors on Node and Workers (Logpush) ingest. */
export const jsonLogger: Logger = (entry) => console.log(JSON.stringify({ time: new Date().toISOString(), ...entry }));

export const silentLogger: Logger = () => {};

/** Logs every request with its request id (hono/request-id, echoed in X-Request-Id), status and time. */
export const requestLog = createMiddleware<AppEnv>(async (c, next) => {
  const start = performance.now();
  await next();
  const status = c.res.status;
  c.var.deps.log({
    level: status >= 500 ? "error" : status >= 400 ? "warn" : "info",
    msg: "request",
    requestId: c.var.requestId,
    method: c.req.method,
    path: new URL(c.req.url).pathname,
    status,
    durationMs: Math.round((performance.now() - start) * 100) / 100,
  });
});
