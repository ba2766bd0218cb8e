import type {
  CreateCatalogItemRequest, CreateCatalogUnitRequest, CreateItemCategoryRequest, CreateWarehouseRequest, Page, SpreadsheetImportRequest,
  SpreadsheetImportResult, UpdateCatalogItemRequest, UpdateCatalogUnitRequest, UpdateItemCategoryRequest, UpdateWarehouseRequest,
} from '@triad/contracts';
import { api } from '../../app/api/index.ts';
import { pathFetcher, type ListFetcher } from '../../shared/list/index.ts';
import type { CatalogItem, CatalogItemSummary, CatalogUnit, CatalogWarehouse, ItemBarcodeMatch, ItemCategory } from './types.ts';

export type * from './types.ts';

const base = '/api/v1/catalog';

export const catalogListIds = { items: 'catalogItems' } as const;

export const catalogKeys = {
  all: ['catalog'] as const,
  itemSearch: (q: string) => ['catalog', 'itemSearch', q] as const,
  item: (id: string) => ['catalog', 'item', id] as const,
  categories: ['catalog', 'categories'] as const,
  units: ['catalog', 'units'] as const,
  warehouses: ['catalog', 'warehouses'] as const,
};

export const itemFetcher: ListFetcher<CatalogItemSummary> = pathFetcher<CatalogItemSummary>(`${base}/items`);

export const searchItems = (keyword: string, signal?: AbortSignal) =>
  api.get<Page<CatalogItemSummary>>(`${base}/items`, { keyword, enabled: 'true', limit: 20 }, signal);
export const getItem = (id: string) => api.get<CatalogItem>(`${base}/items/${id}`);
export const lookupBarcode = (barcode: string) => api.get<ItemBarcodeMatch>(`${base}/items/lookup`, { barcode });
export const createItem = (body: CreateCatalogItemRequest) => api.post<CatalogItem>(`${base}/items`, body);
export const updateItem = (id: string, body: UpdateCatalogItemRequest) => api.put<CatalogItem>(`${base}/items/${id}`, body);
export const itemImportTemplateUrl = `${base}/items/import-template`;
export const importItems = (body: SpreadsheetImportRequest) => api.post<SpreadsheetImportResult>(`${base}/items/import`, body);

/** Small whole lists: a company has tens of categories, units and warehouses, not thousands. */
export const listCategories = async () => (await api.get<{ items: ItemCategory[] }>(`${base}/categories`)).items;
export const createCategory = (body: CreateItemCategoryRequest) => api.post<ItemCategory>(`${base}/categories`, body);
export const updateCategory = (id: string, body: UpdateItemCategoryRequest) => api.put<ItemCategory>(`${base}/categories/${id}`, body);

export const listUnits = async () => (await api.get<{ items: CatalogUnit[] }>(`${base}/units`)).items;
export const createUnit = (body: CreateCatalogUnitRequest) => api.post<CatalogUnit>(`${base}/units`, body);
export const updateUnit = (id: string, body: UpdateCatalogUnitRequest) => api.put<CatalogUnit>(`${base}/units/${id}`, body);

export const listWarehouses = async () => (await api.get<{ items: CatalogWarehouse[] }>(`${base}/warehouses`)).items;
export const createWarehouse = (body: CreateWarehouseRequest) => api.post<CatalogWarehouse>(`${base}/warehouses`, body);
export const updateWarehouse = (id: string, body: UpdateWarehouseRequest) => api.put<CatalogWarehouse>(`${base}/warehouses/${id}`, body);
