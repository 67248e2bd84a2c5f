import { and, avg, count, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import type { Database } from "../db/database";
import { comments } from "../db/schema";

export interface StatsQuery {
  article?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
}

/** Sentiment counts per label, mean score and flagged count over stored comments (ingest time range). */
export async function sentimentStats(database: Database, q: StatsQuery) {
  const where: SQL[] = [];
  if (q.article) where.push(eq(comments.articleId, q.article));
  if (q.from) where.push(gte(comments.createdAt, q.from));
  if (q.to) where.push(lt(comments.createdAt, q.to));
  const rows = await database.db
    .select({
      label: comments.sentimentLabel,
      n: count(),
      mean: avg(comments.sentimentScore),
      flagged: sql<number>`coalesce(sum(${comments.flagged}), 0)`,
    })
    .from(comments)
    .where(where.length ? and(...where) : undefined)
    .groupBy(comments.sentimentLabel);
  const counts = { positive: 0, neutral: 0, negative: 0 };
  let total = 0, sum = 0, flagged = 0;
  for (const r of rows) {
    counts[r.label] = r.n;
    total += r.n;
    sum += Number(r.mean ?? 0) * r.n;
    flagged += Number(r.flagged);
  }
  return { total, counts, meanScore: total ? sum / total : null, flagged };
}
