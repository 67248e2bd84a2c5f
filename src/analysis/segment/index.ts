import type { SegmentedPage, SegmentOptions } from "../types";
import { segmentHtml } from "./html";
import { segmentText } from "./text";

/** Separates a page into title, article body, boilerplate and single comments with reply nesting. */
export function segment(content: string, options: SegmentOptions): SegmentedPage {
  return options.format === "html" ? segmentHtml(content) : segmentText(content);
}
