CREATE TABLE "partners" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"is_customer" boolean DEFAULT false NOT NULL,
	"is_supplier" boolean DEFAULT false NOT NULL,
	"credit_code" text,
	"payment_term_days" integer DEFAULT 30 NOT NULL,
	"contact_name" text,
	"phone" text,
	"address" text,
	"enabled" boolean DEFAULT true NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partners_tenant_code" UNIQUE("tenant_id","code")
);
--> statement-breakpoint
CREATE TABLE "fin_account_balances" (
	"tenant_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"period" integer NOT NULL,
	"debit" numeric(20, 2) DEFAULT '0' NOT NULL,
	"credit" numeric(20, 2) DEFAULT '0' NOT NULL,
	CONSTRAINT "fin_account_balances_pk" PRIMARY KEY("tenant_id","account_id","period")
);
--> statement-breakpoint
CREATE TABLE "fin_accounts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"parent_id" uuid,
	"level" integer NOT NULL,
	"category" text NOT NULL,
	"direction" text NOT NULL,
	"is_leaf" boolean DEFAULT true NOT NULL,
	"dimensions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"is_cash" boolean DEFAULT false NOT NULL,
	"is_system" boolean DEFAULT false NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fin_accounts_tenant_code" UNIQUE("tenant_id","code")
);
--> statement-breakpoint
CREATE TABLE "fin_budgets" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"period" integer NOT NULL,
	"amount" numeric(18, 2) NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fin_budgets_cell" UNIQUE("tenant_id","department_id","account_id","period"),
	CONSTRAINT "fin_budgets_non_negative" CHECK ("fin_budgets"."amount" >= 0)
);
--> statement-breakpoint
CREATE TABLE "fin_cash_accounts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"bank_name" text,
	"account_no" text,
	"ledger_account_id" uuid NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fin_cash_accounts_ledger" UNIQUE("tenant_id","ledger_account_id")
);
--> statement-breakpoint
CREATE TABLE "fin_invoices" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"number" text NOT NULL,
	"partner_id" uuid NOT NULL,
	"document_date" date NOT NULL,
	"due_date" date NOT NULL,
	"tax_inclusive" boolean DEFAULT true NOT NULL,
	"lines" jsonb NOT NULL,
	"net_amount" numeric(18, 2) NOT NULL,
	"tax_amount" numeric(18, 2) NOT NULL,
	"gross_amount" numeric(18, 2) NOT NULL,
	"status" text DEFAULT 'posted' NOT NULL,
	"voucher_id" uuid,
	"summary" text,
	"created_by" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fin_invoices_number" UNIQUE("tenant_id","number")
);
--> statement-breakpoint
CREATE TABLE "fin_open_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"partner_id" uuid NOT NULL,
	"source_type" text NOT NULL,
	"source_id" text NOT NULL,
	"source_number" text NOT NULL,
	"document_date" date NOT NULL,
	"due_date" date NOT NULL,
	"amount" numeric(18, 2) NOT NULL,
	"settled" numeric(18, 2) DEFAULT '0' NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"voucher_id" uuid,
	"summary" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fin_open_items_source" UNIQUE("tenant_id","kind","source_type","source_id"),
	CONSTRAINT "fin_open_items_settled_range" CHECK ("fin_open_items"."amount" > 0 and "fin_open_items"."settled" >= 0 and "fin_open_items"."settled" <= "fin_open_items"."amount")
);
--> statement-breakpoint
CREATE TABLE "fin_payments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"direction" text NOT NULL,
	"number" text NOT NULL,
	"partner_id" uuid,
	"counterparty_name" text,
	"cash_account_id" uuid,
	"amount" numeric(18, 2) NOT NULL,
	"payment_date" date NOT NULL,
	"category" text NOT NULL,
	"counter_account_id" uuid,
	"status" text DEFAULT 'draft' NOT NULL,
	"summary" text NOT NULL,
	"allocations" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"source_type" text,
	"source_id" text,
	"source_number" text,
	"voucher_id" uuid,
	"approval_instance_id" uuid,
	"requested_by" uuid,
	"executed_by" uuid,
	"executed_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fin_payments_number" UNIQUE("tenant_id","number"),
	CONSTRAINT "fin_payments_positive" CHECK ("fin_payments"."amount" > 0)
);
--> statement-breakpoint
CREATE TABLE "fin_periods" (
	"tenant_id" uuid NOT NULL,
	"period" integer NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"closed_at" timestamp (3) with time zone,
	"closed_by" uuid,
	"year_end_voucher_id" uuid,
	CONSTRAINT "fin_periods_pk" PRIMARY KEY("tenant_id","period"),
	CONSTRAINT "fin_periods_valid" CHECK ("fin_periods"."period" % 100 between 1 and 12 and "fin_periods"."period" between 190001 and 299912)
);
--> statement-breakpoint
CREATE TABLE "fin_posting_rules" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"document_type" text NOT NULL,
	"role" text NOT NULL,
	"item_category" text,
	"partner_id" uuid,
	"account_id" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fin_projects" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fin_projects_tenant_code" UNIQUE("tenant_id","code")
);
--> statement-breakpoint
CREATE TABLE "fin_settings" (
	"tenant_id" uuid PRIMARY KEY NOT NULL,
	"manual_voucher_approval" boolean DEFAULT false NOT NULL,
	"budget_control" text DEFAULT 'warn' NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fin_settlements" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"open_item_id" uuid NOT NULL,
	"payment_id" uuid,
	"amount" numeric(18, 2) NOT NULL,
	"settled_on" date NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fin_settlements_positive" CHECK ("fin_settlements"."amount" > 0)
);
--> statement-breakpoint
CREATE TABLE "fin_voucher_lines" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"voucher_id" uuid NOT NULL,
	"line_no" integer NOT NULL,
	"summary" text NOT NULL,
	"account_id" uuid NOT NULL,
	"debit" numeric(18, 2) DEFAULT '0' NOT NULL,
	"credit" numeric(18, 2) DEFAULT '0' NOT NULL,
	"period" integer NOT NULL,
	"voucher_date" date NOT NULL,
	"posted" boolean DEFAULT false NOT NULL,
	"partner_id" uuid,
	"department_id" uuid,
	"employee_id" uuid,
	"project_id" uuid,
	"item_id" uuid,
	"tax_rate" numeric(5, 4),
	"cash_flow_category" text,
	CONSTRAINT "fin_voucher_lines_no" UNIQUE("voucher_id","line_no"),
	CONSTRAINT "fin_voucher_lines_one_side" CHECK (("fin_voucher_lines"."debit" = 0) <> ("fin_voucher_lines"."credit" = 0))
);
--> statement-breakpoint
CREATE TABLE "fin_vouchers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"period" integer NOT NULL,
	"word" text NOT NULL,
	"seq" integer NOT NULL,
	"number" text NOT NULL,
	"voucher_date" date NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"summary" text NOT NULL,
	"total_debit" numeric(18, 2) DEFAULT '0' NOT NULL,
	"total_credit" numeric(18, 2) DEFAULT '0' NOT NULL,
	"attachment_count" integer DEFAULT 0 NOT NULL,
	"source_type" text,
	"source_id" text,
	"source_number" text,
	"reversal_of_id" uuid,
	"reversed_by_id" uuid,
	"closing_kind" text,
	"approval_instance_id" uuid,
	"created_by" uuid,
	"posted_by" uuid,
	"posted_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fin_vouchers_number" UNIQUE("tenant_id","period","word","seq")
);
--> statement-breakpoint
ALTER TABLE "fin_account_balances" ADD CONSTRAINT "fin_account_balances_account_id_fin_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."fin_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fin_budgets" ADD CONSTRAINT "fin_budgets_account_id_fin_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."fin_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fin_cash_accounts" ADD CONSTRAINT "fin_cash_accounts_ledger_account_id_fin_accounts_id_fk" FOREIGN KEY ("ledger_account_id") REFERENCES "public"."fin_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fin_payments" ADD CONSTRAINT "fin_payments_cash_account_id_fin_cash_accounts_id_fk" FOREIGN KEY ("cash_account_id") REFERENCES "public"."fin_cash_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fin_posting_rules" ADD CONSTRAINT "fin_posting_rules_account_id_fin_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."fin_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fin_settlements" ADD CONSTRAINT "fin_settlements_open_item_id_fin_open_items_id_fk" FOREIGN KEY ("open_item_id") REFERENCES "public"."fin_open_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fin_settlements" ADD CONSTRAINT "fin_settlements_payment_id_fin_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."fin_payments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fin_voucher_lines" ADD CONSTRAINT "fin_voucher_lines_voucher_id_fin_vouchers_id_fk" FOREIGN KEY ("voucher_id") REFERENCES "public"."fin_vouchers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fin_voucher_lines" ADD CONSTRAINT "fin_voucher_lines_account_id_fin_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."fin_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "partners_tenant_name" ON "partners" USING btree ("tenant_id","name");--> statement-breakpoint
CREATE INDEX "fin_accounts_parent" ON "fin_accounts" USING btree ("tenant_id","parent_id");--> statement-breakpoint
CREATE INDEX "fin_open_items_partner" ON "fin_open_items" USING btree ("tenant_id","kind","partner_id","status");--> statement-breakpoint
CREATE INDEX "fin_open_items_due" ON "fin_open_items" USING btree ("tenant_id","kind","status","due_date");--> statement-breakpoint
CREATE INDEX "fin_payments_status" ON "fin_payments" USING btree ("tenant_id","direction","status","payment_date");--> statement-breakpoint
CREATE UNIQUE INDEX "fin_posting_rules_match" ON "fin_posting_rules" USING btree ("tenant_id","document_type","role",coalesce(item_category, ''),coalesce(partner_id, '00000000-0000-0000-0000-000000000000'::uuid));--> statement-breakpoint
CREATE INDEX "fin_settlements_item" ON "fin_settlements" USING btree ("tenant_id","open_item_id");--> statement-breakpoint
CREATE INDEX "fin_settlements_payment" ON "fin_settlements" USING btree ("tenant_id","payment_id");--> statement-breakpoint
CREATE INDEX "fin_voucher_lines_account" ON "fin_voucher_lines" USING btree ("tenant_id","account_id","period","voucher_date");--> statement-breakpoint
CREATE INDEX "fin_voucher_lines_partner" ON "fin_voucher_lines" USING btree ("tenant_id","partner_id","account_id") WHERE partner_id is not null;--> statement-breakpoint
CREATE INDEX "fin_voucher_lines_department" ON "fin_voucher_lines" USING btree ("tenant_id","department_id","account_id","period") WHERE department_id is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "fin_vouchers_source" ON "fin_vouchers" USING btree ("tenant_id","source_type","source_id") WHERE source_id is not null and reversal_of_id is null;--> statement-breakpoint
CREATE UNIQUE INDEX "fin_vouchers_one_reversal" ON "fin_vouchers" USING btree ("reversal_of_id") WHERE reversal_of_id is not null;--> statement-breakpoint
CREATE INDEX "fin_vouchers_period" ON "fin_vouchers" USING btree ("tenant_id","period","status");--> statement-breakpoint
CREATE INDEX "fin_vouchers_date" ON "fin_vouchers" USING btree ("tenant_id","voucher_date","id");