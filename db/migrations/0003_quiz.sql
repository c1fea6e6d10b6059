CREATE TABLE `quiz_answers` (
	`round_id` text NOT NULL,
	`question_index` integer NOT NULL,
	`participant_id` text NOT NULL,
	`answer` text NOT NULL,
	`correct` integer NOT NULL,
	`elapsed_ms` integer NOT NULL,
	`received_at` integer NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `quiz_rounds`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `quiz_answers_one_each` ON `quiz_answers` (`round_id`,`question_index`,`participant_id`);--> statement-breakpoint
CREATE INDEX `quiz_answers_participant` ON `quiz_answers` (`participant_id`);--> statement-breakpoint
CREATE TABLE `quiz_questions` (
	`instructor_id` text NOT NULL,
	`question_id` text NOT NULL,
	`topic` text NOT NULL,
	`question` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`instructor_id`) REFERENCES `instructors`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `quiz_questions_owner_id` ON `quiz_questions` (`instructor_id`,`question_id`);--> statement-breakpoint
CREATE TABLE `quiz_rounds` (
	`id` text PRIMARY KEY NOT NULL,
	`session_id` text NOT NULL,
	`settings` text NOT NULL,
	`questions` text NOT NULL,
	`mode` text NOT NULL,
	`time_limit_ms` integer NOT NULL,
	`phase` text NOT NULL,
	`question_index` integer NOT NULL,
	`question_started_at` integer NOT NULL,
	`question_ends_at` integer NOT NULL,
	`started_at` integer NOT NULL,
	`ended_at` integer,
	`dismissed_at` integer,
	FOREIGN KEY (`session_id`) REFERENCES `class_sessions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `quiz_rounds_session` ON `quiz_rounds` (`session_id`,`started_at`);