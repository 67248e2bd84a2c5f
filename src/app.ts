import { OpenAPIHono } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import { HTTPException } from "hono/http-exception";
import { sql } from "drizzle-orm";
import type { AppDeps, AppEnv, ResolvedDeps } from "./api/env";
import { jsonLogger, requestLog } from "./api/logging";
import { notFound, onError, validationHook } from "./api/problem";
import { requestId } from "hono/request-id";
import { moderationRoutes } from "./api/routes/moderation";
import { moderationAdminRoutes } from "./api/routes/moderation-admin";
import { moderationDecisionRoutes } from "./api/routes/moderation-decisions";
import { pageRoutes } from "./api/routes/pages";
import { statsRoutes } from "./api/routes/stats";
import { uiRoutes } from "./ui/routes";

export type { AppDeps } from "./api/env";

export const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;
const BOOKMARK_HEADER = "x-d1-bookmark";
// D1 bookmarks are hyphen-separated hex fields; anything else is refused before it reaches the binding.
const BOOKMARK_FORMAT = /^[0-9a-f]{1,64}(?:-[0-9a-f]{1,64}){0,7}$/i;
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** The whole HTTP service; the Node and Worker entries only build its dependencies. */
export function createApp(deps: AppDeps) {
  // `?? default` rather than a spread: an entry passing `maxBodyBytes: undefined` must still get the limit
  // (with undefined, hono's bodyLimit answers 500 to every streamed body without Content-Length).
  const resolved: ResolvedDeps = {
    ...deps,
    maxBodyBytes: deps.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    now: deps.now ?? (() => new Date()),
    webhookFetch: deps.webhookFetch ?? ((input, init) => fetch(input, init)),
    background: deps.background ?? runDetached,
    log: deps.log ?? jsonLogger,
    corsOrigins: deps.corsOrigins ?? [],
    readCache: deps.readCache ?? null,
    pageQueue: deps.pageQueue ?? null,
  };
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.onError(onError);
  app.notFound(notFound);
  app.use("*", async (c, next) => {
    c.set("deps", resolved);
    if (!resolved.session) return next();
    // Read replication: a session is sequentially consistent from the bookmark the client sends back, so a
    // moderator sees at least their own earlier writes; requests that write start on the primary.
    const bookmark = c.req.header(BOOKMARK_HEADER) ?? null;
    if (bookmark !== null && !BOOKMARK_FORMAT.test(bookmark)) throw new HTTPException(400, { message: `Malformed ${BOOKMARK_HEADER} header` });
    const session = resolved.session({ write: !SAFE_METHODS.has(c.req.method), bookmark });
    c.set("deps", { ...resolved, database: session.database });
    await next();
    const latest = session.bookmark();
    if (latest) c.header(BOOKMARK_HEADER, latest);
  });
  app.use("*", requestId({ limitLength: 64 }));
  app.use("*", requestLog);
  app.use(
    "/v1/*",
    bodyLimit({
      maxSize: resolved.maxBodyBytes,
      onError: () => {
        throw new HTTPException(413, { message: `Request body exceeds ${resolved.maxBodyBytes} bytes` });
      },
    }),
  );
  if (resolved.corsOrigins.length > 0) {
    // Dashboards on other origins read statistics with a bearer key; no cookies, so no credentials mode.
    const statsCors = cors({ origin: resolved.corsOrigins, allowMethods: ["GET", "OPTIONS"], allowHeaders: ["Authorization", "Accept", BOOKMARK_HEADER], exposeHeaders: ["Content-Disposition", BOOKMARK_HEADER], maxAge: 600 });
    for (const path of ["/v1/stats/*", "/v1/stories", "/v1/stories/*"]) app.use(path, statsCors);
  }
  app.get("/healthz", async (c) => {
    await resolved.database.db.run(sql`select 1`);
    return c.json({ ok: true, database: resolved.database.kind });
  });
  app.route("/", pageRoutes);
  app.route("/", moderationRoutes);
  app.route("/", moderationDecisionRoutes);
  app.route("/", moderationAdminRoutes);
  app.route("/", statsRoutes);
  app.route("/ui", uiRoutes);
  app.openAPIRegistry.registerComponent("securitySchemes", "bearer", { type: "http", scheme: "bearer", description: "An API key: cs_<id>_<secret>" });
  app.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: { title: "comment-sentinel", version: "0.1.0", description: "Comment moderation and sentiment for news publishers." },
  });
  return app;
}

/** Default `background`: Workers' waitUntil when there is an execution context, else a detached promise. */
function runDetached(task: Promise<unknown>, executionCtx: { waitUntil(p: Promise<unknown>): void } | undefined): void {
  const logged = task.catch((err: unknown) => console.error(JSON.stringify({ level: "error", msg: "background task failed", error: String(err) })));
  if (executionCtx) executionCtx.waitUntil(logged);
}

export type App = ReturnType<typeof createApp>;
