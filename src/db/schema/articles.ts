import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

// One row per page. The id is derived from the canonical URL (or, without one, from the content hash),
// so posting the same page twice lands on the same row: idempotency without a read-before-write.
export const articles = sqliteTable(
  "articles",
  {
    id: text("id").primaryKey(),
    url: text("url"),
    site: text("site"),
    title: text("title").notNull(),
    /** Article paragraphs joined by blank lines. */
    body: text("body").notNull(),
    /** SHA-256 of the segmented title + body: tells a re-scrape with an edited article apart. */
    contentHash: text("content_hash").notNull(),
    fetchedAt: integer("fetched_at", { mode: "timestamp_ms" }),
    ingestedAt: integer("ingested_at", { mode: "timestamp_ms" }).notNull(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("articles_site_ingested").on(t.site, t.ingestedAt)],
);

export type ArticleRow = typeof articles.$inferSelect;
export type NewArticleRow = typeof articles.$inferInsert;
