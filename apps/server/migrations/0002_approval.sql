CREATE TABLE "approval_cc" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"instance_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp (3) with time zone,
	CONSTRAINT "approval_cc_instance_user" UNIQUE("instance_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "approval_definition_versions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"request_type_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"form_schema" jsonb NOT NULL,
	"definition" jsonb NOT NULL,
	"published_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"published_by" uuid,
	CONSTRAINT "approval_definition_versions_type_version" UNIQUE("request_type_id","version")
);
--> statement-breakpoint
CREATE TABLE "approval_delegations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"delegate_id" uuid NOT NULL,
	"starts_at" timestamp (3) with time zone NOT NULL,
	"ends_at" timestamp (3) with time zone NOT NULL,
	"created_by" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "approval_instances" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"number" text NOT NULL,
	"title" text NOT NULL,
	"request_type_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"initiator_id" uuid NOT NULL,
	"department_id" uuid,
	"status" text NOT NULL,
	"state" jsonb NOT NULL,
	"revision" integer DEFAULT 0 NOT NULL,
	"document_type" text,
	"document_id" uuid,
	"document_number" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "approval_request_types" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"category" text NOT NULL,
	"description" text,
	"enabled" boolean DEFAULT true NOT NULL,
	"draft_form_schema" jsonb,
	"draft_definition" jsonb,
	"published_version" integer,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "approval_request_types_tenant_code" UNIQUE("tenant_id","code")
);
--> statement-breakpoint
CREATE TABLE "approval_tasks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"instance_id" uuid NOT NULL,
	"node_id" text NOT NULL,
	"node_name" text NOT NULL,
	"assignee_id" uuid NOT NULL,
	"on_behalf_of" uuid,
	"status" text NOT NULL,
	"kind" text NOT NULL,
	"received_at" timestamp (3) with time zone,
	"decided_at" timestamp (3) with time zone
);
--> statement-breakpoint
ALTER TABLE "approval_cc" ADD CONSTRAINT "approval_cc_instance_id_approval_instances_id_fk" FOREIGN KEY ("instance_id") REFERENCES "public"."approval_instances"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "approval_definition_versions" ADD CONSTRAINT "approval_definition_versions_request_type_id_approval_request_types_id_fk" FOREIGN KEY ("request_type_id") REFERENCES "public"."approval_request_types"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "approval_instances" ADD CONSTRAINT "approval_instances_request_type_id_approval_request_types_id_fk" FOREIGN KEY ("request_type_id") REFERENCES "public"."approval_request_types"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "approval_tasks" ADD CONSTRAINT "approval_tasks_instance_id_approval_instances_id_fk" FOREIGN KEY ("instance_id") REFERENCES "public"."approval_instances"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "approval_cc_user" ON "approval_cc" USING btree ("tenant_id","user_id");--> statement-breakpoint
CREATE INDEX "approval_delegations_user" ON "approval_delegations" USING btree ("tenant_id","user_id");--> statement-breakpoint
CREATE INDEX "approval_instances_tenant_initiator" ON "approval_instances" USING btree ("tenant_id","initiator_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "approval_instances_live_document" ON "approval_instances" USING btree ("tenant_id","document_type","document_id") WHERE status in ('running', 'returned') and document_id is not null;--> statement-breakpoint
CREATE INDEX "approval_instances_document" ON "approval_instances" USING btree ("tenant_id","document_type","document_id");--> statement-breakpoint
CREATE INDEX "approval_tasks_assignee_status" ON "approval_tasks" USING btree ("tenant_id","assignee_id","status");--> statement-breakpoint
CREATE INDEX "approval_tasks_instance" ON "approval_tasks" USING btree ("instance_id");