import { defineConfig } from "vitest/config";

// Two projects: the unit/API tests, and the browser tests (real Chromium via playwright-core), which
// skip themselves where no Chromium is installed (see .ci/run-browser-deps.sh).
export default defineConfig({
  test: {
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/**/*.test.ts", "tests/**/*.test.tsx"],
          exclude: ["tests/worker/**", "tests/browser/**", "node_modules/**"],
        },
      },
      {
        extends: true,
        test: { name: "browser", include: ["tests/browser/**/*.test.ts"], testTimeout: 90_000, hookTimeout: 90_000, fileParallelism: false },
      },
    ],
  },
});
