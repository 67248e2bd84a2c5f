import { ABUSE_CATEGORIES, type AbuseCategory, type AnalysedComment, type PageAnalysis } from "../../src/analysis/types";
import type { Database } from "../../src/db/database";
import { ingestPage } from "../../src/services/ingest";

export interface FixtureComment {
  text: string;
  author?: string | null;
  parent?: number | null;
  /** Category scores; a category at ≥ 0.5 is "flagged" by the fake analyser. */
  scores?: Partial<Record<AbuseCategory, number>>;
}

/** An analysed comment with chosen scores: the moderation tests do not depend on the analyser's version. */
export function analysed(c: FixtureComment): AnalysedComment {
  const categoryScores = Object.fromEntries(ABUSE_CATEGORIES.map((k) => [k, c.scores?.[k] ?? 0])) as Record<AbuseCategory, number>;
  const categories = ABUSE_CATEGORIES.filter((k) => categoryScores[k] >= 0.5);
  const matches = categories.map((category) => ({ start: 0, end: Math.min(4, c.text.length), category, term: c.text.slice(0, 4), rule: "fixture" }));
  return {
    text: c.text, author: c.author ?? null, parent: c.parent ?? null, postedAt: null,
    sentiment: { score: 0, label: "neutral", contributions: [] },
    abuse: { flagged: categories.length > 0, score: Math.max(0, ...Object.values(categoryScores)), categories, categoryScores, matches },
  };
}

export function page(title: string, comments: FixtureComment[]): PageAnalysis {
  return { title, body: [`Body of ${title}`], boilerplate: [], comments: comments.map(analysed) };
}

/** Stores a page of fixture comments on a site; returns the stored comments' ids and statuses. */
export async function seedPage(database: Database, site: string, slug: string, comments: FixtureComment[], now = new Date()) {
  return ingestPage(database, { url: `https://${site}/${slug}`, site }, page(`Story ${slug}`, comments), now);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are asserted field by field
export const body = async (res: Response | Promise<Response>): Promise<any> => (await res).json();
