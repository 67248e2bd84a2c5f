import { createAbuseDetector } from "./abuse";
import { segment } from "./segment";
import { scoreSentiment } from "./sentiment";
import type { AbuseResult, AbuseThresholds, AnalysedComment, PageAnalysis, PageFormat, SentimentResult } from "./types";

export interface CommentScores {
  sentiment: SentimentResult;
  abuse: AbuseResult;
}

export interface Analyzer {
  /** Separates the page and scores every comment. */
  analyzePage(content: string, format: PageFormat): PageAnalysis;
  /** Sentiment and abuse of one comment's text. */
  scoreComment(text: string): CommentScores;
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
    analyzePage(content, format) {
      const page = segment(content, { format });
      const comments: AnalysedComment[] = page.comments.map((c) => ({ ...c, ...scoreComment(c.text) }));
      return { title: page.title, body: page.body, boilerplate: page.boilerplate, comments };
    },
  };
}
