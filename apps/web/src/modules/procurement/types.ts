// Shapes of the procurement API, from packages/contracts/src/procurement, under the names these
// pages use.
import type {
  PurchaseOrder, PurchaseReceipt, PurchaseRequest, PurchaseReturn, ReceivableOrder, SupplierBillStatus,
} from '@triad/contracts';

export type {
  AwardRfqRequest as AwardInput, BestSupplierPriceResponse, BillableLine, BillMatchLine as MatchLine, BillMatchProblem,
  BillMatchResult as MatchResult, CreatePurchaseOrderBody as OrderInput, CreatePurchaseReceiptBody as ReceiptInput,
  CreatePurchaseRequestBody as RequestInput, CreatePurchaseReturnBody as ReturnInput, CreateRfqRequest as RfqInput,
  CreateSupplierBillRequest as BillInput, CreateSupplierPriceRequest as SupplierPriceInput, ProcurementSettings, PurchaseOrder,
  PurchaseOrderLine as OrderLine, PurchaseOrderStatus as OrderStatus, PurchaseOrderSummary as OrderSummary, PurchaseReceipt,
  PurchaseReceiptSummary as ReceiptSummary, PurchaseRequest, PurchaseRequestLine as RequestLine,
  PurchaseRequestStatus as RequestStatus, PurchaseRequestSummary as RequestSummary, PurchaseReturn,
  PurchaseReturnSummary as ReturnSummary, PutRfqQuotesRequest, ReceivableOrder, Rfq, RfqComparison, RfqQuote, RfqStatus,
  RfqSummary, SupplierBill, SupplierBillSummary as BillSummary, SupplierPerformanceReport, SupplierPerformanceRow, SupplierPrice,
  UpdateSupplierPriceRequest,
} from '@triad/contracts';

export type BillStatus = SupplierBillStatus;
/** Receipts and returns are posted when saved; only a reversal voids them. */
export type PostedStatus = 'posted' | 'cancelled';
export type OrderRef = PurchaseRequest['orders'][number];
export type ReceivableLine = ReceivableOrder['lines'][number];
export type ReceiptLine = PurchaseReceipt['lines'][number];
export type ReturnLine = PurchaseReturn['lines'][number];
export type OrderReceiptRef = PurchaseOrder['receipts'][number];
