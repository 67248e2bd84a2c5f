// `npm run check:edge`: bundles the Worker with wrangler and fails (exit 1) if a Node built-in, a
// Node-only package or nodejs_compat reaches it, or if it is over 1 MiB gzipped.
import { buildWorker, findBundleProblems, GZIP_BUDGET_BYTES, kib, sizeByPackage } from "./worker-bundle";

const built = await buildWorker();
console.log(`Worker bundle: ${kib(built.rawBytes)} minified, ${kib(built.gzipBytes)} gzipped (budget ${kib(GZIP_BUDGET_BYTES)})`);
for (const [pkg, bytes] of sizeByPackage(built).slice(0, 12)) console.log(`  ${kib(bytes).padStart(10)}  ${pkg}`);
const problems = findBundleProblems(built);
for (const p of problems) console.error(`✗ ${p.kind}: ${p.detail}`);
if (problems.length) process.exit(1);
console.log("✓ no Node built-ins, no Node-only packages, no nodejs_compat");
