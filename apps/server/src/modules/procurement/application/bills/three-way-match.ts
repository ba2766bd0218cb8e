import Decimal from 'decimal.js';
import type { BillMatchLine, BillMatchProblem, BillMatchResult } from '@triad/contracts';

/** One bill line as entered: a quantity of a receipt line at the invoice's tax-inclusive price. */
export interface BillLineInput { receiptLineId: string; quantity: string; price: string; taxRate?: string | undefined }

/** What the order and the receipt say about a receipt line (line unit throughout). */
export interface ReceiptLineFacts {
  receiptLineId: string;
  receiptId: string;
  receiptNumber: string;
  supplierId: string;
  orderId: string;
  orderNumber: string;
  orderLineId: string;
  itemId: string;
  itemName: string;
  received: string;
  returned: string;
  billed: string;
  /** Tax-inclusive order price and its rate (percent). */
  orderPrice: string;
  taxRate: string;
  /** Net cost per unit the receipt put into 暂估, and the receipt line's net. */
  unitCost: string;
  receiptNet: string;
  /** Net of what was returned from this line, and the 暂估 earlier bills already cleared. */
  returnedNet: string;
  clearedNet: string;
}

export interface Tolerances { priceTolerancePct: string; amountTolerance: string }

const round2 = (d: Decimal): Decimal => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
const parse = (v: string): Decimal | null => { try { const d = new Decimal(v); return d.isFinite() ? d : null; } catch { return null; } };

/**
 * The 暂估 a bill line clears: quantity × receipt cost, except that the line taking the last
 * unbilled unit takes exactly what is left (receipt net − returns − earlier bills), so the
 * receipt's 暂估 in 2202 ends at zero to the cent whatever the rounding on the way.
 */
function clearedReceivedNet(f: ReceiptLineFacts, quantity: Decimal): Decimal {
  const billable = new Decimal(f.received).minus(f.returned).minus(f.billed);
  if (quantity.eq(billable)) return new Decimal(f.receiptNet).minus(f.returnedNet).minus(f.clearedNet);
  return round2(quantity.times(f.unitCost));
}

/**
 * 三单匹配 (order × receipt × bill). Each line: the receipt line exists, belongs to the bill's
 * supplier, the quantity is positive and at most received − returned − already billed, and the
 * price is within `priceTolerancePct` of the order price. The bill's total may differ from the
 * order's price × quantity by at most `amountTolerance` yuan (尾差). Amounts: gross = qty × price
 * (two decimals), net = gross / (1 + rate), tax = gross − net, as the 发票 prints them.
 */
export function matchBill(supplierId: string, lines: readonly BillLineInput[], facts: ReadonlyMap<string, ReceiptLineFacts>, tol: Tolerances): BillMatchResult {
  const seen = new Set<string>();
  const zero = new Decimal(0);
  const sum = { net: zero, tax: zero, gross: zero, orderGross: zero, receivedNet: zero, variance: zero };
  const out: BillMatchLine[] = lines.map((input, index) => {
    const problems: BillMatchProblem[] = [];
    const f = facts.get(input.receiptLineId);
    if (seen.has(input.receiptLineId)) problems.push('duplicateLine');
    seen.add(input.receiptLineId);
    const quantity = parse(input.quantity) ?? zero;
    const price = parse(input.price) ?? zero;
    if (quantity.lte(0)) problems.push('quantityNotPositive');
    if (!f) problems.push('receiptLineNotFound');
    else if (f.supplierId !== supplierId) problems.push('otherSupplier');

    const rate = new Decimal(input.taxRate ?? f?.taxRate ?? '0');
    const gross = round2(quantity.times(price));
    const net = round2(gross.dividedBy(rate.dividedBy(100).plus(1)));
    const tax = gross.minus(net);
    let billable: Decimal | null = null;
    let diffPct: Decimal | null = null;
    let receivedNet = zero;
    if (f) {
      billable = new Decimal(f.received).minus(f.returned).minus(f.billed);
      if (quantity.gt(billable)) problems.push('overBilled');
      const orderPrice = new Decimal(f.orderPrice);
      diffPct = orderPrice.isZero() ? (price.isZero() ? zero : new Decimal(100)) : price.minus(orderPrice).dividedBy(orderPrice).times(100);
      if (diffPct.abs().gt(tol.priceTolerancePct)) problems.push('priceOutOfTolerance');
      if (quantity.gt(0) && quantity.lte(billable)) receivedNet = clearedReceivedNet(f, quantity);
      sum.orderGross = sum.orderGross.plus(round2(quantity.times(orderPrice)));
    }
    const variance = net.minus(receivedNet);
    sum.net = sum.net.plus(net); sum.tax = sum.tax.plus(tax); sum.gross = sum.gross.plus(gross);
    sum.receivedNet = sum.receivedNet.plus(receivedNet); sum.variance = sum.variance.plus(variance);
    return {
      line: index + 1, receiptLineId: input.receiptLineId,
      receiptNumber: f?.receiptNumber ?? null, orderNumber: f?.orderNumber ?? null, orderLineId: f?.orderLineId ?? null,
      itemId: f?.itemId ?? null, itemName: f?.itemName ?? null,
      quantity: quantity.toFixed(), billableQty: billable ? billable.toFixed() : null,
      price: price.toFixed(), orderPrice: f ? new Decimal(f.orderPrice).toFixed() : null, priceDiffPct: diffPct ? diffPct.toFixed(2) : null,
      taxRate: rate.toFixed(2), net: net.toFixed(2), tax: tax.toFixed(2), gross: gross.toFixed(2),
      receivedNet: receivedNet.toFixed(2), variance: variance.toFixed(2),
      ok: problems.length === 0, problems,
    };
  });
  const difference = sum.gross.minus(sum.orderGross);
  const withinAmountTolerance = difference.abs().lte(tol.amountTolerance);
  return {
    ok: out.length > 0 && out.every((l) => l.ok) && withinAmountTolerance,
    lines: out,
    totals: {
      net: sum.net.toFixed(2), tax: sum.tax.toFixed(2), gross: sum.gross.toFixed(2), orderGross: sum.orderGross.toFixed(2),
      difference: difference.toFixed(2), receivedNet: sum.receivedNet.toFixed(2), variance: sum.variance.toFixed(2), withinAmountTolerance,
    },
    tolerances: { priceTolerancePct: new Decimal(tol.priceTolerancePct).toFixed(2), amountTolerance: new Decimal(tol.amountTolerance).toFixed(2) },
  };
}
