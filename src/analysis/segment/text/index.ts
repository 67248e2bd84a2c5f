// FIRST VERSION placeholder until the text segmenter (issue 3) lands: title, then paragraphs as body.
import type { SegmentedPage } from "../../types";

export function segmentText(content: string): SegmentedPage {
  const lines = content.split("\n").map((l) => l.trim()).filter(Boolean);
  return { title: lines[0] ?? "", body: lines.slice(1), boilerplate: [], comments: [] };
}
