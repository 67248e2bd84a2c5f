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
CREATE INDEX `comments_status_created` ON `comments` (`status`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `comments_author_status` ON `comments` (`author`,`status`);--> statement-breakpoint
CREATE INDEX `comments_article_status` ON `comments` (`article_id`,`status`);--> statement-breakpoint
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
--> statement-breakpoint
CREATE TABLE `site_policies` (
	`site` text PRIMARY KEY NOT NULL,
	`policy` text NOT NULL,
	`version` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`updated_by` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `moderation_claims` (
	`comment_id` text PRIMARY KEY NOT NULL,
	`holder` text NOT NULL,
	`claimed_at` integer NOT NULL,
	`expires_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `idempotency_keys` (
	`actor` text NOT NULL,
	`key` text NOT NULL,
	`request_hash` text NOT NULL,
	`status` integer NOT NULL,
	`response` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`actor`, `key`)
);
--> statement-breakpoint
CREATE INDEX `idempotency_keys_created` ON `idempotency_keys` (`created_at`);--> statement-breakpoint
CREATE TABLE `webhook_outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`webhook_id` text NOT NULL,
	`event_type` text NOT NULL,
	`comment_id` text NOT NULL,
	`seq` integer NOT NULL,
	`payload` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`delivered_at` integer,
	`failed_at` integer,
	`last_status` integer,
	`last_error` text,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `webhook_outbox_once` ON `webhook_outbox` (`webhook_id`,`comment_id`,`seq`,`event_type`);--> statement-breakpoint
CREATE INDEX `webhook_outbox_due` ON `webhook_outbox` (`next_attempt_at`) WHERE delivered_at IS NULL AND failed_at IS NULL;--> statement-breakpoint
CREATE TABLE `webhooks` (
	`id` text PRIMARY KEY NOT NULL,
	`url` text NOT NULL,
	`secret` text NOT NULL,
	`events` text NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` text NOT NULL,
	`disabled_at` integer
);
--> statement-breakpoint
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
CREATE INDEX `sentiment_rollups_article_bucket` ON `sentiment_rollups` (`article_id`,`bucket_start`);--> statement-breakpoint
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