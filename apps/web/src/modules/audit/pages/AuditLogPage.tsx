import { useMemo, useState } from 'react';
import { Button, Select } from 'antd';
import type { AuditEntry } from '@triad/contracts';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format.ts';
import { dateRangeFilter, ListPage, pathFetcher, type ListColumn, type ListFilter } from '../../../shared/list/index.ts';
import { UserSelect } from '../../org/index.ts';
import { auditZhCN } from '../i18n/zh-CN.ts';
import { AuditDetailDrawer } from '../components/AuditDetailDrawer.tsx';

const fetcher = pathFetcher<AuditEntry>('/api/v1/audit');
const entityKeys = Object.keys(auditZhCN.entities);
const actionKeys = Object.keys(auditZhCN.actions);

/** 操作日志: the append-only audit log with a before/after diff per entry. */
export default function AuditLogPage() {
  const { t } = useTranslation();
  const [detail, setDetail] = useState<AuditEntry | null>(null);
  const entityLabel = (e: string) => t(`audit.entities.${e}`, { defaultValue: e });
  const actionLabel = (a: string) => t(`audit.actions.${a}`, { defaultValue: a });

  const filters = useMemo<ListFilter[]>(() => [
    { name: 'q', label: t('audit.search'), width: 180 },
    {
      name: 'entity',
      label: t('audit.entity'),
      input: <Select allowClear showSearch style={{ width: 150 }} options={entityKeys.map((e) => ({ value: e, label: entityLabel(e) }))} data-testid="filter-entity" />,
    },
    {
      name: 'action',
      label: t('audit.action'),
      input: <Select allowClear showSearch style={{ width: 140 }} options={actionKeys.map((a) => ({ value: a, label: actionLabel(a) }))} data-testid="filter-action" />,
    },
    { name: 'userId', label: t('audit.user'), input: <UserSelect style={{ width: 180 }} testId="filter-userId" /> },
    { name: 'entityId', label: t('audit.entityId'), width: 200 },
    dateRangeFilter('period', t('audit.period')),
  ], [t]);

  const columns = useMemo<ListColumn<AuditEntry>[]>(() => [
    { key: 'at', title: t('audit.at'), width: 170, render: (e) => formatDateTime(e.at), exportValue: (e) => formatDateTime(e.at) },
    { key: 'userName', title: t('audit.user'), width: 120 },
    { key: 'entity', title: t('audit.entity'), width: 120, render: (e) => entityLabel(e.entity), exportValue: (e) => entityLabel(e.entity) },
    { key: 'action', title: t('audit.action'), width: 110, render: (e) => actionLabel(e.action), exportValue: (e) => actionLabel(e.action) },
    { key: 'entityId', title: t('audit.entityId'), ellipsis: true, width: 280 },
    { key: 'ip', title: t('audit.ip'), width: 130 },
    { key: 'requestId', title: t('audit.requestId'), defaultHidden: true },
    { key: 'before', title: t('audit.before'), defaultHidden: true, ellipsis: true, width: 240 },
    { key: 'after', title: t('audit.after'), defaultHidden: true, ellipsis: true, width: 240 },
    {
      key: 'actions',
      title: t('common.actions'),
      exportable: false,
      render: (e) => <Button type="link" size="small" onClick={() => setDetail(e)} data-testid="audit-detail">{t('common.detail')}</Button>,
    },
  ], [t]);

  return (
    <>
      <ListPage<AuditEntry>
        listId="platform.audit"
        title={t('audit.title')}
        columns={columns}
        fetcher={fetcher}
        rowKey={(e) => e.id}
        filters={filters}
        exportName={t('audit.title')}
        onRowClick={setDetail}
      />
      <AuditDetailDrawer entry={detail} onClose={() => setDetail(null)} />
    </>
  );
}
