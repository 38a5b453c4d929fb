CREATE TABLE `attachments` (
	`id` text PRIMARY KEY NOT NULL,
	`draft_id` text,
	`item_id` text,
	`name` text NOT NULL,
	`size` integer NOT NULL,
	`media_type` text NOT NULL,
	`sha256` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`draft_id`) REFERENCES `form_drafts`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`item_id`) REFERENCES `intake_items`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `attachments_draft` ON `attachments` (`draft_id`);--> statement-breakpoint
CREATE INDEX `attachments_item` ON `attachments` (`item_id`);--> statement-breakpoint
CREATE INDEX `attachments_sha256` ON `attachments` (`sha256`);--> statement-breakpoint
CREATE TABLE `audit_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`occurred_at` integer NOT NULL,
	`action` text NOT NULL,
	`actor_subject` text,
	`portal` text NOT NULL,
	`item_id` text,
	`details` text
);
--> statement-breakpoint
CREATE INDEX `audit_events_item` ON `audit_events` (`item_id`,`occurred_at`);--> statement-breakpoint
CREATE INDEX `audit_events_occurred` ON `audit_events` (`occurred_at`);--> statement-breakpoint
CREATE TABLE `form_drafts` (
	`id` text PRIMARY KEY NOT NULL,
	`portal` text NOT NULL,
	`form_id` text NOT NULL,
	`form_version` integer NOT NULL,
	`owner_subject` text,
	`answers` text NOT NULL,
	`visited_page_ids` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`submitted_item_id` text,
	`submitted_at` integer
);
--> statement-breakpoint
CREATE INDEX `form_drafts_owner` ON `form_drafts` (`owner_subject`,`portal`,`updated_at`);--> statement-breakpoint
CREATE INDEX `form_drafts_expires` ON `form_drafts` (`expires_at`);--> statement-breakpoint
CREATE TABLE `intake_items` (
	`id` text PRIMARY KEY NOT NULL,
	`reference` text NOT NULL,
	`draft_id` text,
	`service` text NOT NULL,
	`portal` text NOT NULL,
	`form_id` text NOT NULL,
	`form_version` integer NOT NULL,
	`answers` text NOT NULL,
	`subjects` text NOT NULL,
	`subject_name` text,
	`subject_date_of_birth` text,
	`subject_postcode` text,
	`referrer` text NOT NULL,
	`referrer_subject` text,
	`referrer_organisation` text,
	`referrer_organisation_type` text,
	`received_at` integer NOT NULL,
	`status` text DEFAULT 'received' NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `intake_items_reference_unique` ON `intake_items` (`reference`);--> statement-breakpoint
CREATE UNIQUE INDEX `intake_items_draft_id_unique` ON `intake_items` (`draft_id`);--> statement-breakpoint
CREATE INDEX `intake_items_queue` ON `intake_items` (`service`,`status`,`received_at`);--> statement-breakpoint
CREATE INDEX `intake_items_received` ON `intake_items` (`received_at`);--> statement-breakpoint
CREATE INDEX `intake_items_subject_name` ON `intake_items` (`subject_name`);--> statement-breakpoint
CREATE INDEX `intake_items_subject_dob` ON `intake_items` (`subject_date_of_birth`);--> statement-breakpoint
CREATE INDEX `intake_items_subject_postcode` ON `intake_items` (`subject_postcode`);--> statement-breakpoint
CREATE INDEX `intake_items_referrer` ON `intake_items` (`referrer_subject`,`received_at`);--> statement-breakpoint
CREATE INDEX `intake_items_referrer_organisation` ON `intake_items` (`referrer_organisation`);--> statement-breakpoint
CREATE TABLE `resume_tokens` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`draft_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	FOREIGN KEY (`draft_id`) REFERENCES `form_drafts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `resume_tokens_draft` ON `resume_tokens` (`draft_id`);--> statement-breakpoint
CREATE TABLE `server_secrets` (
	`name` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`created_at` integer NOT NULL
);
