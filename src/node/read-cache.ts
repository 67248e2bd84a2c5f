import type { Client } from "@libsql/client";
import type { CachedBody, ReadCache } from "../api/read-cache";

export interface ReadCacheStats {
  hits: number;
  misses: number;
  entries: number;
  bytes: number;
}

/**
 * A ReadCache that is exact under writes: every lookup first reads SQLite's `PRAGMA data_version` on a
 * connection of its own, which changes whenever any other connection (this process's service connection
 * or another process's) commits a transaction. A changed version empties the cache, so a body is only
 * ever served while the database is exactly as it was when the body was computed. Under a steady stream
 * of writes it therefore mostly misses (one cheap pragma per request); it pays off between writes, e.g.
 * dashboards and moderators polling the same pages. Bounded by entries and bytes (least recently used out).
 */
export function dataVersionReadCache(versionConnection: Client, limits: { maxEntries?: number; maxBytes?: number } = {}): ReadCache & { stats(): ReadCacheStats } {
  const maxEntries = limits.maxEntries ?? 2_000;
  const maxBytes = limits.maxBytes ?? 64 * 1024 * 1024;
  const entries = new Map<string, CachedBody>();
  let version: unknown;
  let bytes = 0;
  let hits = 0;
  let misses = 0;
  const clear = () => {
    entries.clear();
    bytes = 0;
  };
  return {
    async getOrCompute(key, now, compute) {
      const current = (await versionConnection.execute("PRAGMA data_version")).rows[0]?.[0];
      if (current !== version) {
        clear();
        version = current;
      }
      const entry = entries.get(key);
      if (entry && (entry.validUntil === undefined || now < entry.validUntil)) {
        hits++;
        entries.delete(key); // re-insert: Map order is the recency order
        entries.set(key, entry);
        return { body: entry.body, hit: true };
      }
      misses++;
      // Computed after the version was read: if a commit lands in between, the version has moved on and
      // the next lookup drops this body, so it is never served for a state it was not computed from.
      const computed = await compute();
      if (version === current) {
        if (entry) bytes -= entry.body.length;
        entries.delete(key);
        entries.set(key, computed);
        bytes += computed.body.length;
        for (const [k, e] of entries) {
          if (entries.size <= maxEntries && bytes <= maxBytes) break;
          entries.delete(k);
          bytes -= e.body.length;
        }
      }
      return { body: computed.body, hit: false };
    },
    stats: () => ({ hits, misses, entries: entries.size, bytes }),
  };
}
