import { useState, type HTMLAttributes } from 'react';
import { Alert, Button, Card, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { feedback, notifyError } from '../../../app/api/index.ts';
import { useAuth } from '../../../app/auth/index.ts';
import { formatDateTime } from '../../../shared/format.ts';
import { useIsMobile } from '../../../shared/hooks/useIsMobile.ts';
import { listQueryKey } from '../../../shared/list/index.ts';
import { carryForward, closePeriod, ledgerKeys, listPeriods, reopenPeriod, voucherListId, yearEnd, type PeriodRow } from '../api.ts';
import { periodLabel } from '../hooks.ts';
import { ReopenModal } from '../components/ReopenModal.tsx';

type Action = { kind: 'carryForward' | 'close' | 'yearEnd'; period: number } | { kind: 'reopen'; period: number; reason: string };

/** 期末处理: carry P&L forward, close, reopen and year-end, month by month. */
export default function PeriodsPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const mobile = useIsMobile();
  const queryClient = useQueryClient();
  const periods = useQuery({ queryKey: ledgerKeys.periods, queryFn: listPeriods });
  const [error, setError] = useState<string | null>(null);
  const [reopening, setReopening] = useState<number | null>(null);
  const canClose = can('finance.period.close');

  const run = useMutation({
    meta: { silent: true },
    mutationFn: async (action: Action) => {
      switch (action.kind) {
        case 'carryForward': {
          const result = await carryForward(action.period);
          return result.voucherId ? t('financeLedger.periods.carried', { number: result.number ?? '' }) : t('financeLedger.periods.nothingToCarry');
        }
        case 'close':
          await closePeriod(action.period);
          return t('financeLedger.periods.closedOk', { period: periodLabel(action.period) });
        case 'reopen':
          await reopenPeriod(action.period, action.reason);
          return t('financeLedger.periods.reopenedOk', { period: periodLabel(action.period) });
        case 'yearEnd':
          await yearEnd(action.period);
          return t('financeLedger.periods.yearEndOk');
      }
    },
    onMutate: () => setError(null),
    onSuccess: (text) => {
      feedback.message?.success(text);
      setReopening(null);
    },
    // The server explains why (drafts left, P&L not carried, an earlier period open…): keep it on screen.
    onError: (e) => {
      setError(e instanceof Error ? e.message : t('common.requestFailed'));
      notifyError(e, t('common.requestFailed'));
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ledgerKeys.periods });
      void queryClient.invalidateQueries({ queryKey: listQueryKey(voucherListId) });
    },
  });

  const rows = [...(periods.data?.items ?? [])].sort((a, b) => b.period - a.period);
  const current = periods.data?.currentPeriod;
  // Only the latest closed period can be reopened (later books build on the earlier ones).
  const latestClosed = rows.find((p) => p.status === 'closed')?.period;
  const confirm = (title: string, action: Action, label: string, testId: string, danger = false) => (
    <Popconfirm title={title} onConfirm={() => run.mutate(action)} okButtonProps={{ 'data-testid': `${testId}-confirm` } as Record<string, string>}>
      <Button type="link" size="small" danger={danger} disabled={run.isPending} data-testid={testId}>{label}</Button>
    </Popconfirm>
  );

  return (
    <Card title={t('financeLedger.periods.title')} styles={{ body: { padding: mobile ? 12 : 20 } }} data-testid="periods-page">
      <Typography.Paragraph type="secondary">{t('financeLedger.periods.hint')}</Typography.Paragraph>
      {error ? <Alert type="error" showIcon closable onClose={() => setError(null)} title={error} style={{ marginBottom: 12 }} data-testid="periods-error" /> : null}
      <Table<PeriodRow>
        rowKey="period"
        loading={periods.isPending}
        dataSource={rows}
        pagination={false}
        size={mobile ? 'small' : 'middle'}
        scroll={{ x: 'max-content' }}
        onRow={(p) => ({ 'data-testid': `period-row-${p.period}` }) as HTMLAttributes<HTMLElement>}
        columns={[
          {
            key: 'period', title: t('financeLedger.periods.period'),
            render: (_, p) => (
              <Space size={6}>
                <Typography.Text strong>{periodLabel(p.period)}</Typography.Text>
                {p.period === current ? <Tag color="blue">{t('financeLedger.periods.current')}</Tag> : null}
              </Space>
            ),
          },
          {
            key: 'status', title: t('financeLedger.periods.status'),
            render: (_, p) => <Tag color={p.status === 'open' ? 'green' : 'default'}>{t(`financeLedger.periods.${p.status}`)}</Tag>,
          },
          { key: 'draftCount', title: t('financeLedger.periods.draftCount'), dataIndex: 'draftCount', align: 'right',
            render: (n: number) => (n > 0 ? <Typography.Text type="warning" strong>{n}</Typography.Text> : n) },
          { key: 'postedCount', title: t('financeLedger.periods.postedCount'), dataIndex: 'postedCount', align: 'right' },
          { key: 'closedAt', title: t('financeLedger.periods.closedAt'), render: (_, p) => formatDateTime(p.closedAt) || '-', responsive: ['md'] },
          { key: 'closedBy', title: t('financeLedger.periods.closedBy'), render: (_, p) => p.closedByName ?? '-', responsive: ['md'] },
          {
            key: 'actions', title: t('common.actions'),
            render: (_, p) => (
              <Space size={0} wrap>
                {p.status === 'open' && canClose ? confirm(t('financeLedger.periods.confirmCarryForward'), { kind: 'carryForward', period: p.period }, t('financeLedger.periods.carryForward'), `period-carry-${p.period}`) : null}
                {p.status === 'open' && canClose ? confirm(t('financeLedger.periods.confirmClose'), { kind: 'close', period: p.period }, t('financeLedger.periods.close'), `period-close-${p.period}`) : null}
                {p.status === 'open' && canClose && p.period % 100 === 12
                  ? confirm(t('financeLedger.periods.confirmYearEnd'), { kind: 'yearEnd', period: p.period }, t('financeLedger.periods.yearEnd'), `period-year-end-${p.period}`)
                  : null}
                {p.period === latestClosed && can('finance.period.reopen') ? (
                  <Button type="link" size="small" danger disabled={run.isPending} onClick={() => setReopening(p.period)} data-testid={`period-reopen-${p.period}`}>
                    {t('financeLedger.periods.reopen')}
                  </Button>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
      <ReopenModal period={reopening} saving={run.isPending} onCancel={() => setReopening(null)}
        onConfirm={(period, reason) => run.mutate({ kind: 'reopen', period, reason })} />
    </Card>
  );
}
