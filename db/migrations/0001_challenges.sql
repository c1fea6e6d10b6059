CREATE TABLE `challenges` (
	`id` text PRIMARY KEY NOT NULL,
	`session_id` text NOT NULL,
	`task_id` text NOT NULL,
	`level` text NOT NULL,
	`dataset_id` text,
	`settings` text NOT NULL,
	`secret` text NOT NULL,
	`status` text NOT NULL,
	`started_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	`remaining_ms` integer,
	`ended_at` integer,
	`revealed_at` integer,
	FOREIGN KEY (`session_id`) REFERENCES `class_sessions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`dataset_id`) REFERENCES `datasets`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `challenges_session` ON `challenges` (`session_id`,`started_at`);--> statement-breakpoint
CREATE TABLE `datasets` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`name_key` text NOT NULL,
	`task_id` text NOT NULL,
	`owner_id` text,
	`file_name` text NOT NULL,
	`bytes` blob NOT NULL,
	`stats` text NOT NULL,
	`warnings` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`owner_id`) REFERENCES `instructors`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `datasets_name` ON `datasets` (`name_key`);--> statement-breakpoint
CREATE TABLE `submissions` (
	`id` text PRIMARY KEY NOT NULL,
	`challenge_id` text NOT NULL,
	`participant_id` text,
	`is_baseline` integer DEFAULT false NOT NULL,
	`label` text,
	`config` text NOT NULL,
	`cell` text NOT NULL,
	`layers` integer NOT NULL,
	`hidden` integer NOT NULL,
	`parameters` integer NOT NULL,
	`model` blob NOT NULL,
	`claimed_score` real,
	`status` text NOT NULL,
	`public_score` real,
	`private_score` real,
	`extra` text,
	`error` text,
	`created_at` integer NOT NULL,
	`scored_at` integer,
	FOREIGN KEY (`challenge_id`) REFERENCES `challenges`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `submissions_challenge` ON `submissions` (`challenge_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `submissions_participant` ON `submissions` (`participant_id`,`created_at`);