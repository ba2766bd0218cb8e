import { api } from '../../app/api/index.ts';
import { pathFetcher, type ListFetcher } from '../../shared/list/index.ts';
import type {
  AwardInput, BillInput, BillSummary, BillableLine, MatchResult, OrderInput, OrderSummary, ProcurementSettings, PurchaseOrder,
  PurchaseReceipt, PurchaseRequest, PurchaseReturn, PutRfqQuotesRequest, ReceiptInput, ReceiptSummary, ReceivableOrder, RequestInput,
  RequestSummary, ReturnInput, ReturnSummary, Rfq, RfqComparison, RfqInput, RfqSummary, SupplierBill, SupplierPerformanceReport,
  SupplierPrice, SupplierPriceInput, UpdateSupplierPriceRequest,
} from './types.ts';

export type * from './types.ts';

const base = '/api/v1/procurement';

export const procurementListIds = {
  requests: 'procRequests',
  orders: 'procOrders',
  receipts: 'procReceipts',
  returns: 'procReturns',
  bills: 'procBills',
  rfqs: 'procRfqs',
  prices: 'procSupplierPrices',
} as const;

export const procurementKeys = {
  all: ['procurement'] as const,
  request: (id: string) => ['procurement', 'request', id] as const,
  order: (id: string) => ['procurement', 'order', id] as const,
  receivable: (id: string) => ['procurement', 'receivable', id] as const,
  receipt: (id: string) => ['procurement', 'receipt', id] as const,
  return: (id: string) => ['procurement', 'return', id] as const,
  bill: (id: string) => ['procurement', 'bill', id] as const,
  billable: (supplierId: string) => ['procurement', 'billable', supplierId] as const,
  rfq: (id: string) => ['procurement', 'rfq', id] as const,
  comparison: (id: string) => ['procurement', 'comparison', id] as const,
  settings: ['procurement', 'settings'] as const,
  performance: (from: string, to: string) => ['procurement', 'performance', from, to] as const,
};

// 采购申请
export const requestFetcher = (scope: 'mine' | 'all'): ListFetcher<RequestSummary> => pathFetcher<RequestSummary>(`${base}/requests`, { scope });
export const getRequest = (id: string) => api.get<PurchaseRequest>(`${base}/requests/${id}`);
export const createRequest = (body: RequestInput) => api.post<PurchaseRequest>(`${base}/requests`, body);
export const updateRequest = (id: string, body: RequestInput) => api.put<PurchaseRequest>(`${base}/requests/${id}`, body);
export const submitRequest = (id: string) => api.post<PurchaseRequest>(`${base}/requests/${id}/submit`);
export const cancelRequest = (id: string) => api.post<PurchaseRequest>(`${base}/requests/${id}/cancel`);

// 采购订单
export const orderFetcher: ListFetcher<OrderSummary> = pathFetcher<OrderSummary>(`${base}/orders`);
export const getOrder = (id: string) => api.get<PurchaseOrder>(`${base}/orders/${id}`);
export const createOrder = (body: OrderInput) => api.post<PurchaseOrder>(`${base}/orders`, body);
export const updateOrder = (id: string, body: OrderInput) => api.put<PurchaseOrder>(`${base}/orders/${id}`, body);
export const submitOrder = (id: string) => api.post<PurchaseOrder>(`${base}/orders/${id}/submit`);
export const cancelOrder = (id: string) => api.post<PurchaseOrder>(`${base}/orders/${id}/cancel`);
export const closeOrder = (id: string) => api.post<PurchaseOrder>(`${base}/orders/${id}/close`);
export const getReceivable = (id: string) => api.get<ReceivableOrder>(`${base}/orders/${id}/receivable`);

// 采购入库 / 退货
export const receiptFetcher: ListFetcher<ReceiptSummary> = pathFetcher<ReceiptSummary>(`${base}/receipts`);
export const getReceipt = (id: string) => api.get<PurchaseReceipt>(`${base}/receipts/${id}`);
export const createReceipt = (body: ReceiptInput) => api.post<PurchaseReceipt>(`${base}/receipts`, body);
export const returnFetcher: ListFetcher<ReturnSummary> = pathFetcher<ReturnSummary>(`${base}/returns`);
export const getReturn = (id: string) => api.get<PurchaseReturn>(`${base}/returns/${id}`);
export const createReturn = (body: ReturnInput) => api.post<PurchaseReturn>(`${base}/returns`, body);

// 供应商发票
export const billFetcher: ListFetcher<BillSummary> = pathFetcher<BillSummary>(`${base}/bills`);
export const getBill = (id: string) => api.get<SupplierBill>(`${base}/bills/${id}`);
export const listBillable = async (supplierId: string) => (await api.get<{ items: BillableLine[] }>(`${base}/bills/billable`, { supplierId })).items;
export const previewMatch = (body: BillInput) => api.post<MatchResult>(`${base}/bills/match`, body);
export const createBill = (body: BillInput) => api.post<SupplierBill>(`${base}/bills`, body);

// 询价 / 比价
export const rfqFetcher: ListFetcher<RfqSummary> = pathFetcher<RfqSummary>(`${base}/rfqs`);
export const getRfq = (id: string) => api.get<Rfq>(`${base}/rfqs/${id}`);
export const createRfq = (body: RfqInput) => api.post<Rfq>(`${base}/rfqs`, body);
export const sendRfq = (id: string) => api.post<Rfq>(`${base}/rfqs/${id}/send`);
export const saveQuotes = (id: string, body: PutRfqQuotesRequest) => api.put<Rfq>(`${base}/rfqs/${id}/quotes`, body);
export const getComparison = (id: string) => api.get<RfqComparison>(`${base}/rfqs/${id}/comparison`);
export const awardRfq = (id: string, body: AwardInput) => api.post<Rfq>(`${base}/rfqs/${id}/award`, body);
export const cancelRfq = (id: string) => api.post<Rfq>(`${base}/rfqs/${id}/cancel`);

// 价目表
export const priceFetcher: ListFetcher<SupplierPrice> = pathFetcher<SupplierPrice>(`${base}/supplier-prices`);
export const createSupplierPrice = (body: SupplierPriceInput) => api.post<SupplierPrice>(`${base}/supplier-prices`, body);
export const updateSupplierPrice = (id: string, body: UpdateSupplierPriceRequest) => api.put<SupplierPrice>(`${base}/supplier-prices/${id}`, body);
export const deleteSupplierPrice = (id: string) => api.delete<void>(`${base}/supplier-prices/${id}`);

// 设置与报表
export const getSettings = () => api.get<ProcurementSettings>(`${base}/settings`);
export const saveSettings = (body: ProcurementSettings) => api.put<ProcurementSettings>(`${base}/settings`, body);
export const getSupplierPerformance = (from: string, to: string) => api.get<SupplierPerformanceReport>(`${base}/reports/supplier-performance`, { from, to });
