// A streamed request body (no Content-Length) through the Node app, configured as src/node/bootstrap.ts
// does when MAX_BODY_BYTES is unset (maxBodyBytes: undefined): the default limit still applies.
import { describe, expect, it } from "vitest";
import { createAnalyzer } from "../../src/analysis/analyze";
import { createApp } from "../../src/app";
import { openDatabase } from "../../src/node/database";
import { createApiKey } from "../../src/services/api-keys";

const streamed = (text: string) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(text));
      controller.close();
    },
  });

describe("streamed request bodies on Node", () => {
  it("are analysed with the default body limit when maxBodyBytes is passed as undefined", async () => {
    const { database, close } = await openDatabase(":memory:");
    try {
      const app = createApp({ database, analyzer: createAnalyzer(), maxBodyBytes: undefined, log: () => {} });
      const { token } = await createApiKey(database, "ingest", "stream");
      const headers = { authorization: `Bearer ${token}`, "content-type": "application/json", "transfer-encoding": "chunked" };
      const body = streamed(JSON.stringify({ format: "text", content: "A headline\n\nA paragraph of article text long enough to count as a body." }));
      const res = await app.request("/v1/analyze", { method: "POST", headers, body, duplex: "half" } as RequestInit);
      expect(res.status).toBe(200);
      const big = streamed(JSON.stringify({ format: "text", content: "x".repeat(6 * 1024 * 1024) }));
      const tooBig = await app.request("/v1/analyze", { method: "POST", headers, body: big, duplex: "half" } as RequestInit);
      expect(tooBig.status).toBe(413);
    } finally {
      close();
    }
  });
});
