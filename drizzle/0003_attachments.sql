CREATE TABLE `attachments` (
	`id` text PRIMARY KEY NOT NULL,
	`post_id` text NOT NULL,
	`patient_id` text NOT NULL,
	`uploaded_by` text NOT NULL,
	`facility_id` text NOT NULL,
	`kind` text NOT NULL,
	`file_name` text NOT NULL,
	`mime` text NOT NULL,
	`upload_sha256` text NOT NULL,
	`size` integer NOT NULL,
	`width` integer NOT NULL,
	`height` integer NOT NULL,
	`variants` text NOT NULL,
	`stored_bytes` integer NOT NULL,
	`client_created_at` integer NOT NULL,
	`server_created_at` integer NOT NULL,
	`seq` integer NOT NULL,
	FOREIGN KEY (`post_id`) REFERENCES `posts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`uploaded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`facility_id`) REFERENCES `facilities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `attachments_patient_idx` ON `attachments` (`patient_id`,`seq`);--> statement-breakpoint
CREATE INDEX `attachments_post_idx` ON `attachments` (`post_id`);--> statement-breakpoint
CREATE INDEX `attachments_facility_idx` ON `attachments` (`facility_id`);