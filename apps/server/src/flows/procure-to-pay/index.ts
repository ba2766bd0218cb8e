/**
 * Loop 1, procure-to-pay (申请-审批-采购-入库-付款). Event handlers only, one file per step; each
 * calls the modules through their index.ts.
 *
 *   (a) a-request-approved.ts   procurement.request.approved → confirmed purchase orders grouped by
 *                               supplier (request → order in the chain, incoming raised); buyers
 *                               told about lines without a supplier.
 *   (b) the receipt itself      (procurement's receipt use case) moves stock at cost and posts
 *                               Dr 1403 原材料 / 1405 库存商品 (net) · Cr 2202 应付账款-暂估 (supplier).
 *   (c) c-receipt-posted.ts     procurement.receipt.posted → "您申请的物料已到货" to the requester
 *                               and their department head in OA, linked to the request.
 *   (d) d-bill-posted.ts        procurement.bill.posted → a 付款申请 in finance's approval for the
 *                               bill's payable. The bill (three-way matched) posted
 *                               Dr 2202 暂估 (what the receipts carried) · Dr 22210101 进项税额 ·
 *                               Dr/Cr 6401 price variance within tolerance · Cr 2202 应付账款 (gross).
 *       d-payment-executed.ts   finance.payment.executed → the cashier's payment
 *                               (Dr 2202 应付账款 · Cr 1002 银行存款) marks the bills paid.
 *   (e) live status             every step above refreshes the purchase request's status:
 *                               approved → ordered → partlyReceived → received → billed → paid.
 */
import './a-request-approved.ts';
import './c-receipt-posted.ts';
import './d-bill-posted.ts';
import './d-payment-executed.ts';
