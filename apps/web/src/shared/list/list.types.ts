import type { ReactNode } from 'react';
import type { Page } from '@triad/contracts';

export type CellValue = string | number | boolean | Date | null | undefined;

/** One column of a shared list page. `key` is the field name and, when sortable, the sort key. */
export interface ListColumn<T> {
  key: string;
  /** Header text (also the Excel header). */
  title: string;
  /** Nested field path when the value is not `row[key]`. */
  dataIndex?: string | string[];
  render?: (row: T) => ReactNode;
  /** Only columns the server allow-lists for `sort=` may set this. */
  sortable?: boolean;
  width?: number;
  fixed?: 'left' | 'right';
  align?: 'left' | 'right' | 'center';
  ellipsis?: boolean;
  /** Hidden until the user turns it on in the column settings. */
  defaultHidden?: boolean;
  /** Excel cell value; defaults to the raw field value. */
  exportValue?: (row: T) => CellValue;
  /** false for action columns and the like. */
  exportable?: boolean;
}

/** What the server list endpoints accept: `?cursor=&limit=&sort=field|-field&<filters>`. */
export interface ListQuery {
  cursor?: string;
  limit: number;
  sort?: string;
  filters: Record<string, string>;
}

export type ListFetcher<T> = (query: ListQuery, signal?: AbortSignal) => Promise<Page<T>>;

/** One filter of the filter bar. */
export interface ListFilter {
  name: string;
  label: string;
  /** The form control; a clearable text input when absent. */
  input?: ReactNode;
  /** Turns the control's value into query parameters; default `{ [name]: String(value) }`. */
  toQuery?: (value: unknown) => Record<string, string | undefined>;
  placeholder?: string;
  /** Width of the control on desktop. */
  width?: number;
}
