// CLI entry: `npm run -s cli -- <command>`. See USAGE below.
import { parseArgs } from "node:util";
import { createAnalyzer } from "../analysis/analyze";
import { readNodeConfig } from "../node/config";
import { openDatabase } from "../node/database";
import { analyzeCommand, ingestCommand, keySqlCommand, keysCommand, scoreCommand, seedCommand, type Io } from "./commands";
import { CliError } from "./io";

const USAGE = `usage: npm run -s cli -- <command>
  analyze [--html] FILE|-        the page's analysis as JSON
  score                          JSONL {"id","text"} on stdin -> JSONL {"id","sentiment","abuse"}
  ingest FILE|DIR...             store pages in the configured database (DATABASE_URL)
  seed                           ingest seeds/
  keys create --role ROLE [--name NAME] [--sql] | keys list | keys revoke ID
                                 (--sql: print an INSERT for wrangler d1 execute, token on stderr)
  migrate                        apply database migrations`;

async function run(argv: string[], io: Io): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { html: { type: "boolean" }, role: { type: "string" }, name: { type: "string" }, sql: { type: "boolean" }, help: { type: "boolean", short: "h" } },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    io.stdout.write(USAGE + "\n");
    if (!command && !values.help) throw new CliError("no command given", 2);
    return;
  }
  if (command === "analyze") {
    if (rest.length !== 1) throw new CliError("analyze needs exactly one FILE (or - for stdin)", 2);
    return analyzeCommand(createAnalyzer(), io, rest[0]!, values.html === true);
  }
  if (command === "score") return scoreCommand(createAnalyzer(), io);
  if (!["ingest", "seed", "keys", "migrate"].includes(command)) throw new CliError(`unknown command: ${command}\n${USAGE}`, 2);
  if (command === "keys" && values.sql) return keySqlCommand(io, rest[0], { role: values.role, name: values.name });
  const config = readNodeConfig(process.env);
  const { database, close } = await openDatabase(config.databaseUrl, config.databaseAuthToken);
  try {
    if (command === "ingest") await ingestCommand(database, createAnalyzer(), io, rest);
    else if (command === "seed") await seedCommand(database, createAnalyzer(), io);
    else if (command === "keys") await keysCommand(database, io, rest[0], { role: values.role, name: values.name, id: rest[1] });
    else io.stdout.write(`migrations applied to ${config.databaseUrl}\n`);
  } finally {
    close();
  }
}

run(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).catch((err: unknown) => {
  const usage = err instanceof CliError || (err as { code?: string })?.code?.startsWith("ERR_PARSE_ARGS");
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`error: ${message.split("\n")[0]}\n`);
  process.exitCode = err instanceof CliError ? err.exitCode : usage ? 2 : 1;
});
