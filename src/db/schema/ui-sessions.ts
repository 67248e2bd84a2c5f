import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

// Moderator UI sessions. Only a SHA-256 of the cookie's session id is stored, so a database leak does
// not hand out live sessions; the CSRF token is per session and checked on every form POST.
export const uiSessions = sqliteTable(
  "ui_sessions",
  {
    idHash: text("id_hash").primaryKey(),
    keyId: text("key_id").notNull(),
    csrfToken: text("csrf_token").notNull(),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("ui_sessions_expires").on(t.expiresAt)],
);

export type UiSessionRow = typeof uiSessions.$inferSelect;
