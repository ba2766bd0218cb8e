// Shapes of the procurement API. Sourcing and bills come from packages/contracts/src/procurement;
// requests, orders, receipts and returns are kept here until the contracts export them.
import type { SupplierBillStatus } from '@triad/contracts';

export type {
  AwardRfqRequest as AwardInput, BestSupplierPriceResponse, BillableLine, BillMatchLine as MatchLine, BillMatchProblem,
  BillMatchResult as MatchResult, CreateRfqRequest as RfqInput, CreateSupplierBillRequest as BillInput,
  CreateSupplierPriceRequest as SupplierPriceInput, PutRfqQuotesRequest, Rfq, RfqComparison, RfqQuote, RfqStatus, RfqSummary,
  SupplierBill, SupplierBillSummary as BillSummary, SupplierPerformanceReport, SupplierPerformanceRow, SupplierPrice,
  UpdateSupplierPriceRequest,
} from '@triad/contracts';
export type BillStatus = SupplierBillStatus;

export type RequestStatus = 'draft' | 'pendingApproval' | 'rejected' | 'approved' | 'ordered' | 'partlyReceived' | 'received' | 'billed' | 'paid' | 'cancelled';
export type OrderStatus = 'draft' | 'pendingApproval' | 'rejected' | 'confirmed' | 'partlyReceived' | 'received' | 'closed' | 'cancelled';
export type PostedStatus = 'posted' | 'cancelled';

/** What every procurement line shows about its item. */
export interface ItemRef {
  itemId: string;
  itemCode?: string | null;
  itemName?: string | null;
  spec?: string | null;
  unitId: string;
  unitName?: string | null;
}

export interface RequestLine extends ItemRef {
  id: string;
  lineNo: number;
  quantity: string;
  estimatedPrice: string | null;
  amount: string;
  supplierId: string | null;
  supplierName?: string | null;
  orderedQty: string;
  receivedQty?: string | null;
  note: string | null;
}

export interface RequestSummary {
  id: string;
  number: string;
  requesterId: string;
  requesterName?: string | null;
  departmentName?: string | null;
  status: RequestStatus;
  purpose: string;
  neededBy: string | null;
  estimatedAmount: string;
  createdAt: string;
}

export interface OrderRef {
  id: string;
  number: string;
  supplierName?: string | null;
  status: OrderStatus;
  grossAmount: string;
}

export interface PurchaseRequest extends RequestSummary {
  warehouseId: string | null;
  warehouseName?: string | null;
  note: string | null;
  approvalInstanceId: string | null;
  approvedAt: string | null;
  lines: RequestLine[];
  orders?: OrderRef[];
}

export interface RequestLineInput {
  itemId: string;
  unitId: string;
  quantity: string;
  estimatedPrice?: string | null;
  supplierId?: string | null;
  note?: string | null;
}

export interface RequestInput {
  purpose: string;
  neededBy?: string | null;
  warehouseId?: string | null;
  note?: string | null;
  lines: RequestLineInput[];
}

export interface OrderLine extends ItemRef {
  id: string;
  lineNo: number;
  unitFactor?: string;
  quantity: string;
  price: string;
  taxRate: string;
  net: string;
  tax: string;
  gross: string;
  receivedQty: string;
  returnedQty: string;
  billedQty: string;
  requestLineId?: string | null;
  expectedDate: string | null;
}

export interface OrderSummary {
  id: string;
  number: string;
  supplierId: string;
  supplierName?: string | null;
  status: OrderStatus;
  orderDate: string;
  expectedDate: string | null;
  warehouseId: string;
  warehouseName?: string | null;
  buyerId?: string | null;
  buyerName?: string | null;
  netAmount: string;
  taxAmount: string;
  grossAmount: string;
  createdAt?: string;
}

export interface PurchaseOrder extends OrderSummary {
  requestId: string | null;
  requestNumber?: string | null;
  rfqId: string | null;
  approvalInstanceId: string | null;
  confirmedAt: string | null;
  note: string | null;
  lines: OrderLine[];
}

export interface OrderLineInput {
  itemId: string;
  unitId: string;
  quantity: string;
  price: string;
  taxRate?: string | null;
  expectedDate?: string | null;
}

export interface OrderInput {
  supplierId: string;
  orderDate: string;
  expectedDate?: string | null;
  warehouseId: string;
  note?: string | null;
  lines: OrderLineInput[];
}

/** A confirmed order's lines with what is still to be received. */
export interface ReceivableLine extends ItemRef {
  orderLineId: string;
  lineNo?: number;
  quantity: string;
  receivedQty: string;
  returnedQty?: string;
  remainingQty: string;
  price?: string;
}

export interface ReceiptLine extends ItemRef {
  id: string;
  orderLineId: string;
  locationId: string | null;
  locationName?: string | null;
  quantity: string;
  unitCost: string;
  net: string;
  taxRate: string;
  returnedQty: string;
  billedQty: string;
}

export interface ReceiptSummary {
  id: string;
  number: string;
  orderId: string;
  orderNumber?: string | null;
  supplierId: string;
  supplierName?: string | null;
  warehouseId: string;
  warehouseName?: string | null;
  receiptDate: string;
  status: PostedStatus;
  netAmount: string;
  receivedByName?: string | null;
}

export interface PurchaseReceipt extends ReceiptSummary {
  voucherId: string | null;
  voucherNumber?: string | null;
  note: string | null;
  lines: ReceiptLine[];
}

export interface ReceiptInput {
  orderId: string;
  receiptDate: string;
  warehouseId?: string | null;
  note?: string | null;
  lines: Array<{ orderLineId: string; quantity: string; locationId?: string | null }>;
}

export interface ReturnLine extends ItemRef {
  id: string;
  receiptLineId: string;
  quantity: string;
  unitCost: string;
  net: string;
}

export interface ReturnSummary {
  id: string;
  number: string;
  receiptId: string;
  receiptNumber?: string | null;
  orderId: string;
  orderNumber?: string | null;
  supplierId: string;
  supplierName?: string | null;
  warehouseName?: string | null;
  returnDate: string;
  status: PostedStatus;
  reason: string;
  netAmount: string;
}

export interface PurchaseReturn extends ReturnSummary {
  voucherId: string | null;
  voucherNumber?: string | null;
  lines: ReturnLine[];
}

export interface ReturnInput {
  receiptId: string;
  returnDate: string;
  reason: string;
  lines: Array<{ receiptLineId: string; quantity: string }>;
}

export interface ProcurementSettings {
  receiptTolerancePct: string;
  priceTolerancePct: string;
  amountTolerance: string;
}

