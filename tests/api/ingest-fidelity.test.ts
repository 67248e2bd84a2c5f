import { it } from "vitest";
import { openDatabase } from "../../src/node/database";
import { checkIngestFidelity } from "../shared/ingest-fidelity";

it("ingest stores exactly what the analysis said, once (Node + libSQL)", async () => {
  const { database, close } = await openDatabase(":memory:");
  try {
    await checkIngestFidelity(database);
  } finally {
    close();
  }
});
