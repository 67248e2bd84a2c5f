CREATE TABLE `author_activity` (
	`author` text NOT NULL,
	`site_key` text NOT NULL,
	`published` integer DEFAULT 0 NOT NULL,
	`held` integer DEFAULT 0 NOT NULL,
	`escalated` integer DEFAULT 0 NOT NULL,
	`approved` integer DEFAULT 0 NOT NULL,
	`rejected` integer DEFAULT 0 NOT NULL,
	`auto_rejected` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`author`, `site_key`)
);
