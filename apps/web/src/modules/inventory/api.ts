import type {
  CreateAdjustmentRequest, CreateStockCountRequest, CreateTransferRequest, ReorderRule, SlowMoverReport, StockAlert, StockCount,
  StockCountSummary, StockDocumentResult, StockMoveRow, StockRow, TurnoverReport, UpdateStockCountLinesRequest, UpsertReorderRuleRequest,
} from '@triad/contracts';
import { api } from '../../app/api/index.ts';
import { pathFetcher, type ListFetcher } from '../../shared/list/index.ts';

// Shapes come from packages/contracts/src/inventory/inventory.schemas.ts.
export type { ReorderRule, SlowMoverReport, StockAlert, StockCount, StockCountSummary, StockDocumentResult, StockMoveRow, StockRow, TurnoverReport };
export type StockCountLine = StockCount['lines'][number];
export type StockMoveKind = StockMoveRow['kind'];
export type StockCountStatus = StockCount['status'];
export type TurnoverRow = TurnoverReport['items'][number];
export type SlowMoverRow = SlowMoverReport['items'][number];

const base = '/api/v1/inventory';

export const inventoryListIds = { stock: 'invStock', moves: 'invMoves', counts: 'invCounts' } as const;

export const inventoryKeys = {
  all: ['inventory'] as const,
  alerts: (warehouseId: string | null) => ['inventory', 'alerts', warehouseId] as const,
  count: (id: string) => ['inventory', 'count', id] as const,
  reorderRules: (warehouseId: string | null) => ['inventory', 'reorderRules', warehouseId] as const,
  report: (name: string, params: unknown) => ['inventory', 'report', name, params] as const,
};

export const stockFetcher: ListFetcher<StockRow> = pathFetcher<StockRow>(`${base}/stock`);
export const moveFetcher: ListFetcher<StockMoveRow> = pathFetcher<StockMoveRow>(`${base}/moves`);
/** The moves one document wrote (an adjustment or transfer has no page of its own: this is its view). */
export const movesOfSource = (sourceType: string, sourceId: string): ListFetcher<StockMoveRow> => pathFetcher<StockMoveRow>(`${base}/moves`, { sourceType, sourceId });
export const countFetcher: ListFetcher<StockCountSummary> = pathFetcher<StockCountSummary>(`${base}/counts`);

export const listAlerts = async (warehouseId?: string | null) => (await api.get<{ items: StockAlert[] }>(`${base}/alerts`, { warehouseId })).items;

export const createTransfer = (body: CreateTransferRequest) => api.post<StockDocumentResult>(`${base}/transfers`, body);
export const createAdjustment = (body: CreateAdjustmentRequest) => api.post<StockDocumentResult>(`${base}/adjustments`, body);

export const createCount = (body: CreateStockCountRequest) => api.post<StockCount>(`${base}/counts`, body);
export const getCount = (id: string) => api.get<StockCount>(`${base}/counts/${id}`);
export const saveCountLines = (id: string, body: UpdateStockCountLinesRequest) => api.put<StockCount>(`${base}/counts/${id}/lines`, body);
export const postCount = (id: string) => api.post<StockCount>(`${base}/counts/${id}/post`);
export const cancelCount = (id: string) => api.post<StockCount>(`${base}/counts/${id}/cancel`);

export const listReorderRules = async (warehouseId?: string | null) => (await api.get<{ items: ReorderRule[] }>(`${base}/reorder-rules`, { warehouseId })).items;
export const upsertReorderRule = (body: UpsertReorderRuleRequest) => api.put<ReorderRule>(`${base}/reorder-rules`, body);
export const deleteReorderRule = (itemId: string, warehouseId: string) => api.delete<unknown>(`${base}/reorder-rules/${itemId}/${warehouseId}`);

export const getTurnover = (q: { from: string; to: string; warehouseId?: string }) => api.get<TurnoverReport>(`${base}/reports/turnover`, q);
export const getSlowMovers = (q: { days: number; warehouseId?: string }) => api.get<SlowMoverReport>(`${base}/reports/slow-movers`, q);
