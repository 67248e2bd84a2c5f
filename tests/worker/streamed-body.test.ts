// Bodies streamed without Content-Length (chunked uploads) go through the body limit's streaming path.
import { applyD1Migrations, reset } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { beforeEach, describe, expect, it } from "vitest";
import { d1Database } from "../../src/db/d1";
import { createApiKey } from "../../src/services/api-keys";

function streamed(text: string): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  return new ReadableStream({
    start(controller) {
      for (let i = 0; i < bytes.length; i += 1000) controller.enqueue(bytes.slice(i, i + 1000));
      controller.close();
    },
  });
}

describe("Worker: streamed request bodies", () => {
  let token: string;
  beforeEach(async () => {
    await reset();
    await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
    token = (await createApiKey(d1Database(env.DB), "ingest", "stream test")).token;
  });

  it("analyzes a chunked body with no Content-Length", async () => {
    const content = "A headline\n\nSome article text that is long enough to be a body paragraph for the segmenter.\n".repeat(30);
    const request = new Request("http://sentinel.test/v1/analyze", {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json", "transfer-encoding": "chunked" },
      body: streamed(JSON.stringify({ format: "text", content })),
    });
    expect(request.headers.get("content-length")).toBeNull();
    const res = await exports.default.fetch(request);
    expect(res.status, await res.clone().text()).toBe(200);
    expect((await res.json<{ title: string }>()).title).toBe("A headline");
  });
});
