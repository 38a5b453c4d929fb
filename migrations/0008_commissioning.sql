CREATE TABLE `actuals_imports` (
	`id` text PRIMARY KEY NOT NULL,
	`provider_id` text NOT NULL,
	`file_reference` text NOT NULL,
	`reference_key` text NOT NULL,
	`uploaded_at` integer NOT NULL,
	`uploaded_by` text NOT NULL,
	`summary` text NOT NULL,
	FOREIGN KEY (`provider_id`) REFERENCES `providers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `actuals_imports_reference` ON `actuals_imports` (`provider_id`,`reference_key`);--> statement-breakpoint
CREATE TABLE `exception_decisions` (
	`visit_id` text PRIMARY KEY NOT NULL,
	`outcome` text NOT NULL,
	`reason` text NOT NULL,
	`decided_by` text NOT NULL,
	`decided_at` integer NOT NULL,
	`visit_recorded_at` integer NOT NULL,
	FOREIGN KEY (`visit_id`) REFERENCES `visits`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `invoice_lines` (
	`invoice_id` text NOT NULL,
	`position` integer NOT NULL,
	`order_id` text NOT NULL,
	`service_user_ref` text NOT NULL,
	`contract_number` text NOT NULL,
	`cost_centre` text NOT NULL,
	`carer_minutes` integer NOT NULL,
	`pence` integer NOT NULL,
	`visits` text NOT NULL,
	PRIMARY KEY(`invoice_id`, `position`),
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `invoices` (
	`id` text PRIMARY KEY NOT NULL,
	`number` text NOT NULL,
	`provider_id` text NOT NULL,
	`period_number` integer NOT NULL,
	`period_start` text NOT NULL,
	`period_end` text NOT NULL,
	`status` text NOT NULL,
	`total_pence` integer NOT NULL,
	`submitted_at` integer,
	`approved_at` integer,
	`paid_at` integer,
	`payment_run` text,
	`rejection` text,
	FOREIGN KEY (`provider_id`) REFERENCES `providers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `invoices_number_unique` ON `invoices` (`number`);--> statement-breakpoint
CREATE UNIQUE INDEX `invoices_provider_period` ON `invoices` (`provider_id`,`period_start`);--> statement-breakpoint
CREATE INDEX `invoices_status` ON `invoices` (`status`,`period_start`);--> statement-breakpoint
CREATE TABLE `provider_contracts` (
	`id` text PRIMARY KEY NOT NULL,
	`provider_id` text NOT NULL,
	`number` text NOT NULL,
	`service_type` text NOT NULL,
	`cost_centre` text NOT NULL,
	`rates` text NOT NULL,
	`tolerance` text NOT NULL,
	FOREIGN KEY (`provider_id`) REFERENCES `providers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `provider_contracts_number` ON `provider_contracts` (`provider_id`,`number`);--> statement-breakpoint
CREATE TABLE `provider_queries` (
	`id` text PRIMARY KEY NOT NULL,
	`provider_id` text NOT NULL,
	`about_kind` text NOT NULL,
	`about_id` text NOT NULL,
	`team` text NOT NULL,
	`title` text NOT NULL,
	`status` text NOT NULL,
	`raised_at` integer NOT NULL,
	`closed_at` integer,
	FOREIGN KEY (`provider_id`) REFERENCES `providers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `provider_queries_provider` ON `provider_queries` (`provider_id`,`raised_at`);--> statement-breakpoint
CREATE TABLE `provider_query_messages` (
	`query_id` text NOT NULL,
	`position` integer NOT NULL,
	`at` integer NOT NULL,
	`by` text NOT NULL,
	`name` text NOT NULL,
	`side` text NOT NULL,
	`text` text NOT NULL,
	PRIMARY KEY(`query_id`, `position`),
	FOREIGN KEY (`query_id`) REFERENCES `provider_queries`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `providers` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`ref` text NOT NULL,
	`supplier_ref` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `providers_ref_unique` ON `providers` (`ref`);--> statement-breakpoint
CREATE TABLE `service_orders` (
	`id` text PRIMARY KEY NOT NULL,
	`provider_id` text NOT NULL,
	`contract_id` text NOT NULL,
	`service_user_ref` text NOT NULL,
	`versions` text NOT NULL,
	FOREIGN KEY (`provider_id`) REFERENCES `providers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`contract_id`) REFERENCES `provider_contracts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `service_orders_provider` ON `service_orders` (`provider_id`,`service_user_ref`,`id`);--> statement-breakpoint
CREATE TABLE `visits` (
	`id` text PRIMARY KEY NOT NULL,
	`provider_id` text NOT NULL,
	`order_id` text NOT NULL,
	`service_user_ref` text NOT NULL,
	`date` text NOT NULL,
	`claimed_start` text NOT NULL,
	`claimed_minutes` integer NOT NULL,
	`actual_start` integer NOT NULL,
	`actual_minutes` integer NOT NULL,
	`carers` integer NOT NULL,
	`status` text NOT NULL,
	`reason` text,
	`planned_visit_id` text,
	`file_reference` text,
	`file_row` integer,
	`recorded_at` integer NOT NULL,
	`recorded_by` text NOT NULL,
	`awaiting_decision` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`provider_id`) REFERENCES `providers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`order_id`) REFERENCES `service_orders`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `visits_order_date` ON `visits` (`order_id`,`date`,`claimed_start`);--> statement-breakpoint
CREATE INDEX `visits_person_date` ON `visits` (`provider_id`,`service_user_ref`,`date`);--> statement-breakpoint
CREATE INDEX `visits_provider_date` ON `visits` (`provider_id`,`date`);--> statement-breakpoint
CREATE INDEX `visits_awaiting_decision` ON `visits` (`date`,`id`) WHERE awaiting_decision = 1;