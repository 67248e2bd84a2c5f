import { Hono, type Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../api/env";
import { randomToken, timingSafeEqual } from "../lib/crypto";
import { authenticate } from "../services/api-keys";
import { DomainError } from "../services/errors";
import { articleStats, sentimentStats } from "../services/stats";
import { listStories } from "../services/story-stats";
import { createUiSession, deleteUiSession, readUiSession, SESSION_TTL_MS, type UiSession } from "../services/ui-sessions";
import { QUEUE_SCRIPT } from "./client";
import { DashboardView } from "./dashboard";
import { Layout } from "./layout";
import { QueueView } from "./queue";
import { REJECT_REASON_CODES, type RejectReasonCode } from "../services/moderation-decisions";
import { uiActions, type UiAction } from "./actions";

// The moderator UI: server-rendered pages and plain HTML forms. Sessions are cookies naming a row of
// ui_sessions; every POST must carry the session's CSRF token and come from this origin.

type UiEnv = AppEnv & { Variables: { nonce: string; session: UiSession | null; sessionId: string | undefined } };
const COOKIE = "cs_session";
const MODERATORS = new Set(["moderator", "admin"]);

const isHttps = (c: Context) => new URL(c.req.url).protocol === "https:" || c.req.header("x-forwarded-proto") === "https";

/** Same-origin check for state-changing requests: the Origin (or Referer) must name this host. */
function sameOrigin(c: Context): boolean {
  const source = c.req.header("origin") ?? c.req.header("referer");
  if (!source || source === "null") return false;
  try {
    return new URL(source).host === (c.req.header("host") ?? new URL(c.req.url).host);
  } catch {
    return false;
  }
}

const NOTICES: Record<string, { text: string; error: boolean }> = {
  approved: { text: "Approved.", error: false },
  rejected: { text: "Rejected.", error: false },
  escalated: { text: "Escalated.", error: false },
  bulk: { text: "Bulk decision recorded.", error: false },
  stale: { text: "Someone else changed that comment first; it has been reloaded.", error: true },
  not_found: { text: "That comment no longer exists.", error: true },
  failed: { text: "The decision could not be recorded.", error: true },
  claimed: { text: "Another moderator holds that comment right now; it stays with them until their claim ends.", error: true },
  invalid: { text: "That decision is incomplete (a rejection with reason “other” needs a note).", error: true },
  none_selected: { text: "Select comments (x or the checkboxes) before a bulk decision.", error: true },
  bulk_partial: { text: "Bulk decision recorded; some comments had changed or were claimed and were left as they are.", error: true },
};

export const uiRoutes = new Hono<UiEnv>();

uiRoutes.use("*", async (c, next) => {
  const nonce = randomToken(16);
  c.set("nonce", nonce);
  const sessionId = getCookie(c, COOKIE);
  c.set("sessionId", sessionId);
  c.set("session", await readUiSession(c.var.deps.database, sessionId, c.var.deps.now()));
  await next();
  c.header(
    "Content-Security-Policy",
    `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'nonce-${nonce}'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`,
  );
  c.header("X-Content-Type-Options", "nosniff");
  c.header("Referrer-Policy", "same-origin");
  c.header("Cache-Control", "no-store");
});

/** POSTs: same origin and, for signed-in forms, the session's CSRF token. */
const checkPost = createMiddleware<UiEnv>(async (c, next) => {
  if (!sameOrigin(c)) return c.text("Cross-origin form posts are refused", 403);
  const session = c.var.session;
  if (!session) return c.redirect("/ui/login", 303);
  {
    const form = await c.req.parseBody({ all: true });
    c.set("form" as never, form as never);
    const token = typeof form.csrf === "string" ? form.csrf : "";
    if (!timingSafeEqual(token, session.csrfToken)) return c.text("The form is stale or forged (CSRF token mismatch); reload the page", 403);
  }
  await next();
});

const requireSession = (moderator: boolean) =>
  createMiddleware<UiEnv>(async (c, next) => {
    const s = c.var.session;
    if (!s) return c.redirect("/ui/login", 303);
    if (moderator && !MODERATORS.has(s.role)) return c.redirect("/ui/dashboard", 303);
    await next();
  });

function LoginPage(props: { nonce: string; error?: string | undefined }) {
  return (
    <Layout title="Sign in" nonce={props.nonce}>
      <h1>Sign in</h1>
      {props.error ? <p class="notice error" role="alert">{props.error}</p> : null}
      <form method="post" action="/ui/login" class="card">
        <label>
          API key <input type="password" name="key" autocomplete="off" required size={60} autofocus />
        </label>{" "}
        <button type="submit">Sign in</button>
        <p class="meta">A moderator or admin key opens the queue; a viewer key opens the dashboard.</p>
      </form>
    </Layout>
  );
}

uiRoutes.get("/login", (c) => c.html(<LoginPage nonce={c.var.nonce} />));

uiRoutes.post("/login", async (c) => {
  // No session yet, so no CSRF token: the same-origin check (and SameSite=Strict) guard login CSRF.
  if (!sameOrigin(c)) return c.text("Cross-origin form posts are refused", 403);
  const form = await c.req.parseBody();
  const key = typeof form.key === "string" ? form.key.trim() : "";
  const principal = key ? await authenticate(c.var.deps.database, key) : null;
  if (!principal || principal.role === "ingest") {
    return c.html(<LoginPage nonce={c.var.nonce} error="That key is unknown, revoked, or may not use the UI." />, 401);
  }
  await deleteUiSession(c.var.deps.database, c.var.sessionId);
  const session = await createUiSession(c.var.deps.database, principal.keyId, c.var.deps.now());
  setCookie(c, COOKIE, session.id, { httpOnly: true, sameSite: "Strict", secure: isHttps(c), path: "/ui", maxAge: SESSION_TTL_MS / 1000 });
  return c.redirect(MODERATORS.has(principal.role) ? "/ui" : "/ui/dashboard", 303);
});

uiRoutes.post("/logout", requireSession(false), checkPost, async (c) => {
  await deleteUiSession(c.var.deps.database, c.var.sessionId);
  deleteCookie(c, COOKIE, { path: "/ui" });
  return c.redirect("/ui/login", 303);
});

uiRoutes.get("/", requireSession(true), async (c) => {
  const session = c.var.session!;
  const { entries, more } = await uiActions.queue(c.var.deps.database, session.keyId, c.var.deps.now());
  const notice = NOTICES[c.req.query("notice") ?? ""] ?? null;
  return c.html(
    <Layout title="Queue" nonce={c.var.nonce} user={session} csrf={session.csrfToken} current="queue" script={QUEUE_SCRIPT}>
      <QueueView entries={entries} csrf={session.csrfToken} canEscalate={uiActions.canEscalate} notice={notice} more={more} />
    </Layout>,
  );
});

const formOf = (c: Context<UiEnv>) => (c.var as unknown as { form: Record<string, string | File | (string | File)[]> }).form;
const str = (v: unknown) => (typeof v === "string" ? v : undefined);

const ACTIONS = new Set(["approve", "reject", "escalate"]);
const reasonCodeOf = (v: unknown) => (REJECT_REASON_CODES as readonly string[]).includes(String(v)) ? (v as RejectReasonCode) : undefined;
const notice = (err: DomainError) =>
  err.status === 409 ? (err.code === "claim_held" ? "claimed" : err.code === "no_change" ? "failed" : "stale") : err.status === 404 ? "not_found" : "invalid";

uiRoutes.post("/comments/:id/decision", requireSession(true), checkPost, async (c) => {
  const form = formOf(c);
  const action = str(form.action) ?? "";
  const version = Number(str(form.version));
  if (!ACTIONS.has(action) || !Number.isInteger(version)) return c.redirect("/ui?notice=failed", 303);
  const note = str(form.note)?.trim().slice(0, 2000) || undefined;
  try {
    await uiActions.decide(c.var.deps.database, c.req.param("id"), { action: action as UiAction, version, reasonCode: reasonCodeOf(form.reasonCode), note }, c.var.session!.keyId, c.var.deps.now());
  } catch (err) {
    if (err instanceof DomainError) return c.redirect(`/ui?notice=${notice(err)}`, 303);
    throw err;
  }
  return c.redirect(`/ui?notice=${action === "approve" ? "approved" : action === "reject" ? "rejected" : "escalated"}`, 303);
});

uiRoutes.post("/bulk", requireSession(true), checkPost, async (c) => {
  const form = formOf(c);
  const raw = form.items;
  const items = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw])
    .flatMap((x) => (typeof x === "string" && /^[\w-]{1,64}:\d{1,9}$/.test(x) ? [{ id: x.split(":")[0]!, version: Number(x.split(":")[1]) }] : []))
    .slice(0, 200);
  const action = str(form.action) ?? "";
  if (items.length === 0 || !ACTIONS.has(action)) return c.redirect("/ui?notice=none_selected", 303);
  const note = str(form.note)?.trim().slice(0, 2000) || undefined;
  try {
    const failed = await uiActions.bulk(c.var.deps.database, items, { action: action as UiAction, reasonCode: reasonCodeOf(form.reasonCode), note }, c.var.session!.keyId, c.var.deps.now());
    return c.redirect(`/ui?notice=${failed > 0 ? "bulk_partial" : "bulk"}`, 303);
  } catch (err) {
    if (err instanceof DomainError) return c.redirect(`/ui?notice=${notice(err)}`, 303);
    throw err;
  }
});

uiRoutes.get("/dashboard", requireSession(false), async (c) => {
  const session = c.var.session!;
  const bucket = c.req.query("bucket") === "hour" ? "hour" : "day";
  const site = (c.req.query("site") ?? "").trim().slice(0, 255);
  const { database } = c.var.deps;
  const filters = { site: site || undefined };
  const [stats, articles, stories] = await Promise.all([
    sentimentStats(database, { ...filters, bucket }),
    articleStats(database, { ...filters, limit: 10 }),
    listStories(database, { minArticles: 2, limit: 20 }),
  ]);
  return c.html(
    <Layout title="Dashboard" nonce={c.var.nonce} user={session} csrf={session.csrfToken} current="dashboard">
      <DashboardView stats={stats} articles={articles} stories={stories} filters={{ bucket, site }} />
    </Layout>,
  );
});
