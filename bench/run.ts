// `npm run bench`: speed and memory benchmarks. Every module in bench/speed/ exports
// `default async function ()` and prints its figures beside a baseline measured in the same run.
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const modules = readdirSync(join(here, "speed"))
  .filter((f) => f.endsWith(".ts") && !f.startsWith("_"))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
for (const file of modules) {
  console.log(`\n=== ${file.replace(/\.ts$/, "")} ===`);
  const mod = (await import(pathToFileURL(join(here, "speed", file)).href)) as { default: () => Promise<void> };
  await mod.default();
}
