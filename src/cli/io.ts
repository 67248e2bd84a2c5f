import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { once } from "node:events";

/** A usage or input problem: printed as one line, exit code 2 (usage) or 1 (runtime). */
export class CliError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
  }
}

/** Writes a line, waiting for the stream to drain so that a million lines never pile up in memory. */
export async function writeLine(out: Writable, line: string): Promise<void> {
  if (!out.write(line + "\n")) await once(out, "drain");
}

export async function readAll(input: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of input) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString("utf8");
}

export function lines(input: Readable): AsyncIterable<string> {
  return createInterface({ input, crlfDelay: Infinity });
}

/** A one-line progress bar on a TTY; plain periodic lines otherwise (logs, CI). */
export function progress(err: Writable & { isTTY?: boolean }, label: string) {
  let lastPlain = 0;
  return (done: number, total: number) => {
    const width = 30;
    const filled = total ? Math.round((done / total) * width) : width;
    if (err.isTTY) {
      err.write(`\r${label} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total}`);
      if (done === total) err.write("\n");
    } else if (done === total || Date.now() - lastPlain > 1000) {
      lastPlain = Date.now();
      err.write(`${label}: ${done}/${total}\n`);
    }
  };
}
