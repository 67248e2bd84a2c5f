-- author_activity (comments per author name and site, by status) is kept exact by these triggers, so
-- the moderation queue reads an author's history with one primary-key lookup. Hand-written: drizzle-kit
-- has no trigger support. site_key = coalesce('site:' || articles.site, '') (see src/db/schema/author-activity.ts).
INSERT INTO author_activity (author, site_key, published, held, escalated, approved, rejected, auto_rejected)
SELECT c.author, coalesce('site:' || a.site, ''), sum(c.status = 'published'), sum(c.status = 'held'), sum(c.status = 'escalated'), sum(c.status = 'approved'), sum(c.status = 'rejected'), sum(c.status = 'auto_rejected')
FROM comments c JOIN articles a ON a.id = c.article_id WHERE c.author IS NOT NULL GROUP BY 1, 2;
--> statement-breakpoint
CREATE TRIGGER author_activity_comment_insert AFTER INSERT ON comments WHEN NEW.author IS NOT NULL BEGIN
  INSERT INTO author_activity (author, site_key, published, held, escalated, approved, rejected, auto_rejected)
  VALUES (NEW.author, coalesce((SELECT 'site:' || site FROM articles WHERE id = NEW.article_id), ''), NEW.status = 'published', NEW.status = 'held', NEW.status = 'escalated', NEW.status = 'approved', NEW.status = 'rejected', NEW.status = 'auto_rejected')
  ON CONFLICT (author, site_key) DO UPDATE SET published = published + excluded.published, held = held + excluded.held, escalated = escalated + excluded.escalated, approved = approved + excluded.approved, rejected = rejected + excluded.rejected, auto_rejected = auto_rejected + excluded.auto_rejected;
END;
--> statement-breakpoint
CREATE TRIGGER author_activity_comment_delete AFTER DELETE ON comments WHEN OLD.author IS NOT NULL BEGIN
  UPDATE author_activity SET published = published - (OLD.status = 'published'), held = held - (OLD.status = 'held'), escalated = escalated - (OLD.status = 'escalated'), approved = approved - (OLD.status = 'approved'), rejected = rejected - (OLD.status = 'rejected'), auto_rejected = auto_rejected - (OLD.status = 'auto_rejected')
  WHERE author = OLD.author AND site_key = coalesce((SELECT 'site:' || site FROM articles WHERE id = OLD.article_id), '');
END;
--> statement-breakpoint
CREATE TRIGGER author_activity_comment_update AFTER UPDATE OF status, author, article_id ON comments
WHEN OLD.status IS NOT NEW.status OR OLD.author IS NOT NEW.author OR OLD.article_id IS NOT NEW.article_id BEGIN
  UPDATE author_activity SET published = published - (OLD.status = 'published'), held = held - (OLD.status = 'held'), escalated = escalated - (OLD.status = 'escalated'), approved = approved - (OLD.status = 'approved'), rejected = rejected - (OLD.status = 'rejected'), auto_rejected = auto_rejected - (OLD.status = 'auto_rejected')
  WHERE OLD.author IS NOT NULL AND author = OLD.author AND site_key = coalesce((SELECT 'site:' || site FROM articles WHERE id = OLD.article_id), '');
  INSERT INTO author_activity (author, site_key, published, held, escalated, approved, rejected, auto_rejected)
  SELECT NEW.author, coalesce((SELECT 'site:' || site FROM articles WHERE id = NEW.article_id), ''), NEW.status = 'published', NEW.status = 'held', NEW.status = 'escalated', NEW.status = 'approved', NEW.status = 'rejected', NEW.status = 'auto_rejected' WHERE NEW.author IS NOT NULL
  ON CONFLICT (author, site_key) DO UPDATE SET published = published + excluded.published, held = held + excluded.held, escalated = escalated + excluded.escalated, approved = approved + excluded.approved, rejected = rejected + excluded.rejected, auto_rejected = auto_rejected + excluded.auto_rejected;
END;
--> statement-breakpoint
CREATE TRIGGER author_activity_article_site AFTER UPDATE OF site ON articles WHEN OLD.site IS NOT NEW.site BEGIN
  UPDATE author_activity SET published = author_activity.published - x.published, held = author_activity.held - x.held, escalated = author_activity.escalated - x.escalated, approved = author_activity.approved - x.approved, rejected = author_activity.rejected - x.rejected, auto_rejected = author_activity.auto_rejected - x.auto_rejected
  FROM (SELECT author, sum(status = 'published') AS published, sum(status = 'held') AS held, sum(status = 'escalated') AS escalated, sum(status = 'approved') AS approved, sum(status = 'rejected') AS rejected, sum(status = 'auto_rejected') AS auto_rejected FROM comments WHERE article_id = NEW.id AND author IS NOT NULL GROUP BY author) AS x
  WHERE author_activity.author = x.author AND author_activity.site_key = coalesce('site:' || OLD.site, '');
  INSERT INTO author_activity (author, site_key, published, held, escalated, approved, rejected, auto_rejected)
  SELECT author, coalesce('site:' || NEW.site, ''), sum(status = 'published'), sum(status = 'held'), sum(status = 'escalated'), sum(status = 'approved'), sum(status = 'rejected'), sum(status = 'auto_rejected') FROM comments WHERE article_id = NEW.id AND author IS NOT NULL GROUP BY author
  ON CONFLICT (author, site_key) DO UPDATE SET published = published + excluded.published, held = held + excluded.held, escalated = escalated + excluded.escalated, approved = approved + excluded.approved, rejected = rejected + excluded.rejected, auto_rejected = auto_rejected + excluded.auto_rejected;
END;
