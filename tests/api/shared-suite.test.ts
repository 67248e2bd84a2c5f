// The shared API suite on Node: @libsql/client on a database file with the real drizzle migrations.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createAnalyzer } from "../../src/analysis/analyze";
import { createApp } from "../../src/app";
import { openDatabase } from "../../src/node/database";
import { defineApiSuite } from "../shared/api-suite";
import { fetcherFor, createRoleKeys } from "../shared/target";

defineApiSuite("Node + libSQL file", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cs-api-"));
  const { database, close } = await openDatabase(`file:${join(dir, "test.db")}`);
  const app = createApp({ database, analyzer: createAnalyzer() });
  const keys = await createRoleKeys(database);
  return {
    call: fetcherFor((req) => app.request(req), keys),
    close: () => {
      close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
