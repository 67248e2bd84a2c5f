// Fills a database with N comments over N/100 articles in a few SQL statements (recursive CTEs), about
// 5% of them held for review, so the queue and stats can be measured at scale.
import { createClient } from "@libsql/client";

export async function fillMillion(url: string, n: number): Promise<void> {
  const client = createClient({ url });
  const articlesN = Math.max(1, Math.floor(n / 100));
  const now = Date.now();
  await client.execute(`WITH RECURSIVE s(x) AS (SELECT 0 UNION ALL SELECT x + 1 FROM s WHERE x < ${articlesN - 1})
    INSERT INTO articles (id, url, site, title, body, content_hash, ingested_at, updated_at)
    SELECT printf('a_%024d', x), printf('https://big.example/%d', x), printf('site%d.example', x % 20), printf('Article %d', x), 'Body.', printf('%064d', x), ${now} - x * 60000, ${now} FROM s`);
  await client.execute(`WITH RECURSIVE s(x) AS (SELECT 0 UNION ALL SELECT x + 1 FROM s WHERE x < ${n - 1})
    INSERT INTO comments (id, article_id, parent_id, position, author, text, text_hash, sentiment_score, sentiment_label, abuse_score, flagged,
      categories, category_scores, matches, status, version, created_at, updated_at)
    SELECT printf('c_%024d', x), printf('a_%024d', x % ${articlesN}), NULL, x / ${articlesN}, printf('reader%d', x % 5000),
      'A generated comment for the load benchmark.', printf('%064d', x),
      ((x * 7919) % 2001) / 1000.0 - 1.0,
      CASE WHEN (x * 7919) % 2001 > 1100 THEN 'positive' WHEN (x * 7919) % 2001 < 900 THEN 'negative' ELSE 'neutral' END,
      ((x * 104729) % 1000) / 1000.0, (x % 20 = 0),
      CASE WHEN x % 20 = 0 THEN '["insult"]' ELSE '[]' END, '{}', '[]',
      CASE WHEN x % 20 = 0 THEN 'held' ELSE 'published' END, 1, ${now} - x * 1000, ${now} FROM s`);
  // The statistics read rollups, as the service maintains them at ingest: derive them from the rows.
  // The statistics read rollups, as the service maintains them at ingest (one row per hour and article,
  // one per hour and site): derive them from the rows.
  for (const key of ["c.article_id", "'site:' || a.site"]) {
    await client.execute(`INSERT INTO sentiment_rollups (bucket_start, article_id, site, comments, positive, neutral, negative, score_sum,
        hist0, hist1, hist2, hist3, hist4, hist5, hist6, hist7, hist8, hist9, flagged, cat_insult, st_published, st_held)
      SELECT (c.created_at / 3600000) * 3600000, ${key}, a.site, count(*),
        sum(c.sentiment_label = 'positive'), sum(c.sentiment_label = 'neutral'), sum(c.sentiment_label = 'negative'), sum(c.sentiment_score),
        ${Array.from({ length: 10 }, (_, i) => `sum(min(9, cast((c.sentiment_score + 1) * 5 AS INTEGER)) = ${i})`).join(", ")},
        sum(c.flagged), sum(c.flagged), sum(c.status = 'published'), sum(c.status = 'held')
      FROM comments c JOIN articles a ON a.id = c.article_id GROUP BY 1, 2`);
  }
  await client.execute("ANALYZE");
  client.close();
}
