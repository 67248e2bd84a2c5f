import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

// The stored response of a request sent with an Idempotency-Key header, per API key. It is written in
// the same batch as the decision it answers, so a retry either finds it (and gets the same response
// replayed) or finds nothing written at all.
export const idempotencyKeys = sqliteTable(
  "idempotency_keys",
  {
    actor: text("actor").notNull(),
    key: text("key").notNull(),
    /** SHA-256 of method, path and body: the same key with a different request is refused. */
    requestHash: text("request_hash").notNull(),
    status: integer("status").notNull(),
    response: text("response", { mode: "json" }).$type<unknown>().notNull(),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.actor, t.key] }), index("idempotency_keys_created").on(t.createdAt)],
);

export type IdempotencyKeyRow = typeof idempotencyKeys.$inferSelect;
