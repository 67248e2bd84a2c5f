import type { Analyzer } from "../analysis/analyze";
import type { Database } from "../db/database";
import type { Principal } from "../services/api-keys";
import type { PageQueue } from "../services/page-jobs";
import type { Logger } from "./logging";
import type { ReadCache } from "./read-cache";

export interface AppDeps {
  database: Database;
  analyzer: Analyzer;
  /** Largest accepted request body in bytes (default 5 MiB). */
  maxBodyBytes?: number;
  /** Origins (e.g. "https://dash.example") whose pages may call the stats and stories API; none by default. */
  corsOrigins?: string[];
  /** Clock, injectable for tests. */
  now?: () => Date;
  /** The fetch webhook deliveries use (tests inject a fake receiver). Default: global fetch. */
  webhookFetch?: typeof fetch;
  /**
   * Runs work after the response (webhook delivery). The entry decides how: the default hands it to
   * the Workers ExecutionContext's waitUntil when there is one, else lets the promise run detached (Node).
   */
  background?: (task: Promise<unknown>, executionCtx: { waitUntil(p: Promise<unknown>): void } | undefined) => void;
  /** Structured log sink (default: JSON lines on stdout). */
  log?: Logger;
  /**
   * Per-request database sessions (D1 read replication): when set, every request runs on the session's
   * Database instead of `database`, and the session's bookmark is returned in the `x-d1-bookmark` header.
   */
  session?: SessionFactory;
  /** Serves repeated reads while nothing was written (the Node entry's; none by default). */
  readCache?: ReadCache | null;
  /**
   * Where POST /v1/pages queues comment slices when the client sends `Prefer: respond-async` (the Worker's
   * Cloudflare Queue). None: the preference is ignored and pages are stored before the response (RFC 7240).
   */
  pageQueue?: PageQueue | null;
}

/** Opens a request's session; `bookmark` is what the client sent back from an earlier response, if anything. */
export type SessionFactory = (request: { write: boolean; bookmark: string | null }) => {
  database: Database;
  bookmark(): string | null;
};

/** AppDeps with every default filled in (the session factory stays optional). */
export type ResolvedDeps = Required<Omit<AppDeps, "session">> & Pick<AppDeps, "session">;

export interface AppEnv {
  Variables: {
    deps: ResolvedDeps;
    principal: Principal;
    requestId: string;
  };
}
