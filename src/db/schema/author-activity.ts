import { integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

const counter = (name: string) => integer(name).notNull().default(0);

// Comments per (author name, site) by current status: the "author history" beside each moderation queue
// item, read with one primary-key lookup per author instead of counting the author's comments. Kept
// exact by triggers (drizzle/*_author_activity_triggers.sql) on comments (insert, delete, change of
// status, author or article) and on articles (change of site), so no service writes it directly.
export const authorActivity = sqliteTable(
  "author_activity",
  {
    author: text("author").notNull(),
    /** '' for articles without a site, else 'site:' || site (NULL cannot be part of an upsert key). */
    siteKey: text("site_key").notNull(),
    published: counter("published"),
    held: counter("held"),
    escalated: counter("escalated"),
    approved: counter("approved"),
    rejected: counter("rejected"),
    autoRejected: counter("auto_rejected"),
  },
  (t) => [primaryKey({ columns: [t.author, t.siteKey] })],
);

/** The site_key of a site (articles.site), as the triggers compute it: coalesce('site:' || site, ''). */
export const authorSiteKey = (site: string | null): string => (site === null ? "" : `site:${site}`);
