import type { Child } from "hono/jsx";

// Server-rendered SVG charts: no script, no network. Each chart is an <svg role="img"> named by its
// <title> and described by its <desc>; every mark carries its own <title> with the exact figure.

const W = 520, H = 220, M = { top: 14, right: 12, bottom: 34, left: 44 };
const IW = W - M.left - M.right, IH = H - M.top - M.bottom;
const COLORS = { positive: "#2e8b57", neutral: "#8a94a6", negative: "#c0392b", bar: "#1f5fbf", line: "#6a3fb5" };
const fmt = (x: number, d = 2) => (Number.isInteger(x) ? String(x) : x.toFixed(d));

function Frame(props: { id: string; title: string; desc: string; children?: Child }) {
  return (
    <figure class="card">
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-labelledby={`${props.id}-t ${props.id}-d`} data-chart={props.id}>
        <title id={`${props.id}-t`}>{props.title}</title>
        <desc id={`${props.id}-d`}>{props.desc}</desc>
        <g transform={`translate(${M.left},${M.top})`}>{props.children}</g>
      </svg>
      <figcaption>{props.title}</figcaption>
    </figure>
  );
}

function YAxis(props: { ticks: number[]; y: (v: number) => number; format?: (v: number) => string }) {
  return (
    <g aria-hidden="true">
      {props.ticks.map((t) => (
        <>
          <line x1={0} x2={IW} y1={props.y(t)} y2={props.y(t)} stroke="#e3e7ee" />
          <text x={-6} y={props.y(t) + 4} text-anchor="end">{props.format ? props.format(t) : fmt(t)}</text>
        </>
      ))}
    </g>
  );
}

function niceMax(v: number): number {
  if (v <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

function labelEvery(n: number) {
  return Math.max(1, Math.ceil(n / 8));
}

export interface TimePoint {
  label: string;
  positive: number;
  neutral: number;
  negative: number;
  meanScore: number | null;
}

/** Stacked bars: comments per bucket by sentiment label. */
export function VolumeChart({ points }: { points: TimePoint[] }) {
  const max = niceMax(Math.max(0, ...points.map((p) => p.positive + p.neutral + p.negative)));
  const y = (v: number) => IH - (v / max) * IH;
  const band = IW / Math.max(1, points.length);
  const every = labelEvery(points.length);
  const total = points.reduce((a, p) => a + p.positive + p.neutral + p.negative, 0);
  return (
    <Frame id="volume" title="Comment volume over time by sentiment" desc={`${points.length} buckets, ${total} comments; bars stack negative, neutral and positive counts.`}>
      <YAxis ticks={[0, max / 2, max]} y={y} />
      {points.map((p, i) => {
        let base = 0;
        return (
          <g>
            {(["negative", "neutral", "positive"] as const).map((k) => {
              const v = p[k];
              const rect = <rect x={i * band + band * 0.15} width={band * 0.7} y={y(base + v)} height={Math.max(0, y(base) - y(base + v))} fill={COLORS[k]}><title>{`${p.label}: ${v} ${k}`}</title></rect>;
              base += v;
              return rect;
            })}
            {i % every === 0 ? <text x={i * band + band / 2} y={IH + 16} text-anchor="middle">{p.label}</text> : null}
          </g>
        );
      })}
    </Frame>
  );
}

/** Line: mean sentiment score per bucket on [-1, 1]. */
export function MeanScoreChart({ points }: { points: TimePoint[] }) {
  const y = (v: number) => IH - ((v + 1) / 2) * IH;
  const band = IW / Math.max(1, points.length);
  const xy = points.flatMap((p, i) => (p.meanScore === null ? [] : [[i * band + band / 2, y(p.meanScore)] as const]));
  const every = labelEvery(points.length);
  return (
    <Frame id="mean-score" title="Mean sentiment score over time" desc={`Mean score per bucket between -1 (negative) and 1 (positive), ${points.length} buckets.`}>
      <YAxis ticks={[-1, -0.5, 0, 0.5, 1]} y={y} />
      <line x1={0} x2={IW} y1={y(0)} y2={y(0)} stroke="#999" stroke-dasharray="3 3" aria-hidden="true" />
      {xy.length > 1 ? <polyline points={xy.map(([a, b]) => `${a.toFixed(1)},${b.toFixed(1)}`).join(" ")} fill="none" stroke={COLORS.line} stroke-width={2} /> : null}
      {points.map((p, i) =>
        p.meanScore === null ? null : (
          <circle cx={i * band + band / 2} cy={y(p.meanScore)} r={3.5} fill={COLORS.line}>
            <title>{`${p.label}: mean ${p.meanScore.toFixed(3)}`}</title>
          </circle>
        ),
      )}
      {points.map((p, i) => (i % every === 0 ? <text x={i * band + band / 2} y={IH + 16} text-anchor="middle">{p.label}</text> : null))}
    </Frame>
  );
}

/** Bars: comments per score bin. */
export function HistogramChart({ edges, counts }: { edges: number[]; counts: number[] }) {
  const max = niceMax(Math.max(0, ...counts));
  const y = (v: number) => IH - (v / max) * IH;
  const band = IW / Math.max(1, counts.length);
  return (
    <Frame id="histogram" title="Sentiment score distribution" desc={`Comments per score bin from ${edges[0]} to ${edges.at(-1)}; ${counts.reduce((a, b) => a + b, 0)} comments.`}>
      <YAxis ticks={[0, max / 2, max]} y={y} />
      {counts.map((v, i) => {
        const mid = ((edges[i] ?? 0) + (edges[i + 1] ?? 0)) / 2;
        return (
          <rect x={i * band + 1} width={band - 2} y={y(v)} height={IH - y(v)} fill={mid < -0.05 ? COLORS.negative : mid > 0.05 ? COLORS.positive : COLORS.neutral}>
            <title>{`${edges[i]} to ${edges[i + 1]}: ${v} comments`}</title>
          </rect>
        );
      })}
      {edges.map((e, i) => (i % 2 === 0 ? <text x={i * band} y={IH + 16} text-anchor="middle">{fmt(e, 1)}</text> : null))}
    </Frame>
  );
}

/** Horizontal bars: share of comments flagged per category. */
export function CategoryRateChart({ rates }: { rates: { label: string; rate: number | null; count: number }[] }) {
  const max = Math.max(0.01, ...rates.map((r) => r.rate ?? 0));
  const top = niceMax(max);
  const row = IH / Math.max(1, rates.length);
  const left = 70;
  const x = (v: number) => left + (v / top) * (IW - left - 40);
  return (
    <Frame id="flagged-rate" title="Flagged rate by category" desc={rates.map((r) => `${r.label} ${r.rate === null ? "n/a" : `${(r.rate * 100).toFixed(1)}%`}`).join(", ")}>
      {rates.map((r, i) => (
        <g>
          <text x={left - 6} y={i * row + row / 2 + 4} text-anchor="end">{r.label}</text>
          <rect x={left} y={i * row + row * 0.2} width={Math.max(0, x(r.rate ?? 0) - left)} height={row * 0.6} fill={COLORS.negative}>
            <title>{`${r.label}: ${r.count} flagged (${r.rate === null ? "n/a" : `${(r.rate * 100).toFixed(1)}%`})`}</title>
          </rect>
          <text x={x(r.rate ?? 0) + 4} y={i * row + row / 2 + 4}>{r.rate === null ? "n/a" : `${(r.rate * 100).toFixed(1)}%`}</text>
        </g>
      ))}
    </Frame>
  );
}
