// The Worker's first admin key: `keys create --role admin --sql` prints an INSERT to run with
// `wrangler d1 execute`; the token it reports must then authenticate as admin.
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/node/database";
import { apiKeyInsertSql, authenticate, mintApiKey } from "../../src/services/api-keys";

describe("first admin key as SQL", () => {
  it("the printed INSERT stores only the hash, and the token authenticates as admin", async () => {
    const { database, close } = await openDatabase(":memory:");
    try {
      const { row, key } = await mintApiKey("admin", "first admin, it's mine");
      const statement = apiKeyInsertSql(row);
      // The secret is everything after "cs_<id>_": base64url, so it may itself contain "_".
      const secret = key.token.split("_").slice(2).join("_");
      expect(secret.length).toBeGreaterThan(20);
      expect(statement).not.toContain(secret);
      await database.db.run(sql.raw(statement));
      expect(await authenticate(database, key.token)).toEqual({ keyId: key.id, role: "admin" });
      expect(await authenticate(database, `${key.token.slice(0, -1)}x`)).toBeNull();
    } finally {
      close();
    }
  });
});
