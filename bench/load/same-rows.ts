// The statements the service writes for a new page, for the "same rows" floor: ingestPage itself runs
// against a recording database whose snapshot read says "nothing stored yet" (a new article, no story
// candidates, no webhooks), so the floor inserts exactly the rows, ids and statements the service does
// (article, comments, moderation events, rollups, story, story bands) with none of its other work.
import type { PageAnalysis } from "../../src/analysis/types";
import type { Database, SqlStatement } from "../../src/db/database";
import type { IngestSnapshot } from "../../src/services/ingest-sql";
import { ingestPage } from "../../src/services/ingest";

const EMPTY_SNAPSHOT: IngestSnapshot = { article: null, story: null, policy: null, policy_version: null, existing: "[]", candidates: "[]", held_hooks: 0 };

export async function sameRowsStatements(url: string, page: PageAnalysis, now: Date): Promise<SqlStatement[]> {
  let written: SqlStatement[] = [];
  const unused = () => { throw new Error("the recording database only answers ingest's snapshot read and write"); };
  const recorder = {
    kind: "libsql", origin: {}, get db() { return unused(); }, batch: unused,
    query: async () => [EMPTY_SNAPSHOT],
    write: async (statements: SqlStatement[]) => { written = statements; },
  } as unknown as Database;
  await ingestPage(recorder, { url }, page, now);
  return written;
}
