CREATE TABLE "procurement_settings" (
	"tenant_id" uuid PRIMARY KEY NOT NULL,
	"receipt_tolerance_pct" numeric(5, 2) DEFAULT '0' NOT NULL,
	"price_tolerance_pct" numeric(5, 2) DEFAULT '1' NOT NULL,
	"amount_tolerance" numeric(18, 2) DEFAULT '1' NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "purchase_order_lines" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"order_id" uuid NOT NULL,
	"line_no" integer NOT NULL,
	"item_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_factor" numeric(18, 6) DEFAULT '1' NOT NULL,
	"quantity" numeric(18, 4) NOT NULL,
	"price" numeric(18, 6) NOT NULL,
	"tax_rate" numeric(5, 2) NOT NULL,
	"net" numeric(18, 2) NOT NULL,
	"tax" numeric(18, 2) NOT NULL,
	"gross" numeric(18, 2) NOT NULL,
	"received_qty" numeric(18, 4) DEFAULT '0' NOT NULL,
	"returned_qty" numeric(18, 4) DEFAULT '0' NOT NULL,
	"billed_qty" numeric(18, 4) DEFAULT '0' NOT NULL,
	"request_line_id" uuid,
	"expected_date" date,
	CONSTRAINT "purchase_order_lines_qty" CHECK ("purchase_order_lines"."quantity" > 0 and "purchase_order_lines"."price" >= 0 and "purchase_order_lines"."received_qty" >= 0 and "purchase_order_lines"."returned_qty" >= 0 and "purchase_order_lines"."billed_qty" >= 0 and "purchase_order_lines"."returned_qty" <= "purchase_order_lines"."received_qty")
);
--> statement-breakpoint
CREATE TABLE "purchase_orders" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"number" text NOT NULL,
	"supplier_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"order_date" date NOT NULL,
	"expected_date" date,
	"warehouse_id" uuid NOT NULL,
	"buyer_id" uuid,
	"request_id" uuid,
	"rfq_id" uuid,
	"net_amount" numeric(18, 2) DEFAULT '0' NOT NULL,
	"tax_amount" numeric(18, 2) DEFAULT '0' NOT NULL,
	"gross_amount" numeric(18, 2) DEFAULT '0' NOT NULL,
	"approval_instance_id" uuid,
	"confirmed_at" timestamp (3) with time zone,
	"note" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "purchase_orders_number" UNIQUE("tenant_id","number")
);
--> statement-breakpoint
CREATE TABLE "purchase_receipt_lines" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"receipt_id" uuid NOT NULL,
	"order_line_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"location_id" uuid,
	"quantity" numeric(18, 4) NOT NULL,
	"base_quantity" numeric(18, 4) NOT NULL,
	"unit_cost" numeric(18, 6) NOT NULL,
	"net" numeric(18, 2) NOT NULL,
	"tax_rate" numeric(5, 2) NOT NULL,
	"returned_qty" numeric(18, 4) DEFAULT '0' NOT NULL,
	"billed_qty" numeric(18, 4) DEFAULT '0' NOT NULL,
	CONSTRAINT "purchase_receipt_lines_qty" CHECK ("purchase_receipt_lines"."quantity" > 0 and "purchase_receipt_lines"."returned_qty" >= 0 and "purchase_receipt_lines"."returned_qty" <= "purchase_receipt_lines"."quantity" and "purchase_receipt_lines"."billed_qty" >= 0)
);
--> statement-breakpoint
CREATE TABLE "purchase_receipts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"number" text NOT NULL,
	"order_id" uuid NOT NULL,
	"supplier_id" uuid NOT NULL,
	"warehouse_id" uuid NOT NULL,
	"receipt_date" date NOT NULL,
	"status" text DEFAULT 'posted' NOT NULL,
	"net_amount" numeric(18, 2) DEFAULT '0' NOT NULL,
	"voucher_id" uuid,
	"received_by" uuid,
	"note" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "purchase_receipts_number" UNIQUE("tenant_id","number")
);
--> statement-breakpoint
CREATE TABLE "purchase_request_lines" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"line_no" integer NOT NULL,
	"item_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"quantity" numeric(18, 4) NOT NULL,
	"base_quantity" numeric(18, 4) NOT NULL,
	"estimated_price" numeric(18, 6),
	"amount" numeric(18, 2) DEFAULT '0' NOT NULL,
	"supplier_id" uuid,
	"ordered_qty" numeric(18, 4) DEFAULT '0' NOT NULL,
	"note" text,
	CONSTRAINT "purchase_request_lines_qty" CHECK ("purchase_request_lines"."quantity" > 0 and "purchase_request_lines"."ordered_qty" >= 0)
);
--> statement-breakpoint
CREATE TABLE "purchase_requests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"number" text NOT NULL,
	"requester_id" uuid NOT NULL,
	"department_id" uuid,
	"status" text DEFAULT 'draft' NOT NULL,
	"purpose" text NOT NULL,
	"needed_by" date,
	"warehouse_id" uuid,
	"estimated_amount" numeric(18, 2) DEFAULT '0' NOT NULL,
	"approval_instance_id" uuid,
	"approved_at" timestamp (3) with time zone,
	"note" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "purchase_requests_number" UNIQUE("tenant_id","number")
);
--> statement-breakpoint
CREATE TABLE "purchase_return_lines" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"return_id" uuid NOT NULL,
	"receipt_line_id" uuid NOT NULL,
	"order_line_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"quantity" numeric(18, 4) NOT NULL,
	"base_quantity" numeric(18, 4) NOT NULL,
	"unit_cost" numeric(18, 6) NOT NULL,
	"net" numeric(18, 2) NOT NULL,
	CONSTRAINT "purchase_return_lines_qty" CHECK ("purchase_return_lines"."quantity" > 0)
);
--> statement-breakpoint
CREATE TABLE "purchase_returns" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"number" text NOT NULL,
	"receipt_id" uuid NOT NULL,
	"order_id" uuid NOT NULL,
	"supplier_id" uuid NOT NULL,
	"warehouse_id" uuid NOT NULL,
	"return_date" date NOT NULL,
	"status" text DEFAULT 'posted' NOT NULL,
	"reason" text NOT NULL,
	"net_amount" numeric(18, 2) DEFAULT '0' NOT NULL,
	"voucher_id" uuid,
	"created_by" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "purchase_returns_number" UNIQUE("tenant_id","number")
);
--> statement-breakpoint
CREATE TABLE "rfq_lines" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"rfq_id" uuid NOT NULL,
	"line_no" integer NOT NULL,
	"item_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"quantity" numeric(18, 4) NOT NULL,
	"request_line_id" uuid,
	CONSTRAINT "rfq_lines_qty" CHECK ("rfq_lines"."quantity" > 0)
);
--> statement-breakpoint
CREATE TABLE "rfq_quotes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"rfq_id" uuid NOT NULL,
	"rfq_line_id" uuid NOT NULL,
	"supplier_id" uuid NOT NULL,
	"price" numeric(18, 6) NOT NULL,
	"tax_rate" numeric(5, 2) DEFAULT '13' NOT NULL,
	"lead_time_days" integer DEFAULT 0 NOT NULL,
	"note" text,
	"chosen" boolean DEFAULT false NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rfq_quotes_line_supplier" UNIQUE("rfq_line_id","supplier_id"),
	CONSTRAINT "rfq_quotes_price" CHECK ("rfq_quotes"."price" >= 0)
);
--> statement-breakpoint
CREATE TABLE "rfqs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"number" text NOT NULL,
	"title" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"deadline" date,
	"request_id" uuid,
	"supplier_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"warehouse_id" uuid,
	"created_by" uuid,
	"awarded_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rfqs_number" UNIQUE("tenant_id","number")
);
--> statement-breakpoint
CREATE TABLE "supplier_bill_lines" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"bill_id" uuid NOT NULL,
	"receipt_line_id" uuid NOT NULL,
	"order_line_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"quantity" numeric(18, 4) NOT NULL,
	"price" numeric(18, 6) NOT NULL,
	"tax_rate" numeric(5, 2) NOT NULL,
	"net" numeric(18, 2) NOT NULL,
	"tax" numeric(18, 2) NOT NULL,
	"gross" numeric(18, 2) NOT NULL,
	"received_net" numeric(18, 2) NOT NULL,
	CONSTRAINT "supplier_bill_lines_qty" CHECK ("supplier_bill_lines"."quantity" > 0 and "supplier_bill_lines"."price" >= 0)
);
--> statement-breakpoint
CREATE TABLE "supplier_bills" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"number" text NOT NULL,
	"supplier_id" uuid NOT NULL,
	"invoice_no" text,
	"bill_date" date NOT NULL,
	"due_date" date,
	"status" text DEFAULT 'posted' NOT NULL,
	"net_amount" numeric(18, 2) NOT NULL,
	"tax_amount" numeric(18, 2) NOT NULL,
	"gross_amount" numeric(18, 2) NOT NULL,
	"paid_amount" numeric(18, 2) DEFAULT '0' NOT NULL,
	"match" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"open_item_id" uuid,
	"voucher_id" uuid,
	"payment_id" uuid,
	"created_by" uuid,
	"note" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "supplier_bills_number" UNIQUE("tenant_id","number"),
	CONSTRAINT "supplier_bills_amounts" CHECK ("supplier_bills"."gross_amount" = "supplier_bills"."net_amount" + "supplier_bills"."tax_amount" and "supplier_bills"."paid_amount" >= 0 and "supplier_bills"."paid_amount" <= "supplier_bills"."gross_amount")
);
--> statement-breakpoint
CREATE TABLE "supplier_prices" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"supplier_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"price" numeric(18, 6) NOT NULL,
	"tax_rate" numeric(5, 2) DEFAULT '13' NOT NULL,
	"min_qty" numeric(18, 4) DEFAULT '0' NOT NULL,
	"lead_time_days" integer DEFAULT 0 NOT NULL,
	"valid_from" date,
	"valid_to" date,
	"source_rfq_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "supplier_prices_valid" CHECK ("supplier_prices"."price" >= 0 and "supplier_prices"."min_qty" >= 0 and "supplier_prices"."lead_time_days" >= 0 and ("supplier_prices"."valid_to" is null or "supplier_prices"."valid_from" is null or "supplier_prices"."valid_to" >= "supplier_prices"."valid_from"))
);
--> statement-breakpoint
ALTER TABLE "purchase_order_lines" ADD CONSTRAINT "purchase_order_lines_order_id_purchase_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."purchase_orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "purchase_receipt_lines" ADD CONSTRAINT "purchase_receipt_lines_receipt_id_purchase_receipts_id_fk" FOREIGN KEY ("receipt_id") REFERENCES "public"."purchase_receipts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "purchase_receipt_lines" ADD CONSTRAINT "purchase_receipt_lines_order_line_id_purchase_order_lines_id_fk" FOREIGN KEY ("order_line_id") REFERENCES "public"."purchase_order_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "purchase_receipts" ADD CONSTRAINT "purchase_receipts_order_id_purchase_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."purchase_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "purchase_request_lines" ADD CONSTRAINT "purchase_request_lines_request_id_purchase_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."purchase_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "purchase_return_lines" ADD CONSTRAINT "purchase_return_lines_return_id_purchase_returns_id_fk" FOREIGN KEY ("return_id") REFERENCES "public"."purchase_returns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "purchase_return_lines" ADD CONSTRAINT "purchase_return_lines_receipt_line_id_purchase_receipt_lines_id_fk" FOREIGN KEY ("receipt_line_id") REFERENCES "public"."purchase_receipt_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "purchase_returns" ADD CONSTRAINT "purchase_returns_receipt_id_purchase_receipts_id_fk" FOREIGN KEY ("receipt_id") REFERENCES "public"."purchase_receipts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rfq_lines" ADD CONSTRAINT "rfq_lines_rfq_id_rfqs_id_fk" FOREIGN KEY ("rfq_id") REFERENCES "public"."rfqs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rfq_quotes" ADD CONSTRAINT "rfq_quotes_rfq_id_rfqs_id_fk" FOREIGN KEY ("rfq_id") REFERENCES "public"."rfqs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rfq_quotes" ADD CONSTRAINT "rfq_quotes_rfq_line_id_rfq_lines_id_fk" FOREIGN KEY ("rfq_line_id") REFERENCES "public"."rfq_lines"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_bill_lines" ADD CONSTRAINT "supplier_bill_lines_bill_id_supplier_bills_id_fk" FOREIGN KEY ("bill_id") REFERENCES "public"."supplier_bills"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_bill_lines" ADD CONSTRAINT "supplier_bill_lines_receipt_line_id_purchase_receipt_lines_id_fk" FOREIGN KEY ("receipt_line_id") REFERENCES "public"."purchase_receipt_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "purchase_order_lines_order" ON "purchase_order_lines" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "purchase_order_lines_request_line" ON "purchase_order_lines" USING btree ("tenant_id","request_line_id");--> statement-breakpoint
CREATE INDEX "purchase_orders_supplier" ON "purchase_orders" USING btree ("tenant_id","supplier_id","order_date");--> statement-breakpoint
CREATE INDEX "purchase_orders_request" ON "purchase_orders" USING btree ("tenant_id","request_id");--> statement-breakpoint
CREATE INDEX "purchase_orders_status" ON "purchase_orders" USING btree ("tenant_id","status");--> statement-breakpoint
CREATE INDEX "purchase_receipt_lines_receipt" ON "purchase_receipt_lines" USING btree ("receipt_id");--> statement-breakpoint
CREATE INDEX "purchase_receipts_order" ON "purchase_receipts" USING btree ("tenant_id","order_id");--> statement-breakpoint
CREATE INDEX "purchase_receipts_supplier" ON "purchase_receipts" USING btree ("tenant_id","supplier_id","receipt_date");--> statement-breakpoint
CREATE INDEX "purchase_request_lines_request" ON "purchase_request_lines" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "purchase_requests_requester" ON "purchase_requests" USING btree ("tenant_id","requester_id","created_at");--> statement-breakpoint
CREATE INDEX "purchase_requests_status" ON "purchase_requests" USING btree ("tenant_id","status");--> statement-breakpoint
CREATE INDEX "purchase_return_lines_return" ON "purchase_return_lines" USING btree ("return_id");--> statement-breakpoint
CREATE INDEX "purchase_returns_receipt" ON "purchase_returns" USING btree ("tenant_id","receipt_id");--> statement-breakpoint
CREATE INDEX "rfq_lines_rfq" ON "rfq_lines" USING btree ("rfq_id");--> statement-breakpoint
CREATE INDEX "supplier_bill_lines_bill" ON "supplier_bill_lines" USING btree ("bill_id");--> statement-breakpoint
CREATE INDEX "supplier_bills_supplier" ON "supplier_bills" USING btree ("tenant_id","supplier_id","bill_date");--> statement-breakpoint
CREATE INDEX "supplier_prices_item" ON "supplier_prices" USING btree ("tenant_id","item_id","supplier_id");