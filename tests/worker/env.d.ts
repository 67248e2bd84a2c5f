// Types of the Worker test environment: the bindings from wrangler.toml plus the migrations the
// vitest config passes in, and the Worker's own module as `exports` of cloudflare:workers.
declare namespace Cloudflare {
  interface Env {
    DB: D1Database;
    LIBSQL_URL: string;
    D1_SESSIONS: string;
    PAGE_QUEUE: Queue<string>;
    TEST_MIGRATIONS: import("cloudflare:test").D1Migration[];
  }
  interface GlobalProps {
    mainModule: typeof import("../../src/worker");
  }
}
