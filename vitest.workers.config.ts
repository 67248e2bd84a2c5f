import { fileURLToPath } from "node:url";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineProject } from "vitest/config";

// Tests under tests/worker run inside workerd (@cloudflare/vitest-pool-workers 0.15, vitest 4): the
// Worker is wrangler.toml's `main` with its bindings (local D1 as DB, no nodejs_compat). The drizzle
// migrations are read here in Node and applied inside the isolate with applyD1Migrations.
const MIGRATIONS_DIR = fileURLToPath(new URL("./drizzle", import.meta.url));

export default defineProject({
  plugins: [
    cloudflareTest(async () => ({
      wrangler: { configPath: "./wrangler.toml" },
      remoteBindings: false,
      miniflare: { bindings: { TEST_MIGRATIONS: await readD1Migrations(MIGRATIONS_DIR) } },
    })),
  ],
  test: {
    name: "workers",
    include: ["tests/worker/**/*.test.ts"],
    testTimeout: 30_000,
  },
});
