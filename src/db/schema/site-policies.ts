import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import type { AbuseCategory } from "../../analysis/types";

/** Per category: hold for review at or above `hold`; reject automatically at or above `reject` (null = never). */
export interface CategoryThreshold {
  hold: number;
  reject: number | null;
}

export interface ModerationPolicy {
  categories: Record<AbuseCategory, CategoryThreshold>;
  /** Hold anything the analyser itself flagged, even below this site's hold thresholds. */
  holdWhenFlagged: boolean;
}

// One row per site that overrides the documented default policy. Sites without a row use the default.
// `version` grows with each change so a client can tell which policy decided an event (it is in the
// event's details).
export const sitePolicies = sqliteTable("site_policies", {
  site: text("site").primaryKey(),
  policy: text("policy", { mode: "json" }).$type<ModerationPolicy>().notNull(),
  version: integer("version").notNull(),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  /** API key id of the admin who last changed it. */
  updatedBy: text("updated_by").notNull(),
});

export type SitePolicyRow = typeof sitePolicies.$inferSelect;
