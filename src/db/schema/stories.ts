import { index, integer, primaryKey, real, sqliteTable, text } from "drizzle-orm/sqlite-core";

// Stories: articles about the same event from any outlet, grouped at ingest (src/analysis/stories.ts).
export const stories = sqliteTable(
  "stories",
  {
    id: text("id").primaryKey(),
    /** The title of the article that started the story. */
    title: text("title").notNull(),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("stories_updated").on(t.updatedAt)],
);

/** An article's story (kept out of `articles` so grouping stays a separate concern). */
export const articleStories = sqliteTable(
  "article_stories",
  {
    articleId: text("article_id").primaryKey(),
    storyId: text("story_id").notNull(),
    /** MinHash signature, hex. */
    signature: text("signature").notNull(),
    /** Estimated Jaccard similarity to the article it joined; null for the story's first article. */
    similarity: real("similarity"),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("article_stories_story").on(t.storyId)],
);

/** LSH band keys of each article's signature: an index lookup finds the candidates to compare. */
export const storyBands = sqliteTable(
  "story_bands",
  {
    bandKey: text("band_key").notNull(),
    articleId: text("article_id").notNull(),
  },
  (t) => [primaryKey({ columns: [t.bandKey, t.articleId] })],
);
