// Shared result types of the pure analysis core. Everything in src/analysis takes strings and returns
// these plain objects: no I/O, no hono/drizzle/@libsql/process imports, so it runs on Node and Workers.

export type PageFormat = "text" | "html";

export interface SegmentedComment {
  /** The comment's own words; author, date and action lines ("Reply", "Report") are not part of it. */
  text: string;
  author: string | null;
  /** Index into the page's comments of the comment this one replies to, or null for a top-level one. */
  parent: number | null;
  /** The date as written on the page (not parsed), when one was found. */
  postedAt?: string | null;
}

export interface SegmentedPage {
  title: string;
  /** Article paragraphs, in page order. */
  body: string[];
  /** Navigation, bylines, share bars, promos, forms, copyright lines… in page order. */
  boilerplate: string[];
  comments: SegmentedComment[];
}

export interface SegmentOptions {
  format: PageFormat;
}

export type SentimentLabel = "positive" | "neutral" | "negative";

/** A span of the original text and how much it moved the score (UTF-16 offsets, end exclusive). */
export interface SentimentContribution {
  start: number;
  end: number;
  term: string;
  weight: number;
}

export interface SentimentResult {
  /** In [-1, 1]. */
  score: number;
  label: SentimentLabel;
  contributions: SentimentContribution[];
}

export const ABUSE_CATEGORIES = ["profanity", "insult", "threat", "identity_attack", "sexual", "spam"] as const;
export type AbuseCategory = (typeof ABUSE_CATEGORIES)[number];

/** Why a comment was flagged: a span of the ORIGINAL text (UTF-16 offsets, end exclusive). */
export interface AbuseMatch {
  start: number;
  end: number;
  category: AbuseCategory;
  /** The canonical term or pattern name that matched, e.g. "fuck" for "f.u.c.k". */
  term: string;
  /** Which rule produced it, e.g. "lexicon", "pattern:you-are-a", "model". */
  rule: string;
}

export interface AbuseResult {
  flagged: boolean;
  /** Overall abuse probability-like score in [0, 1]. */
  score: number;
  /** Categories whose score reached their threshold. */
  categories: AbuseCategory[];
  /** Per-category scores in [0, 1], so thresholds can be applied again later (e.g. per site). */
  categoryScores: Record<AbuseCategory, number>;
  matches: AbuseMatch[];
}

export type AbuseThresholds = Partial<Record<AbuseCategory, number>>;

export interface AnalysedComment extends SegmentedComment {
  sentiment: SentimentResult;
  abuse: AbuseResult;
}

export interface PageAnalysis extends Omit<SegmentedPage, "comments"> {
  comments: AnalysedComment[];
}
