import { defineConfig } from "vitest/config";

// Three projects, all run by `vitest run`: "node" (unit, API, CLI and reliability tests), "browser"
// (real Chromium via playwright-core; skips itself where no Chromium is installed, see
// .ci/run-browser-deps.sh) and "workers" (tests/worker on workerd with local D1, see vitest.workers.config.ts).
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
      {
        extends: true,
        test: { name: "browser", include: ["tests/browser/**/*.test.ts"], testTimeout: 90_000, hookTimeout: 90_000, fileParallelism: false },
      },
      "./vitest.workers.config.ts",
    ],
  },
});
