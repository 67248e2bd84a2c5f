// Small timing helpers shared by the speed benchmarks (never used by tests: tests assert behaviour only).

/** Runs fn repeatedly for about `ms` milliseconds after a warm-up; returns operations per second. */
export function opsPerSecond(fn: () => unknown, ms = 1000): number {
  const warmEnd = performance.now() + Math.min(300, ms / 3);
  while (performance.now() < warmEnd) fn();
  let ops = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    for (let i = 0; i < 16; i++) fn();
    ops += 16;
    now = performance.now();
  }
  return (ops * 1000) / (now - start);
}

/** Milliseconds for one call (best of `runs`). */
export function bestMs(fn: () => unknown, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

export const fmt = (n: number, digits = 0): string =>
  n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

/**
 * Milliseconds of CPU time (user + system, this process) per call of fn, best of `rounds` rounds of
 * `calls` calls each after a warm-up. On a shared machine wall-clock time counts the time other processes
 * held the core; CPU time does not.
 */
export function cpuMsPerCall(fn: () => unknown, calls: number, rounds = 7): number {
  for (let i = 0; i < Math.min(calls, 3); i++) fn();
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const before = process.cpuUsage();
    for (let i = 0; i < calls; i++) fn();
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000 / calls);
  }
  return best;
}
