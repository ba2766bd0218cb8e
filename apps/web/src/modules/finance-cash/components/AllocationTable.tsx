import { Alert, Button, Empty, InputNumber, Space, Table, Typography } from 'antd';
import { ThunderboltOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/format.ts';
import type { OpenItem } from '../api.ts';
import { allocationIssues } from '../allocation.ts';
import { fenOf, fenToString, formatMoney, groupDigits, sumMoney, ungroupDigits } from '../money.ts';
import { Money } from './Money.tsx';

interface Props {
  amount: string;
  items: OpenItem[];
  loading: boolean;
  allocations: Record<string, string | undefined>;
  onChange: (allocations: Record<string, string | undefined>) => void;
  onAutoFill: () => void;
}

/** 核销明细: how much of this payment settles each of the partner's open items. */
export function AllocationTable({ amount, items, loading, allocations, onChange, onAutoFill }: Props) {
  const { t } = useTranslation();
  const issues = allocationIssues(amount, items, allocations);
  const overItems = new Set(issues.filter((i) => i.kind !== 'overTotal').map((i) => i.openItemId));
  const allocated = sumMoney(Object.values(allocations));
  const unallocated = fenToString(fenOf(amount) - fenOf(allocated));

  return (
    <>
      <Space style={{ marginBottom: 8 }} wrap>
        <Button icon={<ThunderboltOutlined />} onClick={onAutoFill} disabled={items.length === 0} data-testid="payment-auto-allocate">
          {t('financeCash.payments.autoFill')}
        </Button>
        <Typography.Text>{t('financeCash.payments.allocated')}: <b data-testid="payment-allocated">{formatMoney(allocated)}</b></Typography.Text>
        {fenOf(unallocated) > 0n ? <Typography.Text type="secondary">{t('financeCash.payments.unallocated')}: {formatMoney(unallocated)}</Typography.Text> : null}
      </Space>
      <Table<OpenItem>
        size="small"
        rowKey="id"
        loading={loading}
        dataSource={items}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="payment-allocations"
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('financeCash.payments.noOpenItems')} /> }}
        columns={[
          { title: t('financeCash.openItems.source'), dataIndex: 'sourceNumber', width: 150 },
          { title: t('financeCash.openItems.documentDate'), width: 110, render: (_v, r) => formatDate(r.documentDate) },
          { title: t('financeCash.openItems.dueDate'), width: 110, render: (_v, r) => formatDate(r.dueDate) },
          { title: t('financeCash.openItems.amount'), align: 'right', width: 130, render: (_v, r) => <Money value={r.amount} /> },
          { title: t('financeCash.openItems.open'), align: 'right', width: 130, render: (_v, r) => <Money value={r.open} /> },
          {
            title: t('financeCash.payments.allocate'),
            width: 160,
            render: (_v, r) => (
              <InputNumber<string>
                stringMode
                min="0"
                precision={2}
                formatter={groupDigits}
                parser={ungroupDigits}
                value={allocations[r.id] ?? null}
                status={overItems.has(r.id) ? 'error' : undefined}
                onChange={(v) => onChange({ ...allocations, [r.id]: v ?? undefined })}
                style={{ width: 150 }}
                data-testid={`payment-allocation-${r.sourceNumber}`}
              />
            ),
          },
        ]}
      />
      {overItems.size > 0 ? <Alert type="error" showIcon title={t('financeCash.payments.overItem')} style={{ marginTop: 8 }} /> : null}
      {issues.some((i) => i.kind === 'overTotal') ? <Alert type="error" showIcon title={t('financeCash.payments.overTotal')} style={{ marginTop: 8 }} data-testid="payment-over-total" /> : null}
    </>
  );
}
