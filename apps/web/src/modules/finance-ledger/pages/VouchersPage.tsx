import { Button, Select, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useAuth } from '../../../app/auth/index.ts';
import { ListPage, selectFilter, type ListColumn, type ListFilter } from '../../../shared/list/index.ts';
import { ledgerKeys, listPeriods, voucherFetcher, voucherListId, voucherStatuses, voucherWords, type VoucherSummary } from '../api.ts';
import { periodLabel } from '../hooks.ts';
import { MoneyText } from '../components/MoneyText.tsx';
import { VoucherStatusTag } from '../components/VoucherStatusTag.tsx';
import { SourceNumber } from '../components/SourceLink.tsx';

/** 凭证列表: every voucher of the company, newest first, filtered by period, status and word. */
export default function VouchersPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const navigate = useNavigate();
  const periods = useQuery({ queryKey: ledgerKeys.periods, queryFn: listPeriods });
  const periodOptions = (periods.data?.items ?? []).map((p) => ({ value: String(p.period), label: periodLabel(p.period) }));

  const filters: ListFilter[] = [
    {
      name: 'period',
      label: t('financeLedger.vouchers.period'),
      width: 130,
      input: <Select allowClear options={periodOptions} style={{ width: 130 }} data-testid="filter-period" />,
    },
    selectFilter('status', t('financeLedger.vouchers.status'), voucherStatuses.map((s) => ({ value: s, label: t(`financeLedger.status.${s}`) })), 120),
    selectFilter('word', t('financeLedger.vouchers.word'), voucherWords.map((w) => ({ value: w, label: t(`financeLedger.words.${w}`) })), 100),
    { name: 'q', label: t('financeLedger.vouchers.search'), placeholder: t('financeLedger.vouchers.searchPlaceholder'), width: 200 },
  ];

  const columns: ListColumn<VoucherSummary>[] = [
    {
      key: 'number', title: t('financeLedger.vouchers.number'), width: 110, fixed: 'left',
      render: (v) => <Link to={`/finance/vouchers/${v.id}`} onClick={(e) => e.stopPropagation()} data-testid="voucher-number">{v.number}</Link>,
    },
    { key: 'period', title: t('financeLedger.vouchers.period'), width: 90, render: (v) => periodLabel(v.period), exportValue: (v) => periodLabel(v.period) },
    { key: 'voucherDate', title: t('financeLedger.vouchers.date'), width: 110 },
    { key: 'summary', title: t('financeLedger.vouchers.summary'), ellipsis: true },
    {
      key: 'totalDebit', title: t('financeLedger.vouchers.debitTotal'), align: 'right', width: 140,
      render: (v) => <MoneyText value={v.totalDebit} />, exportValue: (v) => Number(v.totalDebit),
    },
    {
      key: 'status', title: t('financeLedger.vouchers.status'), width: 170,
      render: (v) => <VoucherStatusTag voucher={v} />, exportValue: (v) => t(`financeLedger.status.${v.status}`),
    },
    {
      key: 'sourceNumber', title: t('financeLedger.vouchers.source'), width: 150,
      render: (v) => (v.sourceNumber ? <SourceNumber voucher={v} /> : <Typography.Text type="secondary">-</Typography.Text>),
      exportValue: (v) => v.sourceNumber ?? '',
    },
    { key: 'createdByName', title: t('financeLedger.vouchers.maker'), width: 100 },
  ];

  return (
    <ListPage<VoucherSummary>
      listId={voucherListId}
      title={t('financeLedger.vouchers.title')}
      columns={columns}
      fetcher={voucherFetcher}
      rowKey={(v) => v.id}
      filters={filters}
      exportName={t('financeLedger.vouchers.title')}
      onRowClick={(v) => navigate(`/finance/vouchers/${v.id}`)}
      rowTestId={() => 'voucher-row'}
      toolbar={can('finance.voucher.create') ? (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/finance/vouchers/new')} data-testid="voucher-create">
          {t('financeLedger.vouchers.create')}
        </Button>
      ) : null}
    />
  );
}
