import type { Database } from "../db/database";
import { COMMENT_STATUSES, type CommentStatus } from "../db/schema";
import { NotFoundError } from "./errors";

export interface ArticleSummary {
  id: string;
  url: string | null;
  site: string | null;
  title: string;
  /** "pending" while only queued comment jobs have run (the article's own job has not stored its body yet). */
  state: "stored" | "pending";
  ingestedAt: string;
  updatedAt: string;
  comments: { total: number; byStatus: Record<CommentStatus, number> };
}

interface Row {
  id: string;
  url: string | null;
  site: string | null;
  title: string;
  content_hash: string;
  ingested_at: number;
  updated_at: number;
  statuses: string;
}

// One index lookup for the article; its comments are counted on the comments_article_status index.
const SUMMARY_SQL = `SELECT a.id, a.url, a.site, a.title, a.content_hash, a.ingested_at, a.updated_at,
  (SELECT json_group_object(status, n) FROM (SELECT status, count(*) AS n FROM comments WHERE article_id = a.id GROUP BY status)) AS statuses
  FROM articles a WHERE a.id = ?1`;

/** An article and how many of its comments are stored, per status: what an ingest client polls after a 202. */
export async function articleSummary(database: Database, id: string): Promise<ArticleSummary> {
  const [row] = await database.query<Row>({ sql: SUMMARY_SQL, args: [id] });
  if (!row) throw new NotFoundError("article", id);
  const counts = JSON.parse(row.statuses) as Partial<Record<CommentStatus, number>>;
  const byStatus = Object.fromEntries(COMMENT_STATUSES.map((s) => [s, counts[s] ?? 0])) as Record<CommentStatus, number>;
  return {
    id: row.id, url: row.url, site: row.site, title: row.title,
    // A stub's content hash is empty; a stored article's is a SHA-256 (src/services/page-jobs.ts).
    state: row.content_hash === "" ? "pending" : "stored",
    ingestedAt: new Date(row.ingested_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
    comments: { total: Object.values(byStatus).reduce((a, b) => a + b, 0), byStatus },
  };
}
