ALTER TABLE `outbox_messages` ADD `lease_until` integer;--> statement-breakpoint
ALTER TABLE `outbox_messages` ADD `provider_id` text;--> statement-breakpoint
CREATE INDEX `outbox_messages_created` ON `outbox_messages` (`created_at`);--> statement-breakpoint
CREATE INDEX `outbox_messages_status_created` ON `outbox_messages` (`status`,`created_at`);