import { count, eq } from "drizzle-orm";
import type { Database } from "../db/database";
import { apiKeys, type ApiKeyRole } from "../db/schema";

type NewApiKeyRow = typeof apiKeys.$inferInsert & { createdAt: Date };
import { randomToken, timingSafeEqual, toHex } from "../lib/crypto";
import { sha256HexSync } from "../lib/sha256";
import { NotFoundError } from "./errors";

export interface Principal {
  keyId: string;
  role: ApiKeyRole;
}

export interface CreatedKey {
  id: string;
  name: string;
  role: ApiKeyRole;
  /** Shown once: only its hash is stored. */
  token: string;
}

const TOKEN_RE = /^cs_([0-9a-f]{12})_([A-Za-z0-9_-]{20,100})$/;

function newKeyId(): string {
  const b = new Uint8Array(6);
  crypto.getRandomValues(b);
  return toHex(b);
}

/** A new key: the row to store (only the secret's hash) and the token to show once. Stores nothing. */
export async function mintApiKey(role: ApiKeyRole, name: string, now = new Date()): Promise<{ row: NewApiKeyRow; key: CreatedKey }> {
  const id = newKeyId();
  const secret = randomToken(32);
  const row = { id, name, role, secretHash: sha256HexSync(secret), createdAt: now };
  return { row, key: { id, name, role, token: `cs_${id}_${secret}` } };
}

export async function createApiKey(database: Database, role: ApiKeyRole, name: string, now = new Date()): Promise<CreatedKey> {
  const { row, key } = await mintApiKey(role, name, now);
  await database.db.insert(apiKeys).values(row);
  return key;
}

const sqlString = (s: string) => `'${s.replaceAll("'", "''")}'`;

/**
 * The INSERT that stores a minted key, for databases this process cannot reach: a Worker's D1 has no
 * console at first start, so its first admin key goes in with `wrangler d1 execute DB --file`.
 * The statement holds only the hash; the token never enters the SQL.
 */
export function apiKeyInsertSql(row: NewApiKeyRow): string {
  const values = [sqlString(row.id), sqlString(row.name), sqlString(row.role), sqlString(row.secretHash), String(row.createdAt.getTime())];
  return `INSERT INTO api_keys (id, name, role, secret_hash, created_at) VALUES (${values.join(", ")});`;
}

/**
 * How long a successful lookup is reused. A revocation made through this process (or Worker isolate)
 * drops its entries at once; one made elsewhere (another process, isolate, or the CLI) takes effect
 * within this long.
 */
export const API_KEY_CACHE_MS = 5_000;
const MAX_CACHED_KEYS = 1_000;

/** Successful lookups by token, per database (a token is only meaningful for the database it was read from). */
const cache = new Map<string, { origin: object; principal: Principal; until: number }>();

/** Resolves a bearer token to its key, or null. The secret's hash is compared in constant time. */
export async function authenticate(database: Database, token: string, now = Date.now()): Promise<Principal | null> {
  const hit = cache.get(token);
  if (hit && hit.origin === database.origin && hit.until > now) return hit.principal;
  const m = TOKEN_RE.exec(token);
  if (!m) return null;
  const [, id, secret] = m as unknown as [string, string, string];
  const row = (await database.db.select().from(apiKeys).where(eq(apiKeys.id, id)).limit(1))[0];
  const actual = sha256HexSync(secret);
  // Compare even when the key is unknown so timing does not reveal which ids exist.
  const ok = timingSafeEqual(actual, row?.secretHash ?? "0".repeat(64));
  if (!row || !ok || row.revokedAt) return null;
  const principal: Principal = { keyId: row.id, role: row.role };
  if (cache.size >= MAX_CACHED_KEYS) cache.clear();
  cache.set(token, { origin: database.origin, principal, until: now + API_KEY_CACHE_MS });
  return principal;
}

/** Forgets cached lookups of a key (on revocation). */
function forgetKey(id: string): void {
  for (const [token, entry] of cache) if (entry.principal.keyId === id) cache.delete(token);
}

export async function listApiKeys(database: Database) {
  const rows = await database.db.select().from(apiKeys).orderBy(apiKeys.createdAt);
  return rows.map(({ secretHash: _omit, ...rest }) => rest);
}

export async function revokeApiKey(database: Database, id: string, now = new Date()): Promise<void> {
  forgetKey(id);
  const res = await database.db.update(apiKeys).set({ revokedAt: now }).where(eq(apiKeys.id, id)).returning({ id: apiKeys.id });
  // Again after the write: a lookup that read the row just before it may have cached it meanwhile.
  forgetKey(id);
  if (res.length === 0) throw new NotFoundError("API key", id);
}

/** On a database with no keys at all, creates the first admin key; returns it, or null if keys exist. */
export async function ensureBootstrapKey(database: Database): Promise<CreatedKey | null> {
  const [row] = await database.db.select({ n: count() }).from(apiKeys);
  if ((row?.n ?? 0) > 0) return null;
  return createApiKey(database, "admin", "bootstrap admin");
}
