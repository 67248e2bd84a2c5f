CREATE TABLE `articles` (
	`id` text PRIMARY KEY NOT NULL,
	`url` text,
	`site` text,
	`title` text NOT NULL,
	`body` text NOT NULL,
	`content_hash` text NOT NULL,
	`fetched_at` integer,
	`ingested_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `articles_site_ingested` ON `articles` (`site`,`ingested_at`);--> statement-breakpoint
CREATE TABLE `comments` (
	`id` text PRIMARY KEY NOT NULL,
	`article_id` text NOT NULL,
	`parent_id` text,
	`position` integer NOT NULL,
	`author` text,
	`text` text NOT NULL,
	`text_hash` text NOT NULL,
	`posted_at` text,
	`sentiment_score` real NOT NULL,
	`sentiment_label` text NOT NULL,
	`abuse_score` real NOT NULL,
	`flagged` integer NOT NULL,
	`categories` text NOT NULL,
	`category_scores` text NOT NULL,
	`matches` text NOT NULL,
	`status` text NOT NULL,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `comments_article_position` ON `comments` (`article_id`,`position`);--> statement-breakpoint
CREATE INDEX `comments_status_severity` ON `comments` (`status`,"abuse_score" DESC,`id`);--> statement-breakpoint
CREATE INDEX `comments_created` ON `comments` (`created_at`);--> statement-breakpoint
CREATE TABLE `moderation_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`comment_id` text NOT NULL,
	`seq` integer NOT NULL,
	`actor` text NOT NULL,
	`action` text NOT NULL,
	`reason` text,
	`previous_status` text,
	`new_status` text NOT NULL,
	`details` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`comment_id`) REFERENCES `comments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `moderation_events_comment_seq` ON `moderation_events` (`comment_id`,`seq`);--> statement-breakpoint
CREATE INDEX `moderation_events_created` ON `moderation_events` (`created_at`);--> statement-breakpoint
CREATE TABLE `api_keys` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`secret_hash` text NOT NULL,
	`created_at` integer NOT NULL,
	`revoked_at` integer
);
