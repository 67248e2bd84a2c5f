import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts", "tests/**/*.test.tsx"],
    exclude: ["tests/worker/**", "tests/browser/**", "node_modules/**"],
    testTimeout: 30_000,
  },
});
