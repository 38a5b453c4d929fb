CREATE TABLE `item_checks` (
	`id` text PRIMARY KEY NOT NULL,
	`item_id` text NOT NULL,
	`agency` text NOT NULL,
	`question` text NOT NULL,
	`requested_at` integer NOT NULL,
	`requested_by` text NOT NULL,
	`due_at` integer NOT NULL,
	`status` text NOT NULL,
	`response` text,
	`responded_at` integer,
	`responded_by` text,
	`withdrawn_reason` text,
	FOREIGN KEY (`item_id`) REFERENCES `intake_items`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `item_checks_agency` ON `item_checks` (`agency`,`status`,`due_at`,`id`);--> statement-breakpoint
CREATE INDEX `item_checks_item` ON `item_checks` (`item_id`,`status`);--> statement-breakpoint
CREATE TABLE `item_links` (
	`item_id` text NOT NULL,
	`kind` text NOT NULL,
	`linked_item_id` text NOT NULL,
	`reference` text NOT NULL,
	`linked_at` integer NOT NULL,
	`linked_by` text NOT NULL,
	`note` text,
	PRIMARY KEY(`item_id`, `kind`, `linked_item_id`),
	FOREIGN KEY (`item_id`) REFERENCES `intake_items`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `item_subjects` (
	`item_id` text NOT NULL,
	`position` integer NOT NULL,
	`name` text NOT NULL,
	`role` text,
	`normal_name` text,
	`given_key` text,
	`family_key` text,
	`date_of_birth` text,
	`postcode` text,
	PRIMARY KEY(`item_id`, `position`),
	FOREIGN KEY (`item_id`) REFERENCES `intake_items`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `item_subjects_name_keys` ON `item_subjects` (`family_key`,`given_key`);--> statement-breakpoint
CREATE INDEX `item_subjects_given_key` ON `item_subjects` (`given_key`);--> statement-breakpoint
CREATE INDEX `item_subjects_date_of_birth` ON `item_subjects` (`date_of_birth`);--> statement-breakpoint
CREATE INDEX `item_subjects_postcode` ON `item_subjects` (`postcode`);--> statement-breakpoint
DROP INDEX `intake_items_queue`;--> statement-breakpoint
DROP INDEX `intake_items_subject_name`;--> statement-breakpoint
DROP INDEX `intake_items_subject_dob`;--> statement-breakpoint
DROP INDEX `intake_items_subject_postcode`;--> statement-breakpoint
ALTER TABLE `intake_items` ADD `referrer_anonymous` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `intake_items` ADD `consent` text DEFAULT 'not-recorded' NOT NULL;--> statement-breakpoint
ALTER TABLE `intake_items` ADD `entered_service_at` integer;--> statement-breakpoint
ALTER TABLE `intake_items` ADD `rerouted_from` text;--> statement-breakpoint
ALTER TABLE `intake_items` ADD `acknowledged_at` integer;--> statement-breakpoint
ALTER TABLE `intake_items` ADD `assignee_subject` text;--> statement-breakpoint
ALTER TABLE `intake_items` ADD `assignee_name` text;--> statement-breakpoint
ALTER TABLE `intake_items` ADD `rag` text;--> statement-breakpoint
ALTER TABLE `intake_items` ADD `rag_reason` text;--> statement-breakpoint
ALTER TABLE `intake_items` ADD `screened_at` integer;--> statement-breakpoint
ALTER TABLE `intake_items` ADD `decision` text;--> statement-breakpoint
ALTER TABLE `intake_items` ADD `outcome` text;--> statement-breakpoint
ALTER TABLE `intake_items` ADD `feedback` text;--> statement-breakpoint
ALTER TABLE `intake_items` ADD `closed_at` integer;--> statement-breakpoint
ALTER TABLE `intake_items` ADD `closure` text;--> statement-breakpoint
ALTER TABLE `intake_items` ADD `due_at` integer;--> statement-breakpoint
ALTER TABLE `intake_items` ADD `queue_key` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Backfill the triage columns of items received before this migration (forward-only; no defaults are relied on).
-- When each item reached its service: it has never been re-routed, so on receipt.
UPDATE `intake_items` SET `entered_service_at` = `received_at` WHERE `entered_service_at` IS NULL;--> statement-breakpoint
-- Whether the referrer asked not to be named, from the referrer JSON the submission stored.
UPDATE `intake_items` SET `referrer_anonymous` = CASE WHEN json_extract(`referrer`, '$.anonymous') = 1 THEN 1 ELSE 0 END;--> statement-breakpoint
-- Consent as the form recorded it (the same rules as triage/consent.ts consentFromAnswers).
UPDATE `intake_items` SET `consent` = CASE
	WHEN json_extract(`answers`, '$."family-consent"') = 'yes' THEN 'given'
	WHEN json_extract(`answers`, '$."family-consent"') = 'no' THEN 'refused'
	WHEN json_extract(`answers`, '$."consent-sought"') = 'yes-agreed' THEN 'given'
	WHEN json_extract(`answers`, '$."consent-sought"') = 'yes-refused' THEN 'refused'
	WHEN json_extract(`answers`, '$."consent-sought"') = 'no' THEN 'not-sought'
	WHEN json_extract(`answers`, '$."consent-basis"') = 'consented' THEN 'given'
	WHEN json_extract(`answers`, '$."consent-basis"') = 'refused' THEN 'refused'
	WHEN json_extract(`answers`, '$."consent-basis"') = 'lacks-capacity' THEN 'not-sought'
	ELSE 'not-recorded'
END;--> statement-breakpoint
-- A provisional deadline and queue place: a day after receipt while open (the workflow recomputes both at its
-- next save), and NO_DEADLINE_KEY - received_at (newest first, after every deadline) once closed.
UPDATE `intake_items` SET
	`due_at` = CASE WHEN `status` = 'closed' THEN NULL ELSE `received_at` + 86400000 END,
	`queue_key` = CASE WHEN `status` = 'closed' THEN 8000000000000000 - `received_at` ELSE `received_at` + 86400000 END;--> statement-breakpoint
-- One item_subjects row per subject person. The first person's search columns were already normalised at
-- submission; later people keep an ISO-shaped date of birth only. Phonetic keys are left for a reindex.
INSERT INTO `item_subjects` (`item_id`, `position`, `name`, `role`, `normal_name`, `given_key`, `family_key`, `date_of_birth`, `postcode`)
SELECT
	i.`id`,
	s.`key`,
	coalesce(json_extract(s.`value`, '$.name'), ''),
	json_extract(s.`value`, '$.role'),
	CASE WHEN s.`key` = 0 THEN i.`subject_name` END,
	NULL,
	NULL,
	CASE
		WHEN s.`key` = 0 THEN i.`subject_date_of_birth`
		WHEN json_extract(s.`value`, '$.dateOfBirth') GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' THEN json_extract(s.`value`, '$.dateOfBirth')
	END,
	CASE WHEN s.`key` = 0 THEN i.`subject_postcode` END
FROM `intake_items` i, json_each(i.`subjects`) s
WHERE s.`type` = 'object';--> statement-breakpoint
CREATE INDEX `intake_items_open_queue` ON `intake_items` (`queue_key`,`id`,`service`,`status`,`rag`,`assignee_subject`,`due_at`) WHERE status <> 'closed';--> statement-breakpoint
CREATE INDEX `intake_items_open_counts` ON `intake_items` (`service`,`status`,`rag`,`assignee_subject`,`due_at`) WHERE status <> 'closed';--> statement-breakpoint
CREATE INDEX `intake_items_service_queue` ON `intake_items` (`service`,`status`,`queue_key`,`id`);--> statement-breakpoint
ALTER TABLE `audit_events` ADD `actor_roles` text;--> statement-breakpoint
ALTER TABLE `audit_events` ADD `actor_organisation` text;