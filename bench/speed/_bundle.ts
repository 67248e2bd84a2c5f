// Bundles analysis code with esbuild (the bundler wrangler uses for the Worker) into a temp directory and
// imports it, so a speed bench can time the code as it is deployed to Workers beside the same code as
// `npm start` and `npm run bench` load it (tsx, ES modules). Both should agree; a gap points at
// something loader-specific. (Loaded from a CommonJS parent, e.g. a driver script outside this package,
// tsx compiles the modules to CommonJS and every use of an imported binding becomes a getter call, which
// makes hot loops slower: time analysis code from an ES module inside the package, or bundled.)
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Bundles `source` (an ES module whose imports are relative to the repository root) and imports it. */
export async function importBundled<T>(source: string): Promise<T> {
  const outdir = mkdtempSync(join(tmpdir(), "cs-bench-"));
  const outfile = join(outdir, "bundle.mjs");
  await build({
    stdin: { contents: source, resolveDir: ROOT, loader: "ts" },
    bundle: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    outfile,
    logLevel: "warning",
  });
  writeFileSync(join(outdir, "package.json"), '{"type":"module"}\n');
  return (await import(pathToFileURL(outfile).href)) as T;
}
