import { describe, expect, it } from "vitest";
import { runCrashTest } from "../../scripts/crash-test";

// The short form of `npm run crash-test` (20 kills): a few SIGKILLs during ingest load.
describe("crash safety", () => {
  it("after SIGKILLs during ingest, every acknowledged page is whole and the database is intact", { timeout: 300_000 }, async () => {
    const report = await runCrashTest({ kills: 3 });
    expect(report.integrity).toBe("ok");
    expect(report.acked).toBeGreaterThan(0);
    expect(report.missing).toEqual([]);
    expect(report.partial).toEqual([]);
  });
});
