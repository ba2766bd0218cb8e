import { and, eq, inArray } from 'drizzle-orm';
import { actor, tx, unitOfWork } from '../platform/tx/index.ts';
import { users } from '../modules/org/infra/org.tables.ts';
import { partners } from '../modules/partners/index.ts';
import { createCategory } from '../modules/catalog/application/manage-categories.ts';
import { writeNewItem } from '../modules/catalog/application/manage-items.ts';
import { createUnit } from '../modules/catalog/application/manage-units.ts';
import { createWarehouse } from '../modules/catalog/application/manage-warehouses.ts';
import { saveReorderRule } from '../modules/inventory/application/reorder-rules.ts';
import { createRequest } from '../modules/procurement/application/requests/manage-request.ts';
import { createOrdersFromRequest } from '../modules/procurement/application/requests/create-orders-from-request.ts';
import { createReceipt } from '../modules/procurement/application/receipts/create-receipt.ts';
import { createSupplierPrice } from '../modules/procurement/application/sourcing/supplier-prices.ts';
import { createRfq, putRfqQuotes, sendRfq } from '../modules/procurement/application/sourcing/manage-rfqs.ts';
import { todayInChina } from '../modules/procurement/application/sourcing/dates.ts';
import { billableLines } from '../modules/procurement/application/bills/bill-view.ts';
import { createSupplierBill } from '../modules/procurement/application/bills/create-bill.ts';
import { recordBillPayments, setBillPaymentRequest } from '../modules/procurement/application/bills/record-bill-payment.ts';
import { orderLines } from '../modules/procurement/infra/orders.repository.ts';
import { transitionRequest } from '../modules/procurement/infra/requests.repository.ts';
import { createPaymentRequest } from '../modules/finance/index.ts';
import { executePayment } from '../modules/finance/application/cash/execute-payment.ts';
import { finCashAccounts, finPayments } from '../modules/finance/infra/finance.tables.ts';
import type { TenantSeedContext } from './create-tenant.ts';
import {
  demoCategories, demoFinishedCycle, demoItems, demoOpenCycle, demoReorderRules, demoRfq, demoSupplierPrices, demoUnits, demoWarehouses,
  type DemoRequest,
} from './demo-supply.data.ts';

/**
 * The demo company's supply chain (see demo-supply.data.ts), written through the catalog,
 * inventory, procurement and finance use cases in the company's seeding transaction, after the
 * people and the books. The demo's purchase requests were approved before the demo begins, so
 * their approvals are not replayed; everything after — orders, receipts with their stock moves
 * and vouchers, the bill with its three-way match, the payment — is what the application does.
 * Runs once, with the company (ensureDemo only seeds a database without companies).
 */
