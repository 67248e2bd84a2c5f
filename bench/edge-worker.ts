// A bench-only Worker (never deployed): POST {content, repeat} runs the analysis `repeat` times in one
// request, so the per-request overhead of workerd/Miniflare disappears from the per-analysis CPU figure.
import { createAnalyzer } from "../src/analysis/analyze";

let analyzer: ReturnType<typeof createAnalyzer> | undefined;

export default {
  async fetch(request: Request): Promise<Response> {
    const { content, repeat } = (await request.json()) as { content: string; repeat: number };
    analyzer ??= createAnalyzer();
    let comments = 0;
    for (let i = 0; i < repeat; i++) comments += analyzer.analyzePage(content, "text").comments.length;
    return Response.json({ comments });
  },
};
