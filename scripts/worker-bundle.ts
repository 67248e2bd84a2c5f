// Builds the Worker exactly as `wrangler deploy` would (`--dry-run --outdir`), measures its gzipped size
// and checks that nothing Node-only reached it. Used by `npm run check:edge`, `npm run bench:edge` and
// tests/edge/worker-bundle.test.ts.
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";

export const ROOT = new URL("..", import.meta.url).pathname;
export const GZIP_BUDGET_BYTES = 1024 * 1024;

export interface BuiltWorker {
  outdir: string;
  /** The bundled module(s) wrangler would upload, without source maps. */
  scriptPath: string;
  rawBytes: number;
  gzipBytes: number;
  metafile: Metafile;
}

interface Metafile {
  inputs: Record<string, { bytes: number; imports: { path: string; kind: string; external?: boolean }[] }>;
  outputs: Record<string, { bytes: number; imports: { path: string; kind: string; external?: boolean }[]; inputs: Record<string, { bytesInOutput: number }> }>;
}

/** Runs `wrangler deploy --dry-run` for wrangler.toml's Worker (or another entry, for the check's own tests). */
export async function buildWorker(options: { entry?: string; minify?: boolean } = {}): Promise<BuiltWorker> {
  const outdir = mkdtempSync(join(tmpdir(), "cs-worker-"));
  const args = ["wrangler", "deploy", "--dry-run", "--outdir", outdir, "--metafile", join(outdir, "meta.json")];
  if (options.minify === false) args.push("--no-minify");
  if (options.entry) args.push(options.entry);
  const env = { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false", NO_COLOR: "1" };
  await promisify(execFile)("npx", args, { cwd: ROOT, env, maxBuffer: 16 * 1024 * 1024 });
  const scripts = readdirSync(outdir).filter((f) => /\.m?js$/.test(f));
  if (scripts.length !== 1) throw new Error(`expected one bundled module in ${outdir}, found: ${scripts.join(", ")}`);
  const scriptPath = join(outdir, scripts[0]!);
  const code = readFileSync(scriptPath);
  return {
    outdir,
    scriptPath,
    rawBytes: code.length,
    gzipBytes: gzipSync(code, { level: 9 }).length,
    metafile: JSON.parse(readFileSync(join(outdir, "meta.json"), "utf8")) as Metafile,
  };
}

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const isNodeBuiltin = (path: string) => path.startsWith("node:") || NODE_BUILTINS.has(path) || NODE_BUILTINS.has(path.split("/")[0]!);

/** Packages (or package entry points) that only work on Node; their presence means the wrong export was picked. */
const NODE_ONLY_INPUTS = [
  /node_modules\/@libsql\/client\/lib-esm\/node\.js$/,
  /node_modules\/@libsql\/client\/lib-esm\/sqlite3\.js$/,
  /node_modules\/libsql\//,
  /node_modules\/ws\//,
  /node_modules\/@hono\/node-server\//,
  /node_modules\/better-sqlite3\//,
  /node_modules\/unenv\//,
];

/** Node globals our own source must never touch (dependencies are covered by the workerd test run). */
const NODE_GLOBAL_IN_SOURCE = /(?<![.\w$])(process|Buffer|__dirname|__filename|require|setImmediate)\s*[.(]/;

export interface BundleProblem {
  kind: "node-import" | "node-only-package" | "node-global-in-source" | "nodejs-compat-flag" | "too-large";
  detail: string;
}

export function findBundleProblems(built: BuiltWorker, wranglerToml = readFileSync(join(ROOT, "wrangler.toml"), "utf8")): BundleProblem[] {
  const problems: BundleProblem[] = [];
  if (/^\s*compatibility_flags\s*=.*nodejs_(compat|als)/m.test(wranglerToml)) {
    problems.push({ kind: "nodejs-compat-flag", detail: "wrangler.toml enables nodejs_compat: the Worker must run without it" });
  }
  for (const [name, output] of Object.entries(built.metafile.outputs)) {
    for (const imp of output.imports) if (isNodeBuiltin(imp.path)) problems.push({ kind: "node-import", detail: `${name} imports ${imp.path}` });
  }
  const code = readFileSync(built.scriptPath, "utf8");
  for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*)["']([^"']+)["']/g)) {
    if (isNodeBuiltin(m[1]!)) problems.push({ kind: "node-import", detail: `the bundle loads ${m[1]}` });
  }
  for (const [input, meta] of Object.entries(built.metafile.inputs)) {
    for (const imp of meta.imports) if (isNodeBuiltin(imp.path)) problems.push({ kind: "node-import", detail: `${input} imports ${imp.path}` });
    if (NODE_ONLY_INPUTS.some((re) => re.test(input))) problems.push({ kind: "node-only-package", detail: `${input} is Node-only` });
    if (!input.includes("node_modules") && /\.[cm]?[jt]sx?$/.test(input)) {
      const source = readFileSync(join(ROOT, input), "utf8").replace(/\/\*[\s\S]*?\*\/|(^|[^:])\/\/.*$/gm, "$1");
      const hit = NODE_GLOBAL_IN_SOURCE.exec(source);
      if (hit) problems.push({ kind: "node-global-in-source", detail: `${input} uses ${hit[1]}` });
    }
  }
  if (built.gzipBytes >= GZIP_BUDGET_BYTES) problems.push({ kind: "too-large", detail: `${kib(built.gzipBytes)} gzipped ≥ ${kib(GZIP_BUDGET_BYTES)}` });
  return dedupe(problems);
}

const dedupe = (ps: BundleProblem[]) => [...new Map(ps.map((p) => [`${p.kind}:${p.detail}`, p])).values()];

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** Bytes in the bundle per package (or per src/ folder), largest first. */
export function sizeByPackage(built: BuiltWorker): [string, number][] {
  const sizes = new Map<string, number>();
  for (const output of Object.values(built.metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ?? relative(".", input).split("/").slice(0, 3).join("/");
      sizes.set(pkg, (sizes.get(pkg) ?? 0) + bytesInOutput);
    }
  }
  return [...sizes].sort((a, b) => b[1] - a[1]);
}
