CREATE TABLE `devices` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`key_hash` blob NOT NULL,
	`name` text NOT NULL,
	`os` text,
	`browser` text,
	`user_agent` text,
	`status` text NOT NULL,
	`first_seen_at` integer NOT NULL,
	`last_seen_at` integer NOT NULL,
	`last_ip` text,
	`decided_at` integer,
	`decided_by` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `devices_user_key_idx` ON `devices` (`user_id`,`key_hash`);--> statement-breakpoint
CREATE INDEX `devices_status_idx` ON `devices` (`status`);--> statement-breakpoint
CREATE TABLE `passkeys` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`public_key` blob NOT NULL,
	`counter` integer NOT NULL,
	`transports` text,
	`device_type` text,
	`backed_up` integer DEFAULT false NOT NULL,
	`name` text NOT NULL,
	`created_at` integer NOT NULL,
	`last_used_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `passkeys_user_idx` ON `passkeys` (`user_id`);--> statement-breakpoint
CREATE TABLE `recovery_codes` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`code_hash` blob NOT NULL,
	`created_at` integer NOT NULL,
	`used_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `recovery_codes_user_idx` ON `recovery_codes` (`user_id`);--> statement-breakpoint
CREATE TABLE `totp_credentials` (
	`user_id` text PRIMARY KEY NOT NULL,
	`secret` blob NOT NULL,
	`last_used_step` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `webauthn_challenges` (
	`id` text PRIMARY KEY NOT NULL,
	`challenge` text NOT NULL,
	`user_id` text,
	`purpose` text NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `facility_applications` (
	`id` text PRIMARY KEY NOT NULL,
	`region_id` text NOT NULL,
	`facility_name` text NOT NULL,
	`facility_name_kana` text,
	`prefecture` text NOT NULL,
	`municipality` text NOT NULL,
	`kind` text NOT NULL,
	`contact_family_name` text NOT NULL,
	`contact_given_name` text NOT NULL,
	`contact_family_name_kana` text NOT NULL,
	`contact_given_name_kana` text NOT NULL,
	`profession` text NOT NULL,
	`email` text NOT NULL,
	`login_id` text NOT NULL,
	`password_hash` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`submitted_at` integer NOT NULL,
	`submitted_ip` text,
	`decided_at` integer,
	`decided_by` text,
	`rejection_reason` text,
	`facility_id` text,
	FOREIGN KEY (`region_id`) REFERENCES `regions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`facility_id`) REFERENCES `facilities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `facility_applications_region_idx` ON `facility_applications` (`region_id`,`status`);--> statement-breakpoint
CREATE INDEX `facility_applications_login_idx` ON `facility_applications` (`login_id`);--> statement-breakpoint
CREATE TABLE `withdrawal_requests` (
	`id` text PRIMARY KEY NOT NULL,
	`facility_id` text NOT NULL,
	`reason` text NOT NULL,
	`desired_date` text,
	`status` text DEFAULT 'pending' NOT NULL,
	`requested_by` text NOT NULL,
	`requested_at` integer NOT NULL,
	`decided_by` text,
	`decided_at` integer,
	FOREIGN KEY (`facility_id`) REFERENCES `facilities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`requested_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `withdrawal_requests_facility_idx` ON `withdrawal_requests` (`facility_id`,`status`);--> statement-breakpoint
CREATE TABLE `mail_outbox` (
	`id` text PRIMARY KEY NOT NULL,
	`region_id` text,
	`template` text NOT NULL,
	`to` text NOT NULL,
	`subject` text NOT NULL,
	`body` text NOT NULL,
	`created_at` integer NOT NULL,
	`sent_at` integer,
	`attempts` integer DEFAULT 0 NOT NULL,
	`last_error` text,
	FOREIGN KEY (`region_id`) REFERENCES `regions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `mail_outbox_region_idx` ON `mail_outbox` (`region_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `mail_outbox_unsent_idx` ON `mail_outbox` (`sent_at`);--> statement-breakpoint
ALTER TABLE `facilities` ADD `prefecture` text;--> statement-breakpoint
ALTER TABLE `facilities` ADD `municipality` text;--> statement-breakpoint
ALTER TABLE `facilities` ADD `withdrawn_at` integer;--> statement-breakpoint
ALTER TABLE `regions` ADD `slug` text;--> statement-breakpoint
ALTER TABLE `regions` ADD `device_approval_required` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `regions` ADD `two_factor_policy` text DEFAULT 'administrators' NOT NULL;--> statement-breakpoint
ALTER TABLE `regions` ADD `idle_timeout_minutes` integer;--> statement-breakpoint
ALTER TABLE `regions` ADD `post_categories` text;--> statement-breakpoint
CREATE UNIQUE INDEX `regions_slug_idx` ON `regions` (`slug`);--> statement-breakpoint
ALTER TABLE `users` ADD `email` text;--> statement-breakpoint
ALTER TABLE `sessions` ADD `device_id` text REFERENCES devices(id);--> statement-breakpoint
ALTER TABLE `sessions` ADD `second_factor_at` integer;--> statement-breakpoint
CREATE INDEX `sessions_device_idx` ON `sessions` (`device_id`);