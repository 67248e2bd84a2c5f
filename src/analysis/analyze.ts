import { createAbuseDetector } from "./abuse";
import { segment } from "./segment";
import { scoreSentiment } from "./sentiment";
import type { AbuseResult, AbuseThresholds, AnalysedComment, PageAnalysis, PageFormat, SegmentedComment, SegmentedPage, SentimentResult } from "./types";

export interface CommentScores {
  sentiment: SentimentResult;
  abuse: AbuseResult;
}

export interface Analyzer {
  /** Separates the page and scores every comment. */
  analyzePage(content: string, format: PageFormat): PageAnalysis;
  /** Separates the page only (what asynchronous ingest does in the request; comments are scored later). */
  segmentPage(content: string, format: PageFormat): SegmentedPage;
  /** Sentiment and abuse of one comment's text. */
  scoreComment(text: string): CommentScores;
}

/**
 * The comment with its scores, keys in the order `{ ...comment, sentiment, abuse }` would give them (the
 * JSON the API returns), built as a literal: object spread takes V8's slow generic copy, which cost more
 * than a comment's segmentation. SegmentedComment's fields are fixed in types.ts; postedAt is optional.
 */
function analysedComment(c: SegmentedComment, sentiment: SentimentResult, abuse: AbuseResult): AnalysedComment {
  return c.postedAt === undefined
    ? { text: c.text, author: c.author, parent: c.parent, sentiment, abuse }
    : { text: c.text, author: c.author, parent: c.parent, postedAt: c.postedAt, sentiment, abuse };
}

/**
 * Builds an analyzer whose abuse thresholds are fixed up front (precomputed once, so per-comment work
 * stays in the hot path only). Deployments pass their own thresholds; the defaults are documented in
 * src/analysis/abuse.
 */
export function createAnalyzer(thresholds?: AbuseThresholds): Analyzer {
  const detectAbuse = createAbuseDetector(thresholds ?? {});
  const scoreComment = (text: string): CommentScores => ({ sentiment: scoreSentiment(text), abuse: detectAbuse(text) });
  return {
    scoreComment,
    segmentPage: (content, format) => segment(content, { format }),
    analyzePage(content, format) {
      const page = segment(content, { format });
      const comments: AnalysedComment[] = new Array<AnalysedComment>(page.comments.length);
      for (let i = 0; i < comments.length; i++) comments[i] = analysedComment(page.comments[i]!, scoreSentiment(page.comments[i]!.text), detectAbuse(page.comments[i]!.text));
      return { title: page.title, body: page.body, boilerplate: page.boilerplate, comments };
    },
  };
}
