CREATE TABLE `item_messages` (
	`id` text PRIMARY KEY NOT NULL,
	`item_id` text NOT NULL,
	`direction` text NOT NULL,
	`body` text NOT NULL,
	`reply_to` text,
	`author_subject` text NOT NULL,
	`author_name` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`item_id`) REFERENCES `intake_items`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `item_messages_item` ON `item_messages` (`item_id`,`created_at`);--> statement-breakpoint
ALTER TABLE `attachments` ADD `message_id` text;--> statement-breakpoint
ALTER TABLE `intake_items` ADD `question_id` text;--> statement-breakpoint
ALTER TABLE `intake_items` ADD `question_asked_at` integer;