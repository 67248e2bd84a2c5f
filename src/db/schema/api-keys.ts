import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const API_KEY_ROLES = ["admin", "moderator", "ingest", "viewer"] as const;
export type ApiKeyRole = (typeof API_KEY_ROLES)[number];

// Only a SHA-256 of the secret is stored; the token shown once is "cs_<id>_<secret>".
export const apiKeys = sqliteTable("api_keys", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  role: text("role").$type<ApiKeyRole>().notNull(),
  secretHash: text("secret_hash").notNull(),
  createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  revokedAt: integer("revoked_at", { mode: "timestamp_ms" }),
});

export type ApiKeyRow = typeof apiKeys.$inferSelect;
