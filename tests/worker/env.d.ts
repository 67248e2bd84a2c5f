declare namespace Cloudflare {
  interface Env {
    DB: D1Database;
    LIBSQL_URL: string;
    TEST_MIGRATIONS: import("cloudflare:test").D1Migration[];
  }
}
