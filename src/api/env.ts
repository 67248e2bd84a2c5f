import type { Analyzer } from "../analysis/analyze";
import type { Database } from "../db/database";
import type { Principal } from "../services/api-keys";
import type { Logger } from "./logging";

export interface AppDeps {
  database: Database;
  analyzer: Analyzer;
  /** Largest accepted request body in bytes (default 5 MiB). */
  maxBodyBytes?: number;
  /** Clock, injectable for tests. */
  now?: () => Date;
  /** Structured log sink (default: JSON lines on stdout). */
  log?: Logger;
}

export interface AppEnv {
  Variables: {
    deps: Required<AppDeps>;
    principal: Principal;
    requestId: string;
  };
}
