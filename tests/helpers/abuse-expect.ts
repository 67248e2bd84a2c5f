// Assertions the hand-made abuse rounds repeat: each text flagged, not flagged, or named a category by
// detectAbuse; the failing text is named in the message.
import { expect } from "vitest";
import { detectAbuse } from "../../src/analysis/abuse/index";
import type { AbuseCategory } from "../../src/analysis/types";

export function expectFlagged(texts: readonly string[]): void {
  for (const text of texts) expect(detectAbuse(text).flagged, text).toBe(true);
}

export function expectClean(texts: readonly string[]): void {
  for (const text of texts) expect(detectAbuse(text).flagged, text).toBe(false);
}

export function expectNamed(texts: readonly string[], category: AbuseCategory): void {
  for (const text of texts) expect(detectAbuse(text).categories, text).toContain(category);
}
