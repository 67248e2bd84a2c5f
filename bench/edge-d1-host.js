// Bench only (never deployed): the database side of bench:edge's two-process setup. This Worker runs in
// its own workerd process (a second Miniflare) that holds local D1's Durable Object and SQLite. The
// measured Worker's D1 binding is workerd's own D1 client (cloudflare-internal:d1-api) whose inner
// fetcher is an external HTTP service pointing here, so every query arrives as the D1 client's raw
// request, and this Worker hands it unchanged to D1's raw fetcher, as the D1 service would.
export default {
  fetch: (request, env) => env.DB.fetcher.fetch(request),
};
