CREATE TABLE `care_team_members` (
	`patient_id` text NOT NULL,
	`user_id` text NOT NULL,
	`role` text NOT NULL,
	`added_by` text NOT NULL,
	`added_at` integer NOT NULL,
	`removed_by` text,
	`removed_at` integer,
	`seq` integer NOT NULL,
	PRIMARY KEY(`patient_id`, `user_id`),
	FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `care_team_members_user_idx` ON `care_team_members` (`user_id`,`seq`);--> statement-breakpoint
CREATE TABLE `patients` (
	`id` text PRIMARY KEY NOT NULL,
	`region_id` text NOT NULL,
	`registered_by_facility_id` text NOT NULL,
	`registered_by` text NOT NULL,
	`name` text NOT NULL,
	`name_kana` text NOT NULL,
	`birth_date` text NOT NULL,
	`sex` text NOT NULL,
	`address` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`key_person_name` text DEFAULT '' NOT NULL,
	`key_person_relation` text DEFAULT '' NOT NULL,
	`key_person_phone` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`consent_obtained_on` text,
	`consent_recorded_by` text,
	`archived_at` integer,
	`created_at` integer NOT NULL,
	`seq` integer NOT NULL,
	FOREIGN KEY (`region_id`) REFERENCES `regions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`registered_by_facility_id`) REFERENCES `facilities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`registered_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`consent_recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `patients_region_idx` ON `patients` (`region_id`);--> statement-breakpoint
CREATE INDEX `patients_seq_idx` ON `patients` (`seq`);--> statement-breakpoint
CREATE TABLE `sync_sequence` (
	`id` integer PRIMARY KEY NOT NULL,
	`value` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `comments` (
	`id` text PRIMARY KEY NOT NULL,
	`post_id` text NOT NULL,
	`patient_id` text NOT NULL,
	`author_id` text NOT NULL,
	`body` text NOT NULL,
	`client_created_at` integer NOT NULL,
	`server_created_at` integer NOT NULL,
	`retracted_at` integer,
	`retracted_by` text,
	`seq` integer NOT NULL,
	FOREIGN KEY (`post_id`) REFERENCES `posts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `comments_patient_idx` ON `comments` (`patient_id`,`seq`);--> statement-breakpoint
CREATE INDEX `comments_post_idx` ON `comments` (`post_id`);--> statement-breakpoint
CREATE TABLE `post_versions` (
	`post_id` text NOT NULL,
	`revision` integer NOT NULL,
	`category` text NOT NULL,
	`body` text NOT NULL,
	`edited_by` text NOT NULL,
	`edited_at` integer NOT NULL,
	PRIMARY KEY(`post_id`, `revision`),
	FOREIGN KEY (`post_id`) REFERENCES `posts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `posts` (
	`id` text PRIMARY KEY NOT NULL,
	`patient_id` text NOT NULL,
	`author_id` text NOT NULL,
	`category` text NOT NULL,
	`body` text NOT NULL,
	`visibility` text NOT NULL,
	`recipient_ids` text NOT NULL,
	`client_created_at` integer NOT NULL,
	`server_created_at` integer NOT NULL,
	`revision` integer DEFAULT 1 NOT NULL,
	`edited_at` integer,
	`edited_by` text,
	`retracted_at` integer,
	`retracted_by` text,
	`retract_reason` text,
	`seq` integer NOT NULL,
	FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `posts_patient_idx` ON `posts` (`patient_id`,`seq`);--> statement-breakpoint
CREATE TABLE `read_receipts` (
	`post_id` text NOT NULL,
	`user_id` text NOT NULL,
	`patient_id` text NOT NULL,
	`read_at` integer NOT NULL,
	`received_at` integer NOT NULL,
	`seq` integer NOT NULL,
	PRIMARY KEY(`post_id`, `user_id`),
	FOREIGN KEY (`post_id`) REFERENCES `posts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `read_receipts_patient_idx` ON `read_receipts` (`patient_id`,`seq`);