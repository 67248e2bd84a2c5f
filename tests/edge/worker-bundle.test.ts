// The Worker bundle (as `wrangler deploy` builds it) contains nothing Node-only and fits the size budget.
import { describe, expect, it } from "vitest";
import { buildWorker, findBundleProblems, GZIP_BUDGET_BYTES } from "../../scripts/worker-bundle";

describe("Worker bundle", () => {
  it("has no Node built-in imports, no Node-only packages, no nodejs_compat, and is under 1 MiB gzipped", async () => {
    const built = await buildWorker();
    expect(findBundleProblems(built)).toEqual([]);
    expect(built.gzipBytes).toBeLessThan(GZIP_BUDGET_BYTES);
    // The libSQL web client is the one bundled (HTTP/WebSocket only), never the Node one.
    expect(Object.keys(built.metafile.inputs).some((i) => i.includes("@libsql/client/lib-esm/web.js"))).toBe(true);
  }, 120_000);

  it("the check catches a Worker that imports a Node built-in, and nodejs_compat in wrangler.toml", async () => {
    const built = await buildWorker({ entry: "tests/edge/fixtures/node-fs-worker.ts" });
    expect(findBundleProblems(built).map((p) => p.kind)).toContain("node-import");
    const toml = 'name = "x"\ncompatibility_flags = ["nodejs_compat"]\n';
    expect(findBundleProblems(built, toml).map((p) => p.kind)).toContain("nodejs-compat-flag");
  }, 120_000);
});
