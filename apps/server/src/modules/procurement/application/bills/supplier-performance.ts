import Decimal from 'decimal.js';
import type { SupplierPerformanceQuery, SupplierPerformanceReport, SupplierPerformanceRow } from '@triad/contracts';
import { partnerNames } from '../../../partners/index.ts';
import { billErrors } from '../../bills.errors.ts';
import { billsBySupplier, listVarianceBySupplier, ordersBySupplier, receiptsBySupplier } from './supplier-performance.query.ts';

const pct = (part: Decimal.Value, whole: Decimal.Value): string | null =>
  new Decimal(whole).isZero() ? null : new Decimal(part).dividedBy(whole).times(100).toFixed(2);

/**
 * 供应商绩效 over a date range, per supplier: on-time rate and lead days from receipts, price
 * variance of bills against orders and of orders against the price list, and the return rate.
 */
export async function supplierPerformance(query: SupplierPerformanceQuery): Promise<SupplierPerformanceReport> {
  if (query.from > query.to) throw billErrors['procurement.report.badRange']();
  // One client per unit of work: one query at a time.
  const orders = await ordersBySupplier(query.from, query.to);
  const receipts = await receiptsBySupplier(query.from, query.to);
  const bills = await billsBySupplier(query.from, query.to);
  const listVariance = await listVarianceBySupplier(query.from, query.to);
  const bySupplier = (rows: Record<string, unknown>[]) => new Map(rows.map((r) => [String(r.supplier_id), r]));
  const [o, r, b, l] = [bySupplier(orders), bySupplier(receipts), bySupplier(bills), bySupplier(listVariance)];
  const ids = [...new Set([...o.keys(), ...r.keys(), ...b.keys()])];
  const names = await partnerNames(ids);
  const rows: SupplierPerformanceRow[] = ids.map((supplierId) => {
    const ord = o.get(supplierId); const rec = r.get(supplierId); const bill = b.get(supplierId); const list = l.get(supplierId);
    const receiptLines = Number(rec?.receipt_lines ?? 0);
    const onTimeLines = Number(rec?.on_time_lines ?? 0);
    const received = new Decimal(String(rec?.received_qty ?? '0'));
    const returned = new Decimal(String(rec?.returned_qty ?? '0'));
    const variance = new Decimal(String(bill?.variance ?? '0'));
    return {
      supplierId, supplierName: names.get(supplierId) ?? '',
      orders: Number(ord?.orders ?? 0), orderedAmount: new Decimal(String(ord?.ordered_amount ?? '0')).toFixed(2),
      receiptLines, onTimeLines, onTimeRate: pct(onTimeLines, receiptLines),
      averageLeadDays: rec?.average_lead_days != null ? new Decimal(String(rec.average_lead_days)).toFixed(1) : null,
      billedAmount: new Decimal(String(bill?.billed_amount ?? '0')).toFixed(2),
      priceVarianceVsOrder: variance.toFixed(2), priceVarianceVsOrderPct: pct(variance, String(bill?.order_value ?? '0')),
      priceVarianceVsListPct: list?.variance_pct != null ? new Decimal(String(list.variance_pct)).toFixed(2) : null,
      receivedQty: received.toFixed(), returnedQty: returned.toFixed(), returnRate: pct(returned, received),
    };
  });
  // Biggest suppliers first.
  rows.sort((x, y) => new Decimal(y.orderedAmount).comparedTo(x.orderedAmount) || x.supplierName.localeCompare(y.supplierName, 'zh-CN'));
  return { from: query.from, to: query.to, rows };
}
