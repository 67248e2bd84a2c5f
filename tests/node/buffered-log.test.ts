import { describe, expect, it } from "vitest";
import { bufferedJsonLogger, FLUSH_MS } from "../../src/node/buffered-log";

describe("bufferedJsonLogger", () => {
  it("writes the lines of a burst together, one JSON object per line, in order", async () => {
    const writes: string[] = [];
    const log = bufferedJsonLogger((t) => writes.push(t));
    for (let i = 0; i < 3; i++) log({ level: "info", msg: "request", requestId: `r${i}` });
    expect(writes).toEqual([]);
    await new Promise((r) => setTimeout(r, FLUSH_MS + 30));
    expect(writes).toHaveLength(1);
    const lines = writes[0]!.trimEnd().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.requestId)).toEqual(["r0", "r1", "r2"]);
    expect(typeof lines[0]!.time).toBe("string");
  });

  it("flush() writes what is pending at once", () => {
    const writes: string[] = [];
    const log = bufferedJsonLogger((t) => writes.push(t));
    log({ level: "warn", msg: "x" });
    log.flush();
    expect(writes).toHaveLength(1);
    log.flush();
    expect(writes).toHaveLength(1);
  });
});
