// Builds an ApiTarget's pieces the same way on both targets: keys through the api-keys service, and a
// `call` that turns (method, path, role) into a Request.
import type { Database } from "../../src/db/database";
import { API_KEY_ROLES, type ApiKeyRole } from "../../src/db/schema";
import { createApiKey } from "../../src/services/api-keys";
import type { CallOptions } from "./api-suite";

export async function createRoleKeys(database: Database): Promise<Record<ApiKeyRole, string>> {
  const keys = {} as Record<ApiKeyRole, string>;
  for (const role of API_KEY_ROLES) keys[role] = (await createApiKey(database, role, `test ${role}`)).token;
  return keys;
}

export function fetcherFor(fetch: (request: Request) => Promise<Response> | Response, keys: Record<ApiKeyRole, string>) {
  return async (method: string, path: string, options: CallOptions = {}): Promise<Response> => {
    const headers = new Headers();
    const key = options.key === undefined ? "admin" : options.key;
    if (key) headers.set("authorization", `Bearer ${key in keys ? keys[key as ApiKeyRole] : key}`);
    let body: string | undefined;
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers.set("content-type", "application/json");
    }
    return fetch(new Request(`http://sentinel.test${path}`, { method, headers, body }));
  };
}
