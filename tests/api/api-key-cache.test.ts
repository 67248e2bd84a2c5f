import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { apiKeys } from "../../src/db/schema";
import { API_KEY_CACHE_MS, authenticate, createApiKey, revokeApiKey } from "../../src/services/api-keys";
import { testApp } from "../helpers/app";

let close: (() => void) | undefined;
afterEach(() => close?.());

describe("API key lookups are cached briefly", () => {
  it("a revocation through the service takes effect at once", async () => {
    const t = await testApp();
    close = t.close;
    const key = await createApiKey(t.database, "ingest", "cached");
    expect(await authenticate(t.database, key.token)).toEqual({ keyId: key.id, role: "ingest" });
    await revokeApiKey(t.database, key.id);
    expect(await authenticate(t.database, key.token)).toBeNull();
  });

  it("a revocation made elsewhere (another process writing the row) takes effect within API_KEY_CACHE_MS", async () => {
    const t = await testApp();
    close = t.close;
    const key = await createApiKey(t.database, "ingest", "cached");
    const start = Date.now();
    expect(await authenticate(t.database, key.token, start)).not.toBeNull();
    await t.database.db.update(apiKeys).set({ revokedAt: new Date() }).where(eq(apiKeys.id, key.id));
    expect(await authenticate(t.database, key.token, start + 1)).not.toBeNull(); // still cached
    expect(await authenticate(t.database, key.token, start + API_KEY_CACHE_MS + 1)).toBeNull();
  });

  it("a cached token is not accepted by another database", async () => {
    const a = await testApp();
    const b = await testApp();
    close = () => (a.close(), b.close());
    const key = await createApiKey(a.database, "admin", "only in a");
    expect(await authenticate(a.database, key.token)).not.toBeNull();
    expect(await authenticate(b.database, key.token)).toBeNull();
  });
});
