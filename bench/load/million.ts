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
  await client.execute("ANALYZE");
  client.close();
}
