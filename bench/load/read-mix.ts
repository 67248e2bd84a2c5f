// What a moderation UI and dashboards send, for autocannon: every request is drawn afresh (per
// connection, from a seeded generator), so the benchmark measures real queries, not one repeated page.
import type autocannon from "autocannon";
import { CATEGORIES, SITES } from "./million";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A small deterministic generator (mulberry32), one per connection. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface MixCounters {
  requests: number;
  hits: number;
  non200: number;
}

interface Ctx {
  next?: () => number;
  base?: string;
  cursor?: string | null;
  pagesLeft?: number;
}

const random = (ctx: Ctx) => (ctx.next ??= rng(Math.floor(Math.random() * 2 ** 31)))();
const pick = <T>(ctx: Ctx, xs: readonly T[]): T => xs[Math.floor(random(ctx) * xs.length)]!;
const site = (ctx: Ctx) => `site${Math.floor(random(ctx) * SITES)}.example`;

function counting(counters: MixCounters) {
  return (status: number, headers: Record<string, string | string[] | undefined> | undefined) => {
    counters.requests++;
    if (status !== 200) counters.non200++;
    if (headers?.["x-cache"] === "hit") counters.hits++;
  };
}

/**
 * Moderators working the queue: a filter (the default view most often; else a site, a sort, a category,
 * a minimum score, escalated only), then the first page and 0-4 more pages by following nextCursor.
 */
export function queueRequests(headers: Record<string, string>, counters: MixCounters): autocannon.Request[] {
  const count = counting(counters);
  return [
    {
      method: "GET",
      headers,
      setupRequest: (req, context) => {
        const ctx = context as Ctx;
        if (ctx.cursor && (ctx.pagesLeft ?? 0) > 0) {
          ctx.pagesLeft!--;
          return { ...req, path: `${ctx.base}&cursor=${ctx.cursor}` };
        }
        const q = new URLSearchParams({ limit: "50" });
        const r = random(ctx);
        if (r < 0.3) {
          /* the default view: awaiting a decision, most severe first */
        } else if (r < 0.6) q.set("site", site(ctx));
        else if (r < 0.7) q.set("sort", pick(ctx, ["oldest", "newest"] as const));
        else if (r < 0.8) q.set("category", pick(ctx, CATEGORIES));
        else if (r < 0.9) q.set("minScore", pick(ctx, ["0.6", "0.8", "0.9"]));
        else {
          q.set("site", site(ctx));
          q.set("sort", "oldest");
          if (random(ctx) < 0.5) q.set("status", "escalated");
        }
        ctx.base = `/v1/moderation/queue?${q}`;
        ctx.pagesLeft = Math.floor(random(ctx) * 5);
        ctx.cursor = null;
        return { ...req, path: ctx.base };
      },
      onResponse: (status, body, context, resHeaders) => {
        count(status, resHeaders);
        (context as Ctx).cursor = /"nextCursor":"([^"]+)"\}$/.exec(body)?.[1] ?? null;
      },
    },
  ];
}

/**
 * Dashboards: overall and per-site sentiment by day over all time or the last week or month, by hour over
 * the last day or two, for one article, and arbitrary hour-aligned ranges inside the data.
 */
export function statsRequests(headers: Record<string, string>, counters: MixCounters, data: { newest: number; oldest: number; articles: number }): autocannon.Request[] {
  const count = counting(counters);
  const hourIn = (ctx: Ctx) => Math.floor((data.oldest + random(ctx) * (data.newest - data.oldest)) / HOUR) * HOUR;
  const iso = (ms: number) => new Date(ms).toISOString();
  const nowHour = Math.ceil(data.newest / HOUR) * HOUR;
  return [
    {
      method: "GET",
      headers,
      setupRequest: (req, context) => {
        const ctx = context as Ctx;
        const q = new URLSearchParams();
        const r = random(ctx);
        if (r < 0.15) {
          /* everything, by day */
        } else if (r < 0.35) {
          q.set("site", site(ctx));
          if (random(ctx) < 0.5) q.set("from", iso(nowHour - pick(ctx, [7, 30]) * DAY));
        } else if (r < 0.5) {
          q.set("bucket", "hour");
          q.set("from", iso(nowHour - pick(ctx, [24, 48]) * HOUR));
        } else if (r < 0.65) {
          q.set("site", site(ctx));
          q.set("bucket", "hour");
          q.set("from", iso(nowHour - 24 * HOUR));
        } else if (r < 0.75) q.set("article", `a_${String(Math.floor(random(ctx) * data.articles)).padStart(24, "0")}`);
        else {
          const a = hourIn(ctx);
          const b = hourIn(ctx);
          q.set("from", iso(Math.min(a, b)));
          q.set("to", iso(Math.max(a, b) + HOUR));
          if (random(ctx) < 0.5) q.set("site", site(ctx));
          if (Math.abs(a - b) < 3 * DAY) q.set("bucket", "hour");
        }
        return { ...req, path: `/v1/stats/sentiment?${q}` };
      },
      onResponse: (status, _body, _context, resHeaders) => count(status, resHeaders),
    },
  ];
}

/**
 * An autocannon request mix as an open-loop generator's `get` (open-loop.ts). Each request is drawn in a
 * session (a moderator following cursors, a dashboard) that has no request in flight: an idle one if
 * there is one, else a new one, so a cursor is always followed with the filters it was made for.
 */
export function mixAsGet(mix: autocannon.Request[]) {
  const request = mix[0] as unknown as {
    setupRequest: (req: object, context: object) => { path: string };
    onResponse?: (status: number, body: string, context: object, headers: Record<string, string | string[] | undefined>) => void;
  };
  const idle: object[] = [];
  return () => {
    const context = idle.pop() ?? {};
    const { path } = request.setupRequest({}, context);
    return {
      path,
      onResponse: (status: number, body: string, headers: Record<string, string | string[] | undefined>) => {
        request.onResponse?.(status, body, context, headers);
        idle.push(context);
      },
    };
  };
}
