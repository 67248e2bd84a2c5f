import { and, eq, inArray, ne } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { bandKeys, decodeSignature, encodeSignature, pickStory, storySignature, type StoryCandidate } from "../analysis/stories";
import { chunkRows, type Database } from "../db/database";
import { articleStories, stories, storyBands } from "../db/schema";

/** At most this many candidate articles are compared per ingest (the LSH lookup is already selective). */
const MAX_CANDIDATES = 50;
/** At most this many band-index hits are read per ingest (64 bands per article): near-duplicates share many bands, so they are among the first hits. */
const MAX_BAND_ROWS = 500;

export interface StoryAssignment {
  storyId: string;
  created: boolean;
  similarity: number | null;
}

/**
 * Reads what grouping a newly ingested article needs (its current story, candidates sharing an LSH band)
 * and returns the statements that record the assignment, for the ingest batch. An article keeps the
 * story it was first given; a stub with too few words gets none.
 */
export async function planStoryAssignment(
  database: Database,
  article: { id: string; title: string; body: string },
  now: Date,
): Promise<{ assignment: StoryAssignment | null; statements: BatchItem<"sqlite">[] }> {
  const existing = await database.db.query.articleStories.findFirst({ where: eq(articleStories.articleId, article.id), columns: { storyId: true } });
  if (existing) return { assignment: { storyId: existing.storyId, created: false, similarity: null }, statements: [] };
  const sig = storySignature(article.title, article.body);
  if (!sig) return { assignment: null, statements: [] };
  const keys = bandKeys(sig);
  // Bounded work per ingest whatever the corpus size: read at most MAX_BAND_ROWS band hits, keep the
  // articles sharing the most bands (the likeliest near-duplicates), then fetch only their signatures.
  const hits = await database.db
    .select({ articleId: storyBands.articleId })
    .from(storyBands)
    .where(and(inArray(storyBands.bandKey, keys), ne(storyBands.articleId, article.id)))
    .limit(MAX_BAND_ROWS);
  const shared = new Map<string, number>();
  for (const h of hits) shared.set(h.articleId, (shared.get(h.articleId) ?? 0) + 1);
  const top = [...shared].sort((a, b) => b[1] - a[1]).slice(0, MAX_CANDIDATES).map(([id]) => id);
  const rows = (
    await Promise.all(
      chunkRows(top, 1).map((ids) =>
        database.db.select({ storyId: articleStories.storyId, signature: articleStories.signature }).from(articleStories).where(inArray(articleStories.articleId, ids)),
      ),
    )
  ).flat();
  const candidates: StoryCandidate[] = [];
  for (const r of rows) {
    const signature = decodeSignature(r.signature);
    if (signature) candidates.push({ storyId: r.storyId, signature });
  }
  const best = pickStory(sig, candidates);
  const storyId = best?.storyId ?? `s_${article.id.replace(/^a_/, "")}`;
  const statements: BatchItem<"sqlite">[] = [];
  if (best) statements.push(database.db.update(stories).set({ updatedAt: now }).where(eq(stories.id, storyId)));
  else statements.push(database.db.insert(stories).values({ id: storyId, title: article.title, createdAt: now, updatedAt: now }).onConflictDoNothing());
  statements.push(
    database.db
      .insert(articleStories)
      .values({ articleId: article.id, storyId, signature: encodeSignature(sig), similarity: best?.similarity ?? null, createdAt: now })
      .onConflictDoNothing(),
  );
  for (const chunk of chunkRows(keys.map((bandKey) => ({ bandKey, articleId: article.id })), 2)) {
    statements.push(database.db.insert(storyBands).values(chunk).onConflictDoNothing());
  }
  return { assignment: { storyId, created: !best, similarity: best?.similarity ?? null }, statements };
}
