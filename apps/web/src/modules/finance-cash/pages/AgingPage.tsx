import { useState, type HTMLAttributes } from 'react';
import { Card, DatePicker, Empty, Form, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { financeCashKeys, getAging, type AgingRow, type ArapKind } from '../api.ts';
import { isOverdue90 } from '../allocation.ts';
import { KindTabs, useUrlChoice } from '../components/KindTabs.tsx';
import { Money } from '../components/Money.tsx';

const kinds = ['receivable', 'payable'] as const;
const buckets = ['d0_30', 'd31_60', 'd61_90', 'd90plus'] as const;

/** 账龄分析: what each partner owes (or is owed), by how long it has been outstanding. */
export default function AgingPage() {
  const { t } = useTranslation();
  const [kind] = useUrlChoice<ArapKind>('kind', kinds);
  const navigate = useNavigate();
  const [asOf, setAsOf] = useState<Dayjs>(() => dayjs());
  const asOfText = asOf.format('YYYY-MM-DD');
  const aging = useQuery({ queryKey: financeCashKeys.report('aging', { kind, asOfText }), queryFn: () => getAging(kind, asOfText) });

  const columns = [
    { title: t('financeCash.common.partner'), dataIndex: 'partnerName', key: 'partnerName', fixed: 'left' as const, width: 220 },
    { title: t('financeCash.aging.total'), key: 'total', align: 'right' as const, width: 140, render: (_: unknown, r: AgingRow) => <Money value={r.total} strong /> },
    ...buckets.map((b) => ({
      title: t(`financeCash.aging.${b}`),
      key: b,
      align: 'right' as const,
      width: 130,
      render: (_: unknown, r: AgingRow) => <Money value={r[b]} dashZero danger={b === 'd90plus' && isOverdue90(r.d90plus)} />,
    })),
  ];

  return (
    <Card
      title={<KindTabs param="kind" values={kinds} labels={{ receivable: t('financeCash.kind.receivable'), payable: t('financeCash.kind.payable') }} testId="aging-kind" />}
      data-testid="aging-page"
    >
      <Form layout="inline" style={{ marginBottom: 12 }}>
        <Form.Item label={t('financeCash.aging.asOf')}>
          <DatePicker value={asOf} allowClear={false} onChange={(d) => d && setAsOf(d)} data-testid="aging-as-of" />
        </Form.Item>
        <Form.Item><Typography.Text type="secondary">{t('financeCash.aging.overdueHint')}</Typography.Text></Form.Item>
      </Form>
      <Table<AgingRow>
        size="middle"
        rowKey="partnerId"
        loading={aging.isFetching}
        dataSource={aging.data?.rows ?? []}
        columns={columns}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('financeCash.aging.empty')} /> }}
        onRow={(r) => ({
          'data-testid': `aging-row-${r.partnerName}`,
          style: { cursor: 'pointer' },
          // Drill down to the documents behind the balance.
          onClick: () => navigate(`/finance/open-items?${new URLSearchParams({ kind, partnerId: r.partnerId, partnerName: r.partnerName ?? '' }).toString()}`),
        }) as HTMLAttributes<HTMLElement>}
        summary={() => (aging.data && aging.data.rows.length > 0 ? (
          <Table.Summary fixed>
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}><Typography.Text strong>{t('financeCash.common.total')}</Typography.Text></Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right"><Money value={aging.data.totals.total} strong testId="aging-total" /></Table.Summary.Cell>
              {buckets.map((b, i) => (
                <Table.Summary.Cell key={b} index={i + 2} align="right">
                  <Money value={aging.data.totals[b]} strong dashZero danger={b === 'd90plus' && isOverdue90(aging.data.totals.d90plus)} />
                </Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
          </Table.Summary>
        ) : null)}
      />
    </Card>
  );
}
