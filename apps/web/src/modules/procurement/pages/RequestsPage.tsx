import { useMemo } from 'react';
import { Button } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useAuth } from '../../../app/auth/index.ts';
import { formatDate } from '../../../shared/format.ts';
import { ListPage, selectFilter, type ListColumn, type ListFilter } from '../../../shared/list/index.ts';
import { procurementListIds, requestFetcher, type RequestStatus, type RequestSummary } from '../api.ts';
import { formatMoney } from '../decimal.ts';
import { Money } from '../components/Money.tsx';
import { StatusTag } from '../components/StatusTag.tsx';
import { UrlTabs, useUrlChoice } from '../components/UrlTabs.tsx';

const statuses: RequestStatus[] = ['draft', 'pendingApproval', 'rejected', 'approved', 'ordered', 'partlyReceived', 'received', 'billed', 'paid', 'cancelled'];

/** 采购申请: my own requests for everyone; all of them for those who may read procurement. */
export default function RequestsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { can } = useAuth();
  const scopes = can('procurement.read') ? (['mine', 'all'] as const) : (['mine'] as const);
  const [scope] = useUrlChoice<'mine' | 'all'>('scope', scopes);

  const filters = useMemo<ListFilter[]>(() => [
    { name: 'keyword', label: t('procurement.common.keyword'), width: 180 },
    selectFilter('status', t('procurement.common.status'), statuses.map((s) => ({ value: s, label: t(`procurement.status.request.${s}`) })), 130),
  ], [t]);

  const columns = useMemo<ListColumn<RequestSummary>[]>(() => [
    { key: 'number', title: t('procurement.common.number'), width: 150, render: (r) => <Link to={`/procurement/requests/${r.id}`}>{r.number}</Link>, exportValue: (r) => r.number },
    { key: 'purpose', title: t('procurement.requests.purpose'), width: 240, ellipsis: true },
    { key: 'requesterName', title: t('procurement.requests.requester'), width: 100 },
    { key: 'departmentName', title: t('procurement.requests.department'), width: 120, defaultHidden: scope === 'mine' },
    { key: 'neededBy', title: t('procurement.requests.neededBy'), width: 110, render: (r) => formatDate(r.neededBy) },
    { key: 'estimatedAmount', title: t('procurement.requests.estimatedAmount'), width: 130, align: 'right', render: (r) => <Money value={r.estimatedAmount} />, exportValue: (r) => formatMoney(r.estimatedAmount) },
    { key: 'status', title: t('procurement.common.status'), width: 100, render: (r) => <StatusTag kind="request" status={r.status} />, exportValue: (r) => t(`procurement.status.request.${r.status}`) },
    { key: 'createdAt', title: t('procurement.common.createdAt'), width: 110, render: (r) => formatDate(r.createdAt) },
  ], [t, scope]);

  return (
    <ListPage<RequestSummary>
      key={scope}
      listId={procurementListIds.requests}
      scope={scope}
      title={<UrlTabs param="scope" values={scopes} labels={{ mine: t('procurement.requests.mine'), all: t('procurement.requests.all') }} testId="request-scope" />}
      columns={columns}
      fetcher={requestFetcher(scope)}
      rowKey={(r) => r.id}
      rowTestId={(r) => `request-row-${r.number}`}
      onRowClick={(r) => navigate(`/procurement/requests/${r.id}`)}
      filters={filters}
      exportName={t('procurement.requests.title')}
      toolbar={(
        <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/procurement/requests/new')} data-testid="request-create">
          {t('procurement.requests.new')}
        </Button>
      )}
    />
  );
}
