// The Node server's request log, written in batches. Every request logs one JSON line; with
// console.log that is a formatting pass and a synchronous write(2) to stdout per request (pipes and
// files are written synchronously on Linux): ~6% of the server's CPU in a profile of the read
// benchmark. Here lines are joined and written together at most every FLUSH_MS (or at 64 KiB), and on
// exit. A SIGKILL can lose the last FLUSH_MS of log lines, never data.
import type { LogEntry, Logger } from "../api/logging";

export const FLUSH_MS = 50;
const MAX_PENDING_CHARS = 64 * 1024;

export function bufferedJsonLogger(write: (text: string) => void = (t) => process.stdout.write(t)): Logger & { flush(): void } {
  let pending: string[] = [];
  let chars = 0;
  let timer: NodeJS.Timeout | null = null;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (pending.length === 0) return;
    const text = pending.join("");
    pending = [];
    chars = 0;
    write(text);
  };
  process.once("exit", flush);
  const log = (entry: LogEntry) => {
    const line = `${JSON.stringify({ time: new Date().toISOString(), ...entry })}\n`;
    pending.push(line);
    chars += line.length;
    if (chars >= MAX_PENDING_CHARS) flush();
    else if (!timer) timer = setTimeout(flush, FLUSH_MS).unref();
  };
  return Object.assign(log, { flush });
}
