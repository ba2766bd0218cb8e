import { useState } from 'react';
import { Button, Card, DatePicker, Empty, Form, Table, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/format.ts';
import { PartnerSelect } from '../../partners/index.ts';
import { financeCashKeys, getStatement, type ArapKind, type StatementRow } from '../api.ts';
import { KindTabs, useUrlChoice } from '../components/KindTabs.tsx';
import { Money } from '../components/Money.tsx';
import '../print.css';

const kinds = ['receivable', 'payable'] as const;

/** 对账单: the running balance with one partner over a period, printable to send for confirmation. */
export default function StatementsPage() {
  const { t } = useTranslation();
  const [kind] = useUrlChoice<ArapKind>('kind', kinds);
  const [partner, setPartner] = useState<{ id: string; name: string } | null>(null);
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => [dayjs().startOf('year'), dayjs()]);
  const from = range[0].format('YYYY-MM-DD');
  const to = range[1].format('YYYY-MM-DD');
  const statement = useQuery({
    queryKey: financeCashKeys.report('statement', { kind, partnerId: partner?.id, from, to }),
    queryFn: () => getStatement({ kind, partnerId: partner?.id ?? '', from, to }),
    enabled: partner !== null,
  });
  const data = statement.data;

  return (
    <Card
      title={<div className="fin-no-print"><KindTabs param="kind" values={kinds} labels={{ receivable: t('financeCash.kind.receivable'), payable: t('financeCash.kind.payable') }} testId="statement-kind" /></div>}
      extra={<Button icon={<PrinterOutlined />} disabled={!data} onClick={() => window.print()} className="fin-no-print" data-testid="statement-print">{t('financeCash.common.print')}</Button>}
      data-testid="statement-page"
    >
      <Form layout="inline" style={{ marginBottom: 12, rowGap: 12 }} className="fin-no-print">
        <Form.Item label={t('financeCash.common.partner')}>
          <PartnerSelect
            role={kind === 'payable' ? 'supplier' : 'customer'}
            value={partner?.id ?? null}
            onChange={(id, p) => setPartner(id ? { id, name: p?.name ?? '' } : null)}
            style={{ width: 240 }}
            testId="statement-partner"
          />
        </Form.Item>
        <Form.Item label={t('financeCash.common.dateRange')}>
          <DatePicker.RangePicker value={range} allowClear={false} onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])} />
        </Form.Item>
      </Form>
      {!partner ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('financeCash.statements.prompt')} /> : (
        <div className="fin-print-sheet triad-print-sheet" data-testid="statement-sheet">
          <Typography.Title level={4} style={{ textAlign: 'center' }}>{t('financeCash.statements.heading', { partner: data?.partner.name ?? partner.name })}</Typography.Title>
          <Typography.Paragraph style={{ textAlign: 'center' }} type="secondary">{t('financeCash.statements.period', { from, to })}</Typography.Paragraph>
          <Table<StatementRow>
            size="small"
            bordered
            loading={statement.isFetching}
            rowKey={(r, i) => `${r.number}-${i}`}
            dataSource={data?.rows ?? []}
            pagination={false}
            columns={[
              { title: t('financeCash.common.date'), width: 110, render: (_v, r) => formatDate(r.date) },
              { title: t('financeCash.common.number'), dataIndex: 'number', width: 150 },
              { title: t('financeCash.common.summary'), render: (_v, r) => r.summary ?? t(`financeCash.statements.rowKind.${r.kind}`) },
              { title: t(`financeCash.statements.increase.${kind}`), align: 'right', width: 140, render: (_v, r) => <Money value={r.increase} dashZero /> },
              { title: t(`financeCash.statements.decrease.${kind}`), align: 'right', width: 140, render: (_v, r) => <Money value={r.decrease} dashZero /> },
              { title: t('financeCash.statements.balance'), align: 'right', width: 150, render: (_v, r) => <Money value={r.balance} /> },
            ]}
            summary={() => (data ? (
              <>
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0} colSpan={5}><Typography.Text strong>{t('financeCash.statements.closing')}</Typography.Text></Table.Summary.Cell>
                  <Table.Summary.Cell index={5} align="right"><Money value={data.closing} strong testId="statement-closing" /></Table.Summary.Cell>
                </Table.Summary.Row>
              </>
            ) : null)}
            title={() => (data ? (
              <div style={{ display: 'flex', justifyContent: 'space-between' }}>
                <Typography.Text strong>{t('financeCash.statements.opening')}</Typography.Text>
                <span style={{ minWidth: 150 }}><Money value={data.opening} strong testId="statement-opening" /></span>
              </div>
            ) : null)}
          />
        </div>
      )}
    </Card>
  );
}
