CREATE TABLE `portal_submissions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ip` text NOT NULL,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `portal_submissions_ip_idx` ON `portal_submissions` (`ip`,`at`);--> statement-breakpoint
CREATE TABLE `account_notices` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`kind` text NOT NULL,
	`details` text,
	`created_at` integer NOT NULL,
	`read_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `account_notices_user_idx` ON `account_notices` (`user_id`,`created_at`);--> statement-breakpoint
ALTER TABLE `sessions` ADD `reauthenticated_at` integer;--> statement-breakpoint
ALTER TABLE `login_attempts` ADD `step` text DEFAULT 'password' NOT NULL;--> statement-breakpoint
ALTER TABLE `webauthn_challenges` ADD `ip` text;--> statement-breakpoint
CREATE INDEX `webauthn_challenges_ip_idx` ON `webauthn_challenges` (`ip`,`expires_at`);