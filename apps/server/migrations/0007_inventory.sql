CREATE TABLE "reorder_rules" (
	"tenant_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"warehouse_id" uuid NOT NULL,
	"safety_stock" numeric(18, 4) DEFAULT '0' NOT NULL,
	"reorder_point" numeric(18, 4) NOT NULL,
	"reorder_qty" numeric(18, 4),
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reorder_rules_pk" PRIMARY KEY("tenant_id","item_id","warehouse_id"),
	CONSTRAINT "reorder_rules_nonnegative" CHECK ("reorder_rules"."safety_stock" >= 0 and "reorder_rules"."reorder_point" >= 0 and coalesce("reorder_rules"."reorder_qty", 1) > 0)
);
--> statement-breakpoint
CREATE TABLE "stock_balances" (
	"tenant_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"warehouse_id" uuid NOT NULL,
	"on_hand" numeric(18, 4) DEFAULT '0' NOT NULL,
	"reserved" numeric(18, 4) DEFAULT '0' NOT NULL,
	"incoming" numeric(18, 4) DEFAULT '0' NOT NULL,
	"value" numeric(20, 2) DEFAULT '0' NOT NULL,
	"avg_cost" numeric(18, 6) DEFAULT '0' NOT NULL,
	"allow_negative" boolean DEFAULT false NOT NULL,
	"last_receipt_at" timestamp (3) with time zone,
	"last_issue_at" timestamp (3) with time zone,
	"alerted_at" timestamp (3) with time zone,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stock_balances_pk" PRIMARY KEY("tenant_id","item_id","warehouse_id"),
	CONSTRAINT "stock_no_negative" CHECK ("stock_balances"."allow_negative" or "stock_balances"."on_hand" >= 0),
	CONSTRAINT "stock_no_oversell" CHECK ("stock_balances"."reserved" >= 0 and ("stock_balances"."allow_negative" or "stock_balances"."reserved" <= "stock_balances"."on_hand")),
	CONSTRAINT "stock_incoming_nonnegative" CHECK ("stock_balances"."incoming" >= 0)
);
--> statement-breakpoint
CREATE TABLE "stock_count_lines" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"count_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"system_qty" numeric(18, 4) NOT NULL,
	"counted_qty" numeric(18, 4),
	"unit_cost" numeric(18, 6) DEFAULT '0' NOT NULL,
	"note" text,
	CONSTRAINT "stock_count_lines_item" UNIQUE("count_id","item_id")
);
--> statement-breakpoint
CREATE TABLE "stock_counts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"number" text NOT NULL,
	"warehouse_id" uuid NOT NULL,
	"count_date" date NOT NULL,
	"status" text DEFAULT 'counting' NOT NULL,
	"note" text,
	"voucher_id" uuid,
	"created_by" uuid,
	"posted_by" uuid,
	"posted_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stock_counts_number" UNIQUE("tenant_id","number")
);
--> statement-breakpoint
CREATE TABLE "stock_layers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"warehouse_id" uuid NOT NULL,
	"move_id" uuid NOT NULL,
	"move_seq" bigint NOT NULL,
	"quantity" numeric(18, 4) NOT NULL,
	"remaining" numeric(18, 4) NOT NULL,
	"unit_cost" numeric(18, 6) NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stock_layers_remaining" CHECK ("stock_layers"."remaining" >= 0 and "stock_layers"."remaining" <= "stock_layers"."quantity")
);
--> statement-breakpoint
CREATE TABLE "stock_moves" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"seq" bigserial NOT NULL,
	"kind" text NOT NULL,
	"item_id" uuid NOT NULL,
	"warehouse_id" uuid NOT NULL,
	"location_id" uuid,
	"move_date" date NOT NULL,
	"quantity" numeric(18, 4) NOT NULL,
	"unit_cost" numeric(18, 6) NOT NULL,
	"value" numeric(20, 2) NOT NULL,
	"balance_qty" numeric(18, 4) NOT NULL,
	"balance_value" numeric(20, 2) NOT NULL,
	"source_type" text NOT NULL,
	"source_id" text NOT NULL,
	"source_number" text,
	"source_line_id" text,
	"transfer_id" uuid,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stock_moves_nonzero" CHECK ("stock_moves"."quantity" <> 0 or "stock_moves"."kind" in ('adjustment', 'count'))
);
--> statement-breakpoint
CREATE TABLE "stock_reservations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"warehouse_id" uuid NOT NULL,
	"quantity" numeric(18, 4) NOT NULL,
	"source_type" text NOT NULL,
	"source_id" text NOT NULL,
	"source_line_id" text,
	"status" text DEFAULT 'active' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stock_reservations_positive" CHECK ("stock_reservations"."quantity" > 0)
);
--> statement-breakpoint
ALTER TABLE "stock_count_lines" ADD CONSTRAINT "stock_count_lines_count_id_stock_counts_id_fk" FOREIGN KEY ("count_id") REFERENCES "public"."stock_counts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "stock_layers_open" ON "stock_layers" USING btree ("tenant_id","item_id","warehouse_id","move_seq") WHERE remaining > 0;--> statement-breakpoint
CREATE INDEX "stock_moves_item" ON "stock_moves" USING btree ("tenant_id","item_id","warehouse_id","seq");--> statement-breakpoint
CREATE INDEX "stock_moves_date" ON "stock_moves" USING btree ("tenant_id","move_date","seq");--> statement-breakpoint
CREATE INDEX "stock_moves_source" ON "stock_moves" USING btree ("tenant_id","source_type","source_id");--> statement-breakpoint
CREATE INDEX "stock_reservations_source" ON "stock_reservations" USING btree ("tenant_id","source_type","source_id");--> statement-breakpoint
CREATE INDEX "stock_reservations_item" ON "stock_reservations" USING btree ("tenant_id","item_id","warehouse_id","status");--> statement-breakpoint
-- The stock ledger is append-only: a wrong move is corrected by a new one, never edited away.
-- Refusals raise check_violation naming the pseudo-constraint stock_moves_append_only, which the
-- API maps to inventory.move.immutable (409).
CREATE OR REPLACE FUNCTION inv_stock_moves_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'stock moves are append-only (%)', TG_OP USING ERRCODE = '23514', CONSTRAINT = 'stock_moves_append_only';
END $$;
--> statement-breakpoint
CREATE TRIGGER stock_moves_no_update BEFORE UPDATE OR DELETE ON stock_moves
  FOR EACH ROW EXECUTE FUNCTION inv_stock_moves_append_only();
--> statement-breakpoint
CREATE TRIGGER stock_moves_no_truncate BEFORE TRUNCATE ON stock_moves
  FOR EACH STATEMENT EXECUTE FUNCTION inv_stock_moves_append_only();
--> statement-breakpoint
-- The ledger's global sequence is drawn by the application role.
GRANT USAGE, SELECT ON SEQUENCE stock_moves_seq_seq TO triad_app;
