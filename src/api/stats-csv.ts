import { ABUSE_CATEGORIES } from "../analysis/types";
import type { articleStats, BucketStats, Summary } from "../services/stats";
import type { StorySummary, storyStats } from "../services/story-stats";
import { toCsv, type CsvCell } from "./csv";

// CSV layouts of the statistics: one row per bucket / article / story / outlet, flat columns.

const summaryHeader = ["comments", "positive", "neutral", "negative", "mean_score", "flagged", "flagged_rate"];
const summaryCells = (s: Summary): CsvCell[] => [s.total, s.counts.positive, s.counts.neutral, s.counts.negative, s.meanScore, s.flagged, s.flaggedRate];

export function sentimentCsv(stats: { buckets: BucketStats[]; histogramEdges: number[] }): string {
  const edges = stats.histogramEdges;
  const header = [
    "bucket_start", "bucket_end", ...summaryHeader,
    ...ABUSE_CATEGORIES.map((c) => `flagged_rate_${c}`),
    ...edges.slice(0, -1).map((e, i) => `hist_${e}_${edges[i + 1]}`),
  ];
  const rows = stats.buckets.map((b) => [b.start, b.end, ...summaryCells(b), ...ABUSE_CATEGORIES.map((c) => b.flaggedRateByCategory[c]), ...b.histogram]);
  return toCsv(header, rows);
}

export function articlesCsv(stats: Awaited<ReturnType<typeof articleStats>>): string {
  const rows: CsvCell[][] = [];
  for (const [list, items] of [["most_negative", stats.mostNegative], ["most_flagged", stats.mostFlagged], ["most_discussed", stats.mostDiscussed]] as const) {
    items.forEach((a, i) => rows.push([list, i + 1, a.articleId, a.title, a.site, a.url, a.storyId, ...summaryCells(a)]));
  }
  return toCsv(["list", "rank", "article_id", "title", "site", "url", "story_id", ...summaryHeader], rows);
}

export function storiesCsv(items: StorySummary[]): string {
  return toCsv(
    ["story_id", "title", "articles", "sites", ...summaryHeader],
    items.map((s) => [s.id, s.title, s.articleCount, s.sites.join(" "), ...summaryCells(s)]),
  );
}

export function storyCsv(story: Awaited<ReturnType<typeof storyStats>>): string {
  return toCsv(["story_id", "site", "articles", ...summaryHeader], story.outlets.map((o) => [story.id, o.site, o.articles, ...summaryCells(o)]));
}
