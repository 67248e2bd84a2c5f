// The shared API suite on workerd: requests go through the Worker's own fetch handler (src/worker.ts,
// the `main` of wrangler.toml) against local D1, migrated from drizzle/ by the same files wrangler uses.
import { applyD1Migrations, reset } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { d1Database } from "../../src/db/d1";
import { defineApiSuite } from "../shared/api-suite";
import { createRoleKeys, fetcherFor } from "../shared/target";

defineApiSuite("workerd + local D1", async () => {
  await reset();
  await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
  const keys = await createRoleKeys(d1Database(env.DB));
  return { call: fetcherFor((req) => exports.default.fetch(req), keys), close: () => {} };
});
