import { sql, type SQL } from 'drizzle-orm';
import { actor, tx } from '../../../../platform/tx/index.ts';

type Row = Record<string, string | number | null>;
const rowsOf = async (query: SQL): Promise<Row[]> => (await tx().execute(query)).rows as Row[];

/** Confirmed (or further) orders dated in the range: count and value per supplier. */
export function ordersBySupplier(from: string, to: string): Promise<Row[]> {
  return rowsOf(sql`select o.supplier_id, count(*)::int as orders, sum(o.gross_amount)::text as ordered_amount
    from purchase_orders o
    where o.tenant_id = ${actor().tenantId} and o.order_date between ${from} and ${to}
      and o.status in ('confirmed', 'partlyReceived', 'received', 'closed')
    group by o.supplier_id`);
}

/**
 * Receipt lines dated in the range: on time when received by the line's expected date (else the
 * order's; a line with neither promised nothing and counts as on time), days from order to
 * receipt, and quantities received and since returned, in base units.
 */
export function receiptsBySupplier(from: string, to: string): Promise<Row[]> {
  return rowsOf(sql`select r.supplier_id,
      count(*)::int as receipt_lines,
      count(*) filter (where coalesce(ol.expected_date, o.expected_date) is null or r.receipt_date <= coalesce(ol.expected_date, o.expected_date))::int as on_time_lines,
      avg(r.receipt_date - o.order_date)::numeric(10,1)::text as average_lead_days,
      sum(rl.base_quantity)::text as received_qty,
      sum(rl.base_quantity * rl.returned_qty / rl.quantity)::numeric(18,4)::text as returned_qty
    from purchase_receipt_lines rl
    join purchase_receipts r on r.id = rl.receipt_id
    join purchase_order_lines ol on ol.id = rl.order_line_id
    join purchase_orders o on o.id = ol.order_id
    where rl.tenant_id = ${actor().tenantId} and r.status = 'posted' and r.receipt_date between ${from} and ${to}
    group by r.supplier_id`);
}

/** Bill lines of bills dated in the range against their order prices (tax-inclusive). */
export function billsBySupplier(from: string, to: string): Promise<Row[]> {
  return rowsOf(sql`select b.supplier_id,
      sum(bl.gross)::text as billed_amount,
      sum((bl.price - ol.price) * bl.quantity)::numeric(18,2)::text as variance,
      sum(ol.price * bl.quantity)::numeric(18,2)::text as order_value
    from supplier_bill_lines bl
    join supplier_bills b on b.id = bl.bill_id
    join purchase_order_lines ol on ol.id = bl.order_line_id
    where bl.tenant_id = ${actor().tenantId} and b.status <> 'cancelled' and b.bill_date between ${from} and ${to}
    group by b.supplier_id`);
}

/**
 * Order lines dated in the range against the supplier's own price list in force on the order
 * date (the lowest entry the quantity reaches): the average percent paid above (+) or below it.
 */
export function listVarianceBySupplier(from: string, to: string): Promise<Row[]> {
  return rowsOf(sql`select o.supplier_id,
      avg((ol.price - lp.price) / lp.price * 100)::numeric(10,2)::text as variance_pct
    from purchase_order_lines ol
    join purchase_orders o on o.id = ol.order_id
    join lateral (
      select p.price from supplier_prices p
      where p.tenant_id = o.tenant_id and p.supplier_id = o.supplier_id and p.item_id = ol.item_id and p.unit_id = ol.unit_id
        and p.min_qty <= ol.quantity and p.price > 0
        and (p.valid_from is null or p.valid_from <= o.order_date) and (p.valid_to is null or p.valid_to >= o.order_date)
      order by p.price limit 1
    ) lp on true
    where ol.tenant_id = ${actor().tenantId} and o.order_date between ${from} and ${to}
      and o.status in ('confirmed', 'partlyReceived', 'received', 'closed')
    group by o.supplier_id`);
}
