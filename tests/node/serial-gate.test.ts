import { describe, expect, it } from "vitest";
import { serialGate } from "../../src/node/serial-gate";
import { testApp } from "../helpers/app";

const tick = () => new Promise((r) => setTimeout(r, 1));

describe("serialGate", () => {
  it("runs handlers one at a time, in arrival order, even when they await", async () => {
    const log: string[] = [];
    const gate = serialGate(async (req) => {
      const id = new URL(req.url).pathname;
      log.push(`start ${id}`);
      await tick();
      log.push(`end ${id}`);
      return new Response(id);
    }, 1024);
    const bodies = await Promise.all(["/a", "/b", "/c", "/d"].map(async (p) => (await gate.fetch(new Request(`http://x${p}`), {})).text()));
    expect(bodies).toEqual(["/a", "/b", "/c", "/d"]);
    expect(log).toEqual(["start /a", "end /a", "start /b", "end /b", "start /c", "end /c", "start /d", "end /d"]);
  });

  it("releases the next request when a handler throws", async () => {
    let calls = 0;
    const gate = serialGate(async () => {
      if (calls++ === 0) throw new Error("boom");
      return new Response("ok");
    }, 1024);
    const [first, second] = await Promise.allSettled([gate.fetch(new Request("http://x/1"), {}), gate.fetch(new Request("http://x/2"), {})]);
    expect(first.status).toBe("rejected");
    expect(second.status === "fulfilled" && (await second.value.text())).toBe("ok");
  });

  it("hands the app the body it was sent, and an oversize streamed body still gets the app's 413", async () => {
    const { app, keys } = await testApp({ maxBodyBytes: 2_000 });
    const gate = serialGate(app.fetch, 2_000);
    const page = { url: "https://gate.example/1", format: "text", content: "A headline\n\nSome body text about the council budget.\n\n  1. A reader comment here." };
    const ok = await gate.fetch(new Request("http://x/v1/pages", { method: "POST", headers: { authorization: `Bearer ${keys.ingest}`, "content-type": "application/json" }, body: JSON.stringify(page) }), {});
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { title: string }).title).toBe("A headline");
    const big = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode(`{"pad":"${"x".repeat(500)}",`));
        controller.close();
      },
    });
    const refused = await gate.fetch(new Request("http://x/v1/pages", { method: "POST", headers: { authorization: `Bearer ${keys.ingest}`, "content-type": "application/json" }, body: big, duplex: "half" } as RequestInit), {});
    expect(refused.status).toBe(413);
    expect(refused.headers.get("content-type")).toContain("application/problem+json");
  });
});
