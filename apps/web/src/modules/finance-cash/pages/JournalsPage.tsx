import { useState } from 'react';
import { Card, DatePicker, Empty, Form, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatDate } from '../../../shared/format.ts';
import { financeCashKeys, getJournal, type Journal } from '../api.ts';
import { Money } from '../components/Money.tsx';
import { CashAccountSelect } from '../components/Pickers.tsx';

type JournalRow = Journal['rows'][number];

/** 日记账: the day-by-day movements of one bank or cash account with a running balance. */
export default function JournalsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const cashAccountId = params.get('cashAccountId');
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => [dayjs().startOf('month'), dayjs()]);
  const from = range[0].format('YYYY-MM-DD');
  const to = range[1].format('YYYY-MM-DD');
  const journal = useQuery({
    queryKey: financeCashKeys.report('journal', { cashAccountId, from, to }),
    queryFn: () => getJournal({ cashAccountId: cashAccountId ?? '', from, to }),
    enabled: Boolean(cashAccountId),
  });
  const data = journal.data;

  return (
    <Card title={t('financeCash.journals.title')} data-testid="journals-page">
      <Form layout="inline" style={{ marginBottom: 12, rowGap: 12 }}>
        <Form.Item label={t('financeCash.journals.account')}>
          <CashAccountSelect
            value={cashAccountId}
            onChange={(id) => setParams(id ? { cashAccountId: id } : {}, { replace: true })}
            style={{ width: 260 }}
            testId="journal-account"
          />
        </Form.Item>
        <Form.Item label={t('financeCash.common.dateRange')}>
          <DatePicker.RangePicker value={range} allowClear={false} onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])} />
        </Form.Item>
      </Form>
      {!cashAccountId ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('financeCash.journals.prompt')} /> : (
        <Table<JournalRow>
          size="small"
          bordered
          loading={journal.isFetching}
          rowKey={(r, i) => `${r.voucherId}-${i}`}
          dataSource={data?.rows ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
          title={() => (data ? (
            <div style={{ display: 'flex', justifyContent: 'space-between' }}>
              <Typography.Text strong>{t('financeCash.journals.opening')}</Typography.Text>
              <span style={{ minWidth: 150 }}><Money value={data.opening} strong testId="journal-opening" /></span>
            </div>
          ) : null)}
          columns={[
            { title: t('financeCash.common.date'), width: 110, render: (_v, r) => formatDate(r.date) },
            { title: t('financeCash.common.voucher'), width: 110, render: (_v, r) => <Link to={`/finance/vouchers/${r.voucherId}`}>{r.voucherNumber}</Link> },
            { title: t('financeCash.common.summary'), dataIndex: 'summary' },
            { title: t('financeCash.journals.income'), align: 'right', width: 140, render: (_v, r) => <Money value={r.income} dashZero /> },
            { title: t('financeCash.journals.expense'), align: 'right', width: 140, render: (_v, r) => <Money value={r.expense} dashZero /> },
            { title: t('financeCash.journals.balance'), align: 'right', width: 150, render: (_v, r) => <Money value={r.balance} /> },
          ]}
          summary={() => (data ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={5}><Typography.Text strong>{t('financeCash.journals.closing')}</Typography.Text></Table.Summary.Cell>
              <Table.Summary.Cell index={5} align="right"><Money value={data.closing} strong testId="journal-closing" /></Table.Summary.Cell>
            </Table.Summary.Row>
          ) : null)}
        />
      )}
    </Card>
  );
}
