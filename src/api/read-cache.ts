import type { TypedResponse } from "hono";

// Responses of read endpoints (moderation queue pages, sentiment statistics) may be served again as
// long as nothing was committed to the database since they were computed: no staleness, only repeats.
// The Node entry provides one (src/node/read-cache.ts, keyed to SQLite's data_version); elsewhere
// (Workers, tests) there is none and every request is computed.

export interface CachedBody {
  /** The JSON response body. */
  body: string;
  /** Epoch ms after which the body may be wrong even without a write (e.g. a claim shown in it expires). */
  validUntil?: number | undefined;
}

export interface ReadCache {
  /**
   * The body stored under `key` if no transaction has committed since it was computed and `now` is before
   * its validUntil; else `compute()`'s, stored for the next request. `hit` tells which.
   */
  getOrCompute(key: string, now: number, compute: () => Promise<CachedBody>): Promise<{ body: string; hit: boolean }>;
}

/**
 * A 200 JSON response for `compute()`'s data, through the cache when there is one: the same bytes as
 * c.json(data) either way, plus `X-Cache: hit|miss` when a cache is in use. Typed like c.json(data, 200).
 */
export async function cachedJson<T>(
  cache: ReadCache | null,
  key: string,
  now: number,
  compute: () => Promise<{ data: T; validUntil?: number | undefined }>,
): Promise<Response & TypedResponse<T, 200, "json">> {
  const render = async (): Promise<CachedBody> => {
    const { data, validUntil } = await compute();
    return { body: JSON.stringify(data), validUntil };
  };
  const { body, hit } = cache ? await cache.getOrCompute(key, now, render) : { body: (await render()).body, hit: false };
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (cache) headers["x-cache"] = hit ? "hit" : "miss";
  return new Response(body, { status: 200, headers }) as Response & TypedResponse<T, 200, "json">;
}
