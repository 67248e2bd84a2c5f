import { readdir, readFile, stat } from "node:fs/promises";
import { extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Analyzer } from "../analysis/analyze";
import type { PageFormat } from "../analysis/types";
import type { Database } from "../db/database";
import { ingestPage, type IngestResult } from "../services/ingest";

export const SEEDS_DIR = fileURLToPath(new URL("../../seeds", import.meta.url));

const PAGE_EXTENSIONS = new Set([".txt", ".html", ".htm"]);

export const formatOf = (file: string): PageFormat => (/\.html?$/i.test(file) ? "html" : "text");

/** Expands files and folders (one level deep) into page files, in a stable order. */
export async function listPageFiles(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const full = resolve(p);
    const info = await stat(full).catch(() => null);
    if (!info) throw new Error(`cannot read ${p}: no such file or directory`);
    if (info.isDirectory()) {
      const names = (await readdir(full)).filter((n) => PAGE_EXTENSIONS.has(extname(n).toLowerCase())).sort();
      out.push(...names.map((n) => join(full, n)));
    } else out.push(full);
  }
  return out;
}

export interface FileIngest extends IngestResult {
  file: string;
}

/** Ingests page files one by one (each page is its own transaction), reporting progress. */
export async function ingestFiles(
  database: Database,
  analyzer: Analyzer,
  files: string[],
  onProgress: (done: number, total: number, file: string) => void = () => {},
): Promise<FileIngest[]> {
  const results: FileIngest[] = [];
  for (const [i, file] of files.entries()) {
    const content = await readFile(file, "utf8");
    const analysis = analyzer.analyzePage(content, formatOf(file));
    results.push({ file, ...(await ingestPage(database, {}, analysis)) });
    onProgress(i + 1, files.length, file);
  }
  return results;
}
