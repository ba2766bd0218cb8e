import type { Page } from '@triad/contracts';
import { api } from '../../app/api/index.ts';
import { pathFetcher, type ListFetcher } from '../../shared/list/index.ts';

import type {
  AgingReport, ArapKind, CashAccount, CashFlowReport, CashForecast, CreateInvoiceRequest, CreatePaymentBody, FinAccount,
  Invoice, InvoiceSummary, Journal, OpenItem, Payment, PaymentSummary, Statement,
} from '@triad/contracts';

// Shapes come from packages/contracts/src/finance/{arap,cash,ledger}.schemas.ts.
export type { AgingReport, ArapKind, CashAccount, CashFlowReport, CashForecast, Invoice, InvoiceSummary, Journal, OpenItem, Payment, PaymentSummary, Statement };
export type Direction = Payment['direction'];
export type OpenItemStatus = OpenItem['status'];
export type PaymentStatus = Payment['status'];
export type CashAccountKind = CashAccount['kind'];
export type InvoiceLine = Invoice['lines'][number];
export type AgingRow = AgingReport['rows'][number];
export type StatementRow = Statement['rows'][number];
export type Allocation = Payment['allocations'][number];
export type ForecastWeek = CashForecast['weeks'][number];
export type LedgerAccount = FinAccount;
export type InvoiceInput = CreateInvoiceRequest;
export type PaymentInput = CreatePaymentBody;
export interface CashAccountInput { name: string; kind: CashAccountKind; bankName?: string | null; accountNo?: string | null; enabled?: boolean }

const base = '/api/v1/finance';

export const cashListIds = { invoices: 'finInvoices', openItems: 'finOpenItems', payments: 'finPayments' } as const;

export const financeCashKeys = {
  all: ['financeCash'] as const,
  invoice: (id: string) => ['financeCash', 'invoice', id] as const,
  payment: (id: string) => ['financeCash', 'payment', id] as const,
  cashAccounts: ['financeCash', 'cashAccounts'] as const,
  accounts: ['financeCash', 'ledgerAccounts'] as const,
  openItems: (kind: ArapKind, partnerId: string) => ['financeCash', 'openItems', kind, partnerId] as const,
  report: (name: string, params: unknown) => ['financeCash', 'report', name, params] as const,
};

export const invoiceFetcher = (kind: ArapKind): ListFetcher<InvoiceSummary> => pathFetcher<InvoiceSummary>(`${base}/invoices`, { kind });
export const openItemFetcher = (kind: ArapKind): ListFetcher<OpenItem> => pathFetcher<OpenItem>(`${base}/open-items`, { kind });
export const paymentFetcher = (direction: Direction): ListFetcher<PaymentSummary> => pathFetcher<PaymentSummary>(`${base}/payments`, { direction });

export const getInvoice = (id: string) => api.get<Invoice>(`${base}/invoices/${id}`);
export const createInvoice = (body: InvoiceInput) => api.post<Invoice>(`${base}/invoices`, body);
export const cancelInvoice = (id: string) => api.post<Invoice>(`${base}/invoices/${id}/cancel`);

/** Every unsettled open item of one partner (the allocation table); a partner rarely has hundreds. */
export async function listPartnerOpenItems(kind: ArapKind, partnerId: string): Promise<OpenItem[]> {
  const items: OpenItem[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 10; i += 1) {
    const page = await api.get<Page<OpenItem>>(`${base}/open-items`, { kind, partnerId, status: 'unsettled', limit: 100, cursor });
    items.push(...page.items);
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return items;
}

export const getAging = (kind: ArapKind, asOf: string) => api.get<AgingReport>(`${base}/aging`, { kind, asOf });
export const getStatement = (q: { kind: ArapKind; partnerId: string; from: string; to: string }) => api.get<Statement>(`${base}/statements`, q);

export const listCashAccounts = async () => (await api.get<{ items: CashAccount[] }>(`${base}/cash-accounts`)).items;
export const createCashAccount = (body: CashAccountInput) => api.post<CashAccount>(`${base}/cash-accounts`, body);
export const updateCashAccount = (id: string, body: Partial<CashAccountInput>) => api.patch<CashAccount>(`${base}/cash-accounts/${id}`, body);

export const getPayment = (id: string) => api.get<Payment>(`${base}/payments/${id}`);
export const createPayment = (body: PaymentInput) => api.post<Payment>(`${base}/payments`, body);
export const submitPayment = (id: string) => api.post<Payment>(`${base}/payments/${id}/submit`);
export const executePayment = (id: string, body: { cashAccountId?: string; paymentDate?: string }) => api.post<Payment>(`${base}/payments/${id}/execute`, body);
export const cancelPayment = (id: string) => api.post<Payment>(`${base}/payments/${id}/cancel`);

export const getJournal = (q: { cashAccountId: string; from: string; to: string }) => api.get<Journal>(`${base}/journals`, q);
export const getCashFlow = (from: number, to: number) => api.get<CashFlowReport>(`${base}/cash-flow`, { from, to });
export const getForecast = (weeks = 13) => api.get<CashForecast>(`${base}/cash-forecast`, { weeks });

export const listLedgerAccounts = async () => (await api.get<{ items: LedgerAccount[] }>(`${base}/accounts`)).items;
