import { defineConfig } from "vitest/config";

// Two projects, both run by `vitest run`: "node" (everything under tests/ except tests/worker) and
// "workers" (tests/worker on workerd with local D1, see vitest.workers.config.ts).
export default defineConfig({
  test: {
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: "node",
          include: ["tests/**/*.test.ts", "tests/**/*.test.tsx"],
          exclude: ["tests/worker/**", "tests/browser/**", "node_modules/**"],
        },
      },
      "./vitest.workers.config.ts",
    ],
  },
});
