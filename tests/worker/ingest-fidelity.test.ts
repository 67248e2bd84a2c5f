import { applyD1Migrations, reset } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { it } from "vitest";
import { d1Database } from "../../src/db/d1";
import { checkIngestFidelity } from "../shared/ingest-fidelity";

it("ingest stores exactly what the analysis said, once (workerd + local D1)", async () => {
  await reset();
  await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
  await checkIngestFidelity(d1Database(env.DB));
});