export async function seedDemoSupply(_ctx: TenantSeedContext): Promise<void> {
  const people = await tx().select({ id: users.id, username: users.username }).from(users).where(eq(users.tenantId, actor().tenantId));
  const userOf = (username: string): string => must(people.find((p) => p.username === username)?.id, `user ${username}`);
  const partnerRows = await tx().select({ id: partners.id, code: partners.code }).from(partners)
    .where(and(eq(partners.tenantId, actor().tenantId), inArray(partners.code, ['S001', 'S002', 'S003', 'S004'])));
  const supplierOf = (code: string): string => must(partnerRows.find((p) => p.code === code)?.id, `supplier ${code}`);
  const buyer = userOf('chen.jing');
  const keeper = userOf('yang.lei');
  const accountant = userOf('wang.fang');
  const cashier = userOf('zhao.min');

  const { unitOf, itemOf, warehouseOf } = await actingAs(buyer, async () => {
    const unitIds = new Map<string, string>();
    for (const u of demoUnits) unitIds.set(u.code, (await createUnit({ ...u })).id);
    const categoryIds = new Map<string, string>();
    for (const c of demoCategories) categoryIds.set(c.code, (await createCategory({ ...c, parentId: null })).id);
    const warehouseIds = new Map<string, string>();
    for (const w of demoWarehouses) {
      const created = await createWarehouse({
        code: w.code, name: w.name, address: w.address, isDefault: w.isDefault, keeperId: userOf(w.keeper),
        locations: w.locations.map((l) => ({ ...l, enabled: true })),
      });
      warehouseIds.set(w.code, created.id);
    }
    const unit = (code: string) => must(unitIds.get(code), `unit ${code}`);
    const warehouse = (code: string) => must(warehouseIds.get(code), `warehouse ${code}`);
    const itemIds = new Map<string, string>();
    for (const i of demoItems) {
      itemIds.set(i.code, await writeNewItem({
        code: i.code, name: i.name, spec: i.spec, categoryId: must(categoryIds.get(i.category), `category ${i.category}`),
        baseUnitId: unit(i.baseUnit), purchaseUnitId: i.purchaseUnit ? unit(i.purchaseUnit) : null, saleUnitId: null,
        barcode: i.barcode ?? null, purchasePrice: i.purchasePrice, salePrice: i.salePrice ?? null, taxRate: '13', stocked: true,
        allowNegative: false, defaultSupplierId: i.supplier ? supplierOf(i.supplier) : null, defaultWarehouseId: warehouse(i.warehouse),
        description: null, units: (i.units ?? []).map((u) => ({ unitId: unit(u.unit), factor: u.factor, barcode: null })),
      }));
    }
    const item = (code: string) => must(itemIds.get(code), `item ${code}`);
    for (const p of demoSupplierPrices) {
      await createSupplierPrice({
        supplierId: supplierOf(p.supplier), itemId: item(p.item), unitId: unit(p.unit), price: p.price, taxRate: '13',
        minQty: p.minQty, leadTimeDays: p.leadTimeDays,
      });
    }
    for (const r of demoReorderRules) {
      await saveReorderRule({ itemId: item(r.item), warehouseId: warehouse(r.warehouse), safetyStock: r.safetyStock, reorderPoint: r.reorderPoint, reorderQty: r.reorderQty });
    }
    return { unitOf: unit, itemOf: item, warehouseOf: warehouse };
  });

  /** A request as its requester wrote it, approved (before the demo began), turned into orders. */
  async function approvedRequest(r: DemoRequest): Promise<{ requestId: string; orderIds: string[] }> {
    const { id } = await actingAs(userOf(r.requester), () => createRequest({
      purpose: r.purpose, warehouseId: warehouseOf(r.warehouse),
      lines: r.lines.map((l) => ({ itemId: itemOf(l.item), unitId: l.unit ? unitOf(l.unit) : null, quantity: l.quantity })),
    }));
    await transitionRequest(id, ['draft'], { status: 'approved', approvedAt: new Date() });
    const { orderIds } = await actingAs(buyer, () => createOrdersFromRequest(id));
    return { requestId: id, orderIds };
  }

  /** 杨磊 receives quantities of the order's lines (all that was ordered when none is given). */
  async function receive(orderId: string, only?: { item: string; quantity: string }): Promise<void> {
    const lines = await orderLines(orderId);
    const picked = only ? lines.filter((l) => l.itemId === itemOf(only.item)).map((l) => ({ orderLineId: l.id, quantity: only.quantity }))
      : lines.map((l) => ({ orderLineId: l.id, quantity: l.quantity }));
    if (picked.length) await actingAs(keeper, () => createReceipt({ orderId, lines: picked }));
  }

  // The finished cycle: ordered, received, billed at the order price by 王芳, paid by 赵敏.
  const finished = await approvedRequest(demoFinishedCycle);
  for (const orderId of finished.orderIds) await receive(orderId);
  const today = todayInChina();
  const [bank] = await tx().select({ id: finCashAccounts.id }).from(finCashAccounts)
    .where(and(eq(finCashAccounts.tenantId, actor().tenantId), eq(finCashAccounts.name, '招商银行基本户')));
  for (const supplierId of new Set(partnerRows.map((p) => p.id))) {
    const billable = (await billableLines(supplierId)).items;
    if (billable.length === 0) continue;
    const bill = await actingAs(accountant, () => createSupplierBill({
      supplierId, invoiceNo: `3300${today.replaceAll('-', '').slice(2)}01`, billDate: today,
      lines: billable.map((l) => ({ receiptLineId: l.receiptLineId, quantity: l.billableQty, price: l.orderPrice })),
    }));
    const { paymentId } = await actingAs(accountant, () => createPaymentRequest({
      partnerId: supplierId, amount: bill.grossAmount, summary: `支付采购发票 ${bill.number}`, source: { type: 'supplierBill', id: bill.id, number: bill.number },
      allocations: [{ openItemId: must(bill.openItemId, 'open item'), amount: bill.grossAmount }], requestedBy: accountant, submit: false,
    }));
    await setBillPaymentRequest(bill.id, paymentId);
    // Approved before the demo began, like the finance demo's historical payments; the cashier pays it.
    await tx().update(finPayments).set({ status: 'approved' }).where(eq(finPayments.id, paymentId));
    await actingAs(cashier, () => executePayment(paymentId, { cashAccountId: must(bank?.id, 'bank account') }));
    await recordBillPayments(paymentId, [{ openItemId: must(bill.openItemId, 'open item'), amount: bill.grossAmount }]);
  }

  // The cycle under way: two orders, the batteries partly received.
  const open = await approvedRequest(demoOpenCycle);
  for (const orderId of open.orderIds) await receive(orderId, demoOpenCycle.received);

  // An RFQ sent and answered, waiting for the buyer's decision.
  await actingAs(userOf(demoRfq.buyer), async () => {
    const rfq = await createRfq({
      title: demoRfq.title, supplierIds: demoRfq.suppliers.map(supplierOf), warehouseId: warehouseOf('WH01'),
      lines: demoRfq.lines.map((l) => ({ itemId: itemOf(l.item), unitId: unitOf(l.unit), quantity: l.quantity })),
    });
    await sendRfq(rfq.id);
    const lineOf = (item: string) => must(rfq.lines.find((l) => l.itemId === itemOf(item))?.id, `rfq line ${item}`);
    await putRfqQuotes(rfq.id, {
      quotes: demoRfq.quotes.map((q) => ({ rfqLineId: lineOf(q.item), supplierId: supplierOf(q.supplier), price: q.price, taxRate: '13', leadTimeDays: q.leadTimeDays })),
    });
  });
}

/** Runs `fn` as this demo user inside the seeding transaction, so documents name who did them. */
async function actingAs<T>(userId: string, fn: () => Promise<T>): Promise<T> {
  const acting = unitOfWork().actor;
  const previous = acting.userId;
  acting.userId = userId;
  try {
    return await fn();
  } finally {
    acting.userId = previous;
  }
}

function must<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`demo supply data: unknown ${what}`);
  return value;
}

