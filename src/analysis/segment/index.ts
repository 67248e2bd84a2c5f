import type { SegmentedPage, SegmentOptions } from "../types";
import { segmentText } from "./text";

/** Separates a page into title, article body, boilerplate and single comments with reply nesting. */
export function segment(content: string, options: SegmentOptions): SegmentedPage {
  if (options.format === "html") throw new Error("html segmentation is not available yet");
  return segmentText(content);
}
