import type { Analyzer } from "../analysis/analyze";
import type { Database } from "../db/database";
import type { Principal } from "../services/api-keys";

export interface AppDeps {
  database: Database;
  analyzer: Analyzer;
  /** Largest accepted request body in bytes (default 5 MiB). */
  maxBodyBytes?: number;
  /** Origins (e.g. "https://dash.example") whose pages may call the stats and stories API; none by default. */
  corsOrigins?: string[];
  /** Clock, injectable for tests. */
  now?: () => Date;
}

export interface AppEnv {
  Variables: {
    deps: Required<AppDeps>;
    principal: Principal;
  };
}
