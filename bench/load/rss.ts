import { readFileSync } from "node:fs";

export interface Rss {
  totalMb: number;
  largestMb: number;
  processes: number;
}

const hwmMb = (pid: number) => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;
const children = (pid: number): number[] => {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
};

/** Peak resident set size (VmHWM) of a process and its children (cluster workers), read before it exits. */
export function peakRss(pid: number): Rss {
  const pids = [pid, ...children(pid)];
  const each = pids.map(hwmMb);
  return { totalMb: each.reduce((a, b) => a + b, 0), largestMb: Math.max(...each), processes: pids.length };
}
