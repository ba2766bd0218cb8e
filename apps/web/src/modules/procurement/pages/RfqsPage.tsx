import { useMemo } from 'react';
import { Button } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useAuth } from '../../../app/auth/index.ts';
import { formatDate } from '../../../shared/format.ts';
import { ListPage, selectFilter, type ListColumn, type ListFilter } from '../../../shared/list/index.ts';
import { procurementListIds, rfqFetcher, type RfqStatus, type RfqSummary } from '../api.ts';
import { StatusTag } from '../components/StatusTag.tsx';

const statuses: RfqStatus[] = ['draft', 'sent', 'awarded', 'cancelled'];

/** 询价单 list. */
export default function RfqsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { can } = useAuth();

  const filters = useMemo<ListFilter[]>(() => [
    { name: 'keyword', label: t('procurement.common.keyword'), width: 160 },
    selectFilter('status', t('procurement.common.status'), statuses.map((s) => ({ value: s, label: t(`procurement.status.rfq.${s}`) })), 120),
  ], [t]);

  const columns = useMemo<ListColumn<RfqSummary>[]>(() => [
    { key: 'number', title: t('procurement.common.number'), width: 150, render: (r) => <Link to={`/procurement/rfqs/${r.id}`}>{r.number}</Link>, exportValue: (r) => r.number },
    { key: 'title', title: t('procurement.rfqs.titleField'), width: 220, ellipsis: true },
    { key: 'suppliers', title: t('procurement.rfqs.suppliers'), width: 260, ellipsis: true, render: (r) => r.suppliers.map((s) => s.name).join('、'), exportValue: (r) => r.suppliers.map((s) => s.name).join('、') },
    { key: 'lineCount', title: t('procurement.rfqs.lineCount'), width: 80, align: 'right' },
    { key: 'quoteCount', title: t('procurement.rfqs.quoteCount'), width: 80, align: 'right' },
    { key: 'deadline', title: t('procurement.rfqs.deadline'), width: 110, render: (r) => formatDate(r.deadline) },
    { key: 'requestNumber', title: t('procurement.rfqs.request'), width: 140, defaultHidden: true },
    { key: 'status', title: t('procurement.common.status'), width: 90, render: (r) => <StatusTag kind="rfq" status={r.status} />, exportValue: (r) => t(`procurement.status.rfq.${r.status}`) },
  ], [t]);

  return (
    <ListPage<RfqSummary>
      listId={procurementListIds.rfqs}
      title={t('procurement.rfqs.title')}
      columns={columns}
      fetcher={rfqFetcher}
      rowKey={(r) => r.id}
      rowTestId={(r) => `rfq-row-${r.number}`}
      onRowClick={(r) => navigate(`/procurement/rfqs/${r.id}`)}
      filters={filters}
      exportName={t('procurement.rfqs.title')}
      toolbar={can('procurement.order') ? (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/procurement/rfqs/new')} data-testid="rfq-create">{t('procurement.rfqs.new')}</Button>
      ) : null}
    />
  );
}
