import type { CommentRow } from "../db/schema";

/** A stored comment as the API shows it. */
export function commentView(row: CommentRow) {
  return {
    id: row.id,
    articleId: row.articleId,
    parentId: row.parentId,
    position: row.position,
    author: row.author,
    text: row.text,
    postedAt: row.postedAt,
    sentiment: { score: row.sentimentScore, label: row.sentimentLabel },
    abuse: {
      flagged: row.flagged,
      score: row.abuseScore,
      categories: row.categories,
      categoryScores: row.categoryScores as Record<string, number>,
      matches: row.matches,
    },
    status: row.status,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
  };
}
