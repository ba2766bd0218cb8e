export { ListPage } from './ListPage.tsx';
export type { ListPageProps } from './ListPage.tsx';
export { listQueryKey } from './useCursorList.ts';
export { pathFetcher, filtersToQuery } from './list-fetchers.ts';
export { downloadExcel, fetchAllRows } from './export-excel.ts';
export { dateRangeFilter, selectFilter } from './filter-helpers.tsx';
export type { ListColumn, ListFetcher, ListFilter, ListQuery, CellValue } from './list.types.ts';
