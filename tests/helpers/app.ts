import { createAnalyzer } from "../../src/analysis/analyze";
import { createApp, type AppDeps } from "../../src/app";
import type { ApiKeyRole } from "../../src/db/schema";
import { openDatabase } from "../../src/node/database";
import { createApiKey } from "../../src/services/api-keys";
import { silentLogger } from "../../src/api/logging";

/** A fresh app on an in-memory libSQL database with the real migrations, plus one key per role. */
export async function testApp(options: Partial<Omit<AppDeps, "database">> = {}) {
  const { database, close } = await openDatabase(":memory:");
  const app = createApp({ database, analyzer: createAnalyzer(), log: silentLogger, ...options });
  const keys = {} as Record<ApiKeyRole, string>;
  for (const role of ["admin", "moderator", "ingest", "viewer"] as const) keys[role] = (await createApiKey(database, role, role)).token;
  const call = (method: string, path: string, opts: { key?: ApiKeyRole | string | null; body?: unknown; headers?: Record<string, string> } = {}) => {
    const headers: Record<string, string> = { ...opts.headers };
    const key = opts.key === undefined ? "admin" : opts.key;
    if (key) headers.authorization = `Bearer ${key in keys ? keys[key as ApiKeyRole] : key}`;
    let body: string | undefined;
    if (opts.body !== undefined) {
      body = typeof opts.body === "string" ? opts.body : JSON.stringify(opts.body);
      headers["content-type"] ??= "application/json";
    }
    return app.request(path, { method, headers, body });
  };
  return { app, database, close, keys, call };
}

/** Response JSON for assertions (tests check shapes at run time). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const json = (res: Response): Promise<any> => res.json();
