import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { DomainError } from "../services/errors";
import { jsonLogger, type Logger } from "./logging";

// RFC 9457 problem details. `code` is our stable machine-readable extension; clients switch on it.
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  [extension: string]: unknown;
}

const TITLES: Record<number, string> = {
  400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed",
  409: "Conflict", 413: "Content Too Large", 415: "Unsupported Media Type", 422: "Unprocessable Content",
  429: "Too Many Requests", 500: "Internal Server Error",
};

export function problem(c: Context, status: number, code: string, detail: string, extra: Record<string, unknown> = {}): Response {
  const body: Problem = {
    type: `https://comment-sentinel.dev/problems/${code.replaceAll("_", "-")}`,
    title: TITLES[status] ?? "Error",
    status,
    detail,
    code,
    instance: new URL(c.req.url).pathname,
    ...(c.get("requestId") ? { requestId: c.get("requestId") as string } : {}),
    ...extra,
  };
  const headers: Record<string, string> = { "content-type": "application/problem+json" };
  // A problem that says when to come back says it in the standard header too (RFC 9110 §10.2.3).
  if (typeof extra.retryAfterSeconds === "number") headers["retry-after"] = String(extra.retryAfterSeconds);
  return c.body(JSON.stringify(body), status as ContentfulStatusCode, headers);
}

/** The one place errors become responses. Unknown errors are logged and never leak internals. */
export function onError(err: Error, c: Context): Response {
  if (err instanceof DomainError) return problem(c, err.status, err.code, err.message, err.extra);
  if (err instanceof HTTPException) {
    const status = err.status;
    const code = status === 413 ? "body_too_large" : status === 400 ? "bad_request" : `http_${status}`;
    return problem(c, status, code, err.message || TITLES[status] || "Request failed");
  }
  const log = (c.get("deps") as { log?: Logger } | undefined)?.log ?? jsonLogger;
  log({ level: "error", msg: "unhandled error", requestId: c.get("requestId"), path: new URL(c.req.url).pathname, error: String(err?.stack ?? err) });
  return problem(c, 500, "internal", "The server failed to handle this request; it has been logged");
}

export function notFound(c: Context): Response {
  return problem(c, 404, "not_found", `No route for ${c.req.method} ${new URL(c.req.url).pathname}`);
}

interface ZodIssueLike {
  path: PropertyKey[];
  message: string;
  code?: string;
}

/** zod-openapi's validation hook: every invalid request becomes a 400 problem listing the issues. */
export function validationHook(result: { success: boolean; error?: { issues: ZodIssueLike[] }; target?: string }, c: Context) {
  if (result.success) return undefined;
  const issues = (result.error?.issues ?? []).map((i) => ({ path: i.path.map(String).join("."), message: i.message }));
  const where = result.target ? ` in the ${result.target === "json" ? "JSON body" : result.target}` : "";
  const first = issues[0];
  const detail = first ? `Invalid request${where}: ${first.path || "(root)"}: ${first.message}` : `Invalid request${where}`;
  return problem(c, 400, "validation_failed", detail, { errors: issues });
}
