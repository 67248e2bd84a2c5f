import { bandKeys, encodeSignature, pickStory, SIGNATURE_SIZE, storySignature, type StoryCandidate } from "../analysis/stories";
import type { SqlStatement } from "../db/database";
import { wellFormed } from "../db/json-rows";

export interface StoryAssignment {
  storyId: string;
  created: boolean;
  similarity: number | null;
}

/** What grouping needs from the article alone, before anything is read: its signature and LSH band keys. */
export interface StoryProbe {
  signature: Uint32Array | null;
  bandKeys: string[];
}

export function storyProbe(title: string, body: string): StoryProbe {
  const signature = storySignature(title, body);
  return { signature, bandKeys: signature ? bandKeys(signature) : [] };
}

/**
 * Decides a newly ingested article's story from what the ingest snapshot read (its current story, the
 * candidates sharing LSH bands) and returns the statements recording it, for the ingest batch. An
 * article keeps the story it was first given; a stub with too few words gets none.
 */
export function planStoryAssignment(
  article: { id: string; title: string },
  probe: StoryProbe,
  read: { currentStory: string | null; candidates: [storyId: string, signature: string][] },
  now: number,
): { assignment: StoryAssignment | null; statements: SqlStatement[] } {
  if (read.currentStory !== null) return { assignment: { storyId: read.currentStory, created: false, similarity: null }, statements: [] };
  const sig = probe.signature;
  if (!sig) return { assignment: null, statements: [] };
  const candidates: StoryCandidate[] = [];
  for (const [storyId, encoded] of read.candidates) {
    const signature = decodeHexSignature(encoded);
    if (signature) candidates.push({ storyId, signature });
  }
  const best = pickStory(sig, candidates);
  const storyId = best?.storyId ?? `s_${article.id.replace(/^a_/, "")}`;
  const statements: SqlStatement[] = [
    best
      ? { sql: "UPDATE stories SET updated_at = ?1 WHERE id = ?2", args: [now, storyId] }
      : { sql: "INSERT INTO stories (id, title, created_at, updated_at) VALUES (?1, ?2, ?3, ?3) ON CONFLICT DO NOTHING", args: [storyId, wellFormed(article.title), now] },
    {
      sql: "INSERT INTO article_stories (article_id, story_id, signature, similarity, created_at) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING",
      args: [article.id, storyId, encodeSignature(sig), best?.similarity ?? null, now],
    },
    {
      sql: "INSERT INTO story_bands (band_key, article_id) SELECT value, ?1 FROM json_each(?2) WHERE true ON CONFLICT DO NOTHING",
      args: [article.id, JSON.stringify(probe.bandKeys)],
    },
  ];
  return { assignment: { storyId, created: !best, similarity: best?.similarity ?? null }, statements };
}

/**
 * decodeSignature's result (same length and lower-case hex checks) without a regex and 128 parseInt
 * calls: ingest decodes up to 50 candidate signatures per page.
 */
export function decodeHexSignature(hex: string): Uint32Array | null {
  if (hex.length !== SIGNATURE_SIZE * 8) return null;
  const sig = new Uint32Array(SIGNATURE_SIZE);
  for (let i = 0, p = 0; i < SIGNATURE_SIZE; i++) {
    let v = 0;
    for (const end = p + 8; p < end; p++) {
      const c = hex.charCodeAt(p);
      const d = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : -1;
      if (d < 0) return null;
      v = v * 16 + d;
    }
    sig[i] = v;
  }
  return sig;
}
