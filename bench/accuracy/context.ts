import { spawnSync } from "node:child_process";
import { join } from "node:path";

export interface AccuracyContext {
  /** The repository root. */
  root: string;
  /** ../shared (or $SHARED_DIR) when present, else null: every scorer must then skip cleanly. */
  sharedDir: string | null;
  /** ../shared/data when present. */
  dataDir: string | null;
  /** ../shared/bench (score-pages.mjs, score-labels.mjs) when present. */
  benchDir: string | null;
}

/** Runs one of the shared scorers and returns its output; the last line holds the main figures. */
export function runScorer(ctx: AccuracyContext, scorer: "score-pages.mjs" | "score-labels.mjs", args: string[]): string {
  if (!ctx.benchDir) throw new Error("shared/bench is not available");
  const res = spawnSync(process.execPath, [join(ctx.benchDir, scorer), ...args], { encoding: "utf8", maxBuffer: 64 << 20 });
  if (res.status !== 0) throw new Error(`${scorer} failed (${res.status}): ${res.stderr}`);
  return res.stdout;
}

/** The scorer's last line, e.g. "kind=abuse n=… f1=…". */
export const lastLine = (out: string): string => out.trimEnd().split("\n").at(-1) ?? "";
