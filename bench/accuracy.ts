// `npm run bench:accuracy`: runs every scorer in bench/accuracy/ against ../shared (or $SHARED_DIR).
// Each module there exports `default async function (ctx: AccuracyContext)` and prints its figures.
// Where the shared data is absent the run says so and exits 0: the sets live outside this repository.
import { readdirSync, existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { AccuracyContext } from "./accuracy/context.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..");
const sharedDir = resolve(process.env.SHARED_DIR ?? join(root, "..", "shared"));
const only = process.argv.slice(2);

const ctx: AccuracyContext = {
  root,
  sharedDir: existsSync(sharedDir) ? sharedDir : null,
  dataDir: existsSync(join(sharedDir, "data")) ? join(sharedDir, "data") : null,
  benchDir: existsSync(join(sharedDir, "bench")) ? join(sharedDir, "bench") : null,
};
if (!ctx.sharedDir) console.log(`shared data not found at ${sharedDir}: accuracy benchmarks skipped`);

const modules = readdirSync(join(here, "accuracy"))
  .filter((f) => f.endsWith(".ts") && f !== "context.ts")
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
for (const file of modules) {
  console.log(`\n=== ${file.replace(/\.ts$/, "")} ===`);
  const mod = (await import(pathToFileURL(join(here, "accuracy", file)).href)) as {
    default: (ctx: AccuracyContext) => Promise<void>;
  };
  await mod.default(ctx);
}
