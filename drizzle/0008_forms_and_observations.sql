CREATE TABLE `forms` (
	`id` text PRIMARY KEY NOT NULL,
	`patient_id` text NOT NULL,
	`template` text NOT NULL,
	`series_id` text NOT NULL,
	`version` integer NOT NULL,
	`supersedes_id` text,
	`status` text NOT NULL,
	`author_id` text NOT NULL,
	`period_start` text,
	`period_end` text,
	`content` text NOT NULL,
	`post_id` text,
	`client_created_at` integer NOT NULL,
	`server_created_at` integer NOT NULL,
	`finalized_at` integer,
	`finalized_by` text,
	`seq` integer NOT NULL,
	FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `forms_patient_idx` ON `forms` (`patient_id`,`seq`);--> statement-breakpoint
CREATE INDEX `forms_series_idx` ON `forms` (`series_id`);--> statement-breakpoint
CREATE TABLE `observations` (
	`id` text PRIMARY KEY NOT NULL,
	`patient_id` text NOT NULL,
	`author_id` text NOT NULL,
	`kind` text NOT NULL,
	`measured_at` integer NOT NULL,
	`post_id` text,
	`attachment_id` text,
	`vitals` text,
	`wound_score` text,
	`client_created_at` integer NOT NULL,
	`server_created_at` integer NOT NULL,
	`retracted_at` integer,
	`retracted_by` text,
	`seq` integer NOT NULL,
	FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `observations_patient_idx` ON `observations` (`patient_id`,`seq`);