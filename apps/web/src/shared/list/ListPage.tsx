import { useMemo, useState, type HTMLAttributes, type ReactNode } from 'react';
import { Button, Card, Select, Space, Table, Typography } from 'antd';
import type { ColumnsType, SorterResult } from 'antd/es/table/interface';
import { DownloadOutlined, LeftOutlined, RightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { feedback, notifyError } from '../../app/api/index.ts';
import { useIsMobile } from '../hooks/useIsMobile.ts';
import { ColumnSettings } from './ColumnSettings.tsx';
import { FilterBar } from './FilterBar.tsx';
import { downloadExcel, fetchAllRows } from './export-excel.ts';
import { filtersToQuery, readPath } from './list-fetchers.ts';
import { useColumnSettings } from './useColumnSettings.ts';
import { useCursorList } from './useCursorList.ts';
import type { ListColumn, ListFetcher, ListFilter } from './list.types.ts';

export interface ListPageProps<T extends object> {
  /** Stable id: the query key and the column-settings storage key. */
  listId: string;
  /** Separates cached pages of one list shown for different parents (e.g. per webhook subscription). */
  scope?: string;
  title?: ReactNode;
  columns: ListColumn<T>[];
  fetcher: ListFetcher<T>;
  rowKey: (row: T) => string;
  filters?: ListFilter[];
  initialFilters?: Record<string, unknown>;
  /** Buttons on the right of the title (create …). */
  toolbar?: ReactNode;
  defaultSort?: string;
  pageSize?: number;
  /** false for small whole lists (roles, positions): no page controls. */
  paginated?: boolean;
  /** Excel file name without extension; export is off when absent. */
  exportName?: string;
  exportCap?: number;
  onRowClick?: (row: T) => void;
  /** Inside a tab or drawer: no card frame, the buttons sit above the filters. */
  embedded?: boolean;
  /** data-testid of each row; default `list-row`. */
  rowTestId?: (row: T) => string;
}

function displayValue(value: unknown, yes: string, no: string): ReactNode {
  if (value === null || value === undefined || value === '') return <Typography.Text type="secondary">-</Typography.Text>;
  if (typeof value === 'boolean') return value ? yes : no;
  if (typeof value === 'string' || typeof value === 'number') return value;
  return JSON.stringify(value);
}

function sortOrderOf(sort: string | undefined, key: string): 'ascend' | 'descend' | null {
  if (sort === key) return 'ascend';
  if (sort === `-${key}`) return 'descend';
  return null;
}

/** The one list page of the system: filters, server-side sort, column settings, cursor pages, Excel export. */
export function ListPage<T extends object>(props: ListPageProps<T>) {
  const { listId, columns, fetcher, filters = [], pageSize: initialPageSize = 20, exportCap = 5000, paginated = true } = props;
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const [filterValues, setFilterValues] = useState<Record<string, string>>(() => filtersToQuery(filters, props.initialFilters ?? {}));
  const [sort, setSort] = useState<string | undefined>(props.defaultSort);
  const [limit, setLimit] = useState(initialPageSize);
  const [exporting, setExporting] = useState(false);
  const settings = useColumnSettings(listId, columns);
  const list = useCursorList(listId, props.scope, fetcher, { filters: filterValues, sort, limit });

  const tableColumns = useMemo<ColumnsType<T>>(() => settings.visible.map((column) => ({
    key: column.key,
    title: column.title,
    width: column.width,
    fixed: mobile ? undefined : column.fixed,
    align: column.align,
    ellipsis: column.ellipsis,
    sorter: column.sortable ? true : undefined,
    sortOrder: column.sortable ? sortOrderOf(sort, column.key) : undefined,
    render: (_value: unknown, row: T) =>
      column.render ? column.render(row) : displayValue(readPath(row, column.dataIndex ?? column.key), t('common.yes'), t('common.no')),
  })), [settings.visible, sort, mobile, t]);

  const onExport = async () => {
    if (!props.exportName) return;
    setExporting(true);
    try {
      const { rows, capped } = await fetchAllRows(fetcher, { filters: filterValues, sort }, exportCap);
      const exportColumns = settings.visible.filter((c) => c.exportable !== false);
      await downloadExcel(props.exportName, t('list.sheet'), exportColumns, rows);
      if (capped) feedback.message?.warning(t('list.exportCapped', { count: exportCap }));
      else feedback.message?.success(t('list.exported', { count: rows.length }));
    } catch (error) {
      notifyError(error, t('common.requestFailed'));
    } finally {
      setExporting(false);
    }
  };

  const actions = (
    <Space wrap size={8}>
      {props.toolbar}
      {props.exportName ? (
        <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void onExport()} data-testid="list-export">
          {mobile ? null : exporting ? t('list.exporting') : t('list.export')}
        </Button>
      ) : null}
      <ColumnSettings columns={columns} hidden={settings.hidden} onChange={settings.setHidden} onReset={settings.reset} />
    </Space>
  );

  const body = (
    <>
      {props.embedded ? <div style={{ display: 'flex', justifyContent: 'flex-end', marginBottom: 12 }}>{actions}</div> : null}
      <FilterBar filters={filters} initialValues={props.initialFilters} onSearch={(values) => setFilterValues(filtersToQuery(filters, values))} />
      <Table<T>
        rowKey={props.rowKey}
        columns={tableColumns}
        dataSource={list.items}
        loading={list.loading}
        pagination={false}
        size={mobile ? 'small' : 'middle'}
        scroll={{ x: 'max-content' }}
        showSorterTooltip={false}
        onChange={(_pagination, _filters, sorter) => {
          const s = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<T> | undefined;
          const key = typeof s?.columnKey === 'string' ? s.columnKey : undefined;
          setSort(key && s?.order ? `${s.order === 'descend' ? '-' : ''}${key}` : props.defaultSort);
        }}
        onRow={(row) => ({
          'data-testid': props.rowTestId ? props.rowTestId(row) : 'list-row',
          onClick: props.onRowClick ? () => props.onRowClick?.(row) : undefined,
          style: props.onRowClick ? { cursor: 'pointer' } : undefined,
        }) as HTMLAttributes<HTMLElement>}
      />
      <Space style={{ width: '100%', justifyContent: 'flex-end', marginTop: 12 }} wrap>
        <Typography.Text type="secondary">{t('list.total', { count: list.items.length })}</Typography.Text>
        {paginated ? <PageControls list={list} limit={limit} onLimit={setLimit} mobile={mobile} /> : null}
      </Space>
    </>
  );

  if (props.embedded) return <div data-testid={`list-${listId}`}>{body}</div>;
  return (
    <Card title={props.title} extra={actions} styles={{ body: { padding: mobile ? 12 : 20 } }} data-testid={`list-${listId}`}>
      {body}
    </Card>
  );
}

interface PageControlsProps {
  list: { hasPrev: boolean; hasNext: boolean; page: number; prev: () => void; next: () => void };
  limit: number;
  onLimit: (limit: number) => void;
  mobile: boolean;
}

function PageControls({ list, limit, onLimit, mobile }: PageControlsProps) {
  const { t } = useTranslation();
  return (
    <Space size={8} wrap>
      <Button icon={<LeftOutlined />} disabled={!list.hasPrev} onClick={list.prev} data-testid="list-prev">
        {mobile ? null : t('list.prev')}
      </Button>
      <Typography.Text data-testid="list-page">{t('list.page', { page: list.page })}</Typography.Text>
      <Button disabled={!list.hasNext} onClick={list.next} data-testid="list-next">
        {mobile ? null : t('list.next')} <RightOutlined />
      </Button>
      <Select
        value={limit}
        onChange={onLimit}
        style={{ width: 110 }}
        options={[20, 50, 100, 200].map((size) => ({ value: size, label: t('list.pageSize', { size }) }))}
      />
    </Space>
  );
}
