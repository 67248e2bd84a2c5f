DROP INDEX `comments_status_severity`;--> statement-breakpoint
DROP INDEX `comments_status_created`;--> statement-breakpoint
CREATE INDEX `comments_status_severity` ON `comments` (`status`,"abuse_score" DESC,`id`,`article_id`);--> statement-breakpoint
CREATE INDEX `comments_status_created` ON `comments` (`status`,`created_at`,`id`,`article_id`);