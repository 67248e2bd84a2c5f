import { ABUSE_CATEGORIES } from "../analysis/types";
import type { articleStats, sentimentStats } from "../services/stats";
import type { StorySummary } from "../services/story-stats";
import { CategoryRateChart, HistogramChart, MeanScoreChart, VolumeChart } from "./charts";
import { CATEGORY_NAMES } from "./queue";

type Sentiment = Awaited<ReturnType<typeof sentimentStats>>;
type Articles = Awaited<ReturnType<typeof articleStats>>;

const pct = (x: number | null) => (x === null ? "–" : `${(x * 100).toFixed(1)}%`);
const score = (x: number | null) => (x === null ? "–" : x.toFixed(2));

export function DashboardView(props: { stats: Sentiment; articles: Articles; stories: StorySummary[]; filters: { bucket: string; site: string } }) {
  const { stats, articles, stories, filters } = props;
  const label = (iso: string) => (stats.bucket === "hour" ? `${iso.slice(5, 10)} ${iso.slice(11, 13)}h` : iso.slice(5, 10));
  const points = stats.buckets.map((b) => ({ label: label(b.start), positive: b.counts.positive, neutral: b.counts.neutral, negative: b.counts.negative, meanScore: b.meanScore }));
  const rates = ABUSE_CATEGORIES.map((c) => ({ label: CATEGORY_NAMES[c], rate: stats.flaggedRateByCategory[c], count: stats.flaggedByCategory[c] }));
  return (
    <>
      <h1>Dashboard</h1>
      <form method="get" action="/ui/dashboard" class="actions" aria-label="Filters">
        <label>
          Bucket{" "}
          <select name="bucket">
            <option value="day" selected={filters.bucket === "day"}>day</option>
            <option value="hour" selected={filters.bucket === "hour"}>hour</option>
          </select>
        </label>
        <label>
          Site <input type="text" name="site" value={filters.site} placeholder="all sites" />
        </label>
        <button type="submit">Apply</button>
      </form>
      <p>
        {stats.total} comments · mean score {score(stats.meanScore)} · flagged {stats.flagged} ({pct(stats.flaggedRate)}) · positive {stats.counts.positive},
        neutral {stats.counts.neutral}, negative {stats.counts.negative}
      </p>
      <div class="charts">
        <VolumeChart points={points} />
        <MeanScoreChart points={points} />
        <HistogramChart edges={stats.histogramEdges} counts={stats.histogram} />
        <CategoryRateChart rates={rates} />
      </div>
      <h2>Most discussed articles</h2>
      <table>
        <thead>
          <tr><th>Article</th><th>Site</th><th class="num">Comments</th><th class="num">Mean score</th><th class="num">Flagged</th><th>Story</th></tr>
        </thead>
        <tbody>
          {articles.mostDiscussed.map((a) => (
            <tr>
              <td>{a.title}</td><td>{a.site ?? "–"}</td><td class="num">{a.total}</td><td class="num">{score(a.meanScore)}</td>
              <td class="num">{a.flagged} ({pct(a.flaggedRate)})</td><td>{a.storyId ?? "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Most negative articles</h2>
      <table>
        <thead><tr><th>Article</th><th>Site</th><th class="num">Comments</th><th class="num">Mean score</th></tr></thead>
        <tbody>
          {articles.mostNegative.slice(0, 5).map((a) => (
            <tr><td>{a.title}</td><td>{a.site ?? "–"}</td><td class="num">{a.total}</td><td class="num">{score(a.meanScore)}</td></tr>
          ))}
        </tbody>
      </table>
      <h2>Stories (several outlets, one event)</h2>
      <table>
        <thead>
          <tr><th>Story</th><th class="num">Articles</th><th>Outlets</th><th class="num">Comments</th><th class="num">Mean score</th><th class="num">Flagged</th></tr>
        </thead>
        <tbody>
          {stories.length === 0 ? <tr><td colspan={6}>No story has more than one article yet.</td></tr> : null}
          {stories.map((s) => (
            <tr>
              <td>{s.title}</td><td class="num">{s.articleCount}</td><td>{s.sites.join(", ")}</td><td class="num">{s.total}</td>
              <td class="num">{score(s.meanScore)}</td><td class="num">{pct(s.flaggedRate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
