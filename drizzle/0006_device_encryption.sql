ALTER TABLE `regions` ADD `lock_after_minutes` integer DEFAULT 5 NOT NULL;--> statement-breakpoint
ALTER TABLE `regions` ADD `offline_limit_hours` integer DEFAULT 72 NOT NULL;--> statement-breakpoint
ALTER TABLE `devices` ADD `key_secret` blob;