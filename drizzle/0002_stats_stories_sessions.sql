CREATE TABLE `sentiment_rollups` (
	`bucket_start` integer NOT NULL,
	`article_id` text NOT NULL,
	`site` text,
	`comments` integer DEFAULT 0 NOT NULL,
	`positive` integer DEFAULT 0 NOT NULL,
	`neutral` integer DEFAULT 0 NOT NULL,
	`negative` integer DEFAULT 0 NOT NULL,
	`score_sum` real DEFAULT 0 NOT NULL,
	`hist0` integer DEFAULT 0 NOT NULL,
	`hist1` integer DEFAULT 0 NOT NULL,
	`hist2` integer DEFAULT 0 NOT NULL,
	`hist3` integer DEFAULT 0 NOT NULL,
	`hist4` integer DEFAULT 0 NOT NULL,
	`hist5` integer DEFAULT 0 NOT NULL,
	`hist6` integer DEFAULT 0 NOT NULL,
	`hist7` integer DEFAULT 0 NOT NULL,
	`hist8` integer DEFAULT 0 NOT NULL,
	`hist9` integer DEFAULT 0 NOT NULL,
	`flagged` integer DEFAULT 0 NOT NULL,
	`cat_profanity` integer DEFAULT 0 NOT NULL,
	`cat_insult` integer DEFAULT 0 NOT NULL,
	`cat_threat` integer DEFAULT 0 NOT NULL,
	`cat_identity_attack` integer DEFAULT 0 NOT NULL,
	`cat_sexual` integer DEFAULT 0 NOT NULL,
	`cat_spam` integer DEFAULT 0 NOT NULL,
	`st_published` integer DEFAULT 0 NOT NULL,
	`st_held` integer DEFAULT 0 NOT NULL,
	`st_escalated` integer DEFAULT 0 NOT NULL,
	`st_approved` integer DEFAULT 0 NOT NULL,
	`st_rejected` integer DEFAULT 0 NOT NULL,
	`st_auto_rejected` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`bucket_start`, `article_id`)
);
--> statement-breakpoint
CREATE INDEX `sentiment_rollups_site_bucket` ON `sentiment_rollups` (`site`,`bucket_start`);--> statement-breakpoint
CREATE INDEX `sentiment_rollups_article` ON `sentiment_rollups` (`article_id`);--> statement-breakpoint
CREATE TABLE `article_stories` (
	`article_id` text PRIMARY KEY NOT NULL,
	`story_id` text NOT NULL,
	`signature` text NOT NULL,
	`similarity` real,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `article_stories_story` ON `article_stories` (`story_id`);--> statement-breakpoint
CREATE TABLE `stories` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `stories_updated` ON `stories` (`updated_at`);--> statement-breakpoint
CREATE TABLE `story_bands` (
	`band_key` text NOT NULL,
	`article_id` text NOT NULL,
	PRIMARY KEY(`band_key`, `article_id`)
);
--> statement-breakpoint
CREATE TABLE `ui_sessions` (
	`id_hash` text PRIMARY KEY NOT NULL,
	`key_id` text NOT NULL,
	`csrf_token` text NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `ui_sessions_expires` ON `ui_sessions` (`expires_at`);