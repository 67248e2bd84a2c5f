// Fills a database with N comments over N/100 articles on 20 sites in a few SQL statements (recursive
// CTEs): one comment a second going back N seconds, 190-character texts, a third of them replies, about
// 5% held and 0.5% escalated for review with category scores and highlighted spans like the analyser's,
// 5,000 authors. Rollups (and through their triggers the read models) are derived from the rows as the
// service maintains them at ingest.
import { createClient } from "@libsql/client";

export const SITES = 20;
export const CATEGORIES = ["insult", "profanity", "threat", "identity_attack", "sexual", "spam", "insult"] as const;

export async function fillMillion(url: string, n: number): Promise<{ articles: number; newest: number; oldest: number }> {
  const client = createClient({ url });
  const articlesN = Math.max(1, Math.floor(n / 100));
  const now = Math.floor(Date.now() / 1000) * 1000;
  await client.execute("PRAGMA journal_mode = WAL");
  await client.execute("PRAGMA cache_size = -262144"); // 256 MiB: the inserts update seven indexes
  await client.execute(`WITH RECURSIVE s(x) AS (SELECT 0 UNION ALL SELECT x + 1 FROM s WHERE x < ${articlesN - 1})
    INSERT INTO articles (id, url, site, title, body, content_hash, ingested_at, updated_at)
    SELECT printf('a_%024d', x), printf('https://site%d.example/%d', x % ${SITES}, x), printf('site%d.example', x % ${SITES}), printf('Article %d', x), 'Body.', printf('%064d', x), ${now} - x * 60000, ${now} FROM s`);
  const category = `json_extract('${JSON.stringify(CATEGORIES)}', '$[' || ((x / 20) % ${CATEGORIES.length}) || ']')`;
  // x % 20 is the site (articles are x % N/100, sites article % 20): review states and authors must not follow it.
  const held = `((x / 20) % 20 = 0)`;
  const escalated = `((x / 20) % 200 = 10)`;
  const score = `CASE WHEN ${held} OR ${escalated} THEN 0.5 + (((x / 20) * 104729) % 500) / 1000.0 ELSE (((x / 20) * 104729) % 400) / 1000.0 END`;
  await client.execute(`WITH RECURSIVE s(x) AS (SELECT 0 UNION ALL SELECT x + 1 FROM s WHERE x < ${n - 1})
    INSERT INTO comments (id, article_id, parent_id, position, author, text, text_hash, sentiment_score, sentiment_label, abuse_score, flagged,
      categories, category_scores, matches, status, version, created_at, updated_at)
    SELECT printf('c_%024d', x), printf('a_%024d', x % ${articlesN}),
      CASE WHEN x % 3 = 1 AND x >= ${articlesN} THEN printf('c_%024d', x - ${articlesN}) END,
      x / ${articlesN}, printf('reader%d', (x / 7) % 5000),
      printf('Comment %d: I read the whole report and I think the council should publish the budget figures before the vote next week, not after it, so readers can judge.', x),
      printf('%064d', x),
      ((x * 7919) % 2001) / 1000.0 - 1.0,
      CASE WHEN (x * 7919) % 2001 > 1100 THEN 'positive' WHEN (x * 7919) % 2001 < 900 THEN 'negative' ELSE 'neutral' END,
      ${score}, ${held} OR ${escalated},
      CASE WHEN ${held} OR ${escalated} THEN json_array(${category}) ELSE '[]' END,
      CASE WHEN ${held} OR ${escalated} THEN json_object(${category}, ${score}) ELSE '{}' END,
      CASE WHEN ${held} OR ${escalated} THEN json_array(json_object('start', 8, 'end', 12, 'category', ${category}, 'term', 'read', 'rule', 'lexicon')) ELSE '[]' END,
      CASE WHEN ${escalated} THEN 'escalated' WHEN ${held} THEN 'held' ELSE 'published' END, 1, ${now} - x * 1000, ${now} FROM s`);
  // The statistics read rollups, as the service maintains them at ingest (one row per hour and article,
  // one per hour and site): derive them from the rows.
  for (const key of ["c.article_id", "'site:' || a.site"]) {
    await client.execute(`INSERT INTO sentiment_rollups (bucket_start, article_id, site, comments, positive, neutral, negative, score_sum,
        hist0, hist1, hist2, hist3, hist4, hist5, hist6, hist7, hist8, hist9, flagged,
        cat_insult, cat_profanity, cat_threat, cat_identity_attack, cat_sexual, cat_spam, st_published, st_held, st_escalated)
      SELECT (c.created_at / 3600000) * 3600000, ${key}, a.site, count(*),
        sum(c.sentiment_label = 'positive'), sum(c.sentiment_label = 'neutral'), sum(c.sentiment_label = 'negative'), sum(c.sentiment_score),
        ${Array.from({ length: 10 }, (_, i) => `sum(min(9, cast((c.sentiment_score + 1) * 5 AS INTEGER)) = ${i})`).join(", ")},
        sum(c.flagged), ${["insult", "profanity", "threat", "identity_attack", "sexual", "spam"].map((k) => `sum(c.flagged AND c.categories = '["${k}"]')`).join(", ")},
        sum(c.status = 'published'), sum(c.status = 'held'), sum(c.status = 'escalated')
      FROM comments c JOIN articles a ON a.id = c.article_id GROUP BY 1, 2`);
  }
  await client.execute("ANALYZE");
  // Empty the WAL (gigabytes after the one-transaction fill) now: libsql closes a connection only once
  // its statements are garbage-collected, and the checkpoint the last connection runs on close held an
  // exclusive lock for seconds just as the next server started (SQLITE_BUSY at its start).
  await client.execute("PRAGMA wal_checkpoint(TRUNCATE)");
  client.close();
  return { articles: articlesN, newest: now, oldest: now - (n - 1) * 1000 };
}
