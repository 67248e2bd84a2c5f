import { readFile } from "node:fs/promises";
import type { Readable, Writable } from "node:stream";
import type { Analyzer, CommentScores } from "../analysis/analyze";
import type { PageAnalysis } from "../analysis/types";
import { API_KEY_ROLES, type ApiKeyRole } from "../db/schema";
import { apiKeyInsertSql, createApiKey, listApiKeys, mintApiKey, revokeApiKey } from "../services/api-keys";
import type { Database } from "../db/database";
import { ingestFiles, listPageFiles, SEEDS_DIR } from "../node/ingest-files";
import { CliError, lines, progress, readAll, writeLine } from "./io";

export interface Io {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable & { isTTY?: boolean };
}

/** The JSON shapes the CLI prints: the analysis without the per-term sentiment detail. */
export const scoresJson = (s: CommentScores) => ({
  sentiment: { score: s.sentiment.score, label: s.sentiment.label },
  abuse: { flagged: s.abuse.flagged, score: s.abuse.score, categories: s.abuse.categories, matches: s.abuse.matches },
});

export function pageJson(page: PageAnalysis) {
  return {
    title: page.title,
    body: page.body,
    boilerplate: page.boilerplate,
    comments: page.comments.map((c) => ({ text: c.text, author: c.author, parent: c.parent, postedAt: c.postedAt ?? null, ...scoresJson(c) })),
  };
}

export async function analyzeCommand(analyzer: Analyzer, io: Io, file: string, html: boolean) {
  let content: string;
  try {
    content = file === "-" ? await readAll(io.stdin) : await readFile(file, "utf8");
  } catch (err) {
    throw new CliError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  const format = html || /\.html?$/i.test(file) ? "html" : "text";
  await writeLine(io.stdout, JSON.stringify(pageJson(analyzer.analyzePage(content, format)), null, 2));
}

/** JSONL in ({"id","text"}), JSONL out ({"id","sentiment","abuse"}), one line each, streaming. */
export async function scoreCommand(analyzer: Analyzer, io: Io) {
  let n = 0;
  for await (const line of lines(io.stdin)) {
    n++;
    if (!line.trim()) continue;
    let item: { id?: unknown; text?: unknown };
    try {
      item = JSON.parse(line) as typeof item;
    } catch {
      throw new CliError(`line ${n}: not valid JSON`);
    }
    if (typeof item?.text !== "string") throw new CliError(`line ${n}: expected an object with a string "text"`);
    await writeLine(io.stdout, JSON.stringify({ id: item.id ?? null, ...scoresJson(analyzer.scoreComment(item.text)) }));
  }
}

export async function ingestCommand(database: Database, analyzer: Analyzer, io: Io, paths: string[]) {
  if (paths.length === 0) throw new CliError("ingest needs at least one FILE or DIR", 2);
  let files: string[];
  try {
    files = await listPageFiles(paths);
  } catch (err) {
    throw new CliError((err as Error).message);
  }
  const results = await ingestFiles(database, analyzer, files, progress(io.stderr, "ingest"));
  const created = results.reduce((a, r) => a + r.createdComments, 0);
  await writeLine(io.stdout, JSON.stringify({ pages: results.length, newArticles: results.filter((r) => r.articleCreated).length, newComments: created }));
}

export const seedCommand = (database: Database, analyzer: Analyzer, io: Io) => ingestCommand(database, analyzer, io, [SEEDS_DIR]);

/**
 * `keys create --role ROLE --sql`: no database needed. Prints the INSERT (hash only) on stdout for
 * `wrangler d1 execute DB --remote --file`, and the token, once, on stderr.
 */
export async function keySqlCommand(io: Io, sub: string | undefined, opts: { role?: string; name?: string }) {
  if (sub !== "create") throw new CliError("--sql only goes with keys create", 2);
  if (!opts.role || !API_KEY_ROLES.includes(opts.role as ApiKeyRole)) {
    throw new CliError(`keys create needs --role, one of: ${API_KEY_ROLES.join(", ")}`, 2);
  }
  const { row, key } = await mintApiKey(opts.role as ApiKeyRole, opts.name ?? `${opts.role} key`);
  await writeLine(io.stdout, apiKeyInsertSql(row));
  io.stderr.write(`API key (shown once; the SQL holds only its hash): ${key.token}\n`);
}

export async function keysCommand(database: Database, io: Io, sub: string | undefined, opts: { role?: string; name?: string; id?: string }) {
  if (sub === "create") {
    if (!opts.role || !API_KEY_ROLES.includes(opts.role as ApiKeyRole)) {
      throw new CliError(`keys create needs --role, one of: ${API_KEY_ROLES.join(", ")}`, 2);
    }
    const key = await createApiKey(database, opts.role as ApiKeyRole, opts.name ?? `${opts.role} key`);
    await writeLine(io.stdout, JSON.stringify(key));
    io.stderr.write("The token is shown once; only its hash is stored.\n");
  } else if (sub === "list") {
    for (const k of await listApiKeys(database)) await writeLine(io.stdout, JSON.stringify(k));
  } else if (sub === "revoke") {
    if (!opts.id) throw new CliError("keys revoke needs a key ID", 2);
    await revokeApiKey(database, opts.id);
    await writeLine(io.stdout, JSON.stringify({ revoked: opts.id }));
  } else {
    throw new CliError("usage: keys create --role ROLE [--name NAME] | keys list | keys revoke ID", 2);
  }
}
