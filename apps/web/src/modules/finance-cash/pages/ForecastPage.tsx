import { Alert, Card, Col, Row, Statistic, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { financeCashKeys, getForecast, type ForecastWeek } from '../api.ts';
import { ForecastChart } from '../components/ForecastChart.tsx';
import { Money } from '../components/Money.tsx';
import { fenOf, formatMoney } from '../money.ts';

/** 13 周资金预测: cash now plus open receivables/payables by due week, so a shortfall shows early. */
export default function ForecastPage() {
  const { t } = useTranslation();
  const forecast = useQuery({ queryKey: financeCashKeys.report('forecast', 13), queryFn: () => getForecast(13) });
  const data = forecast.data;
  const negativeWeeks = (data?.weeks ?? []).filter((w) => fenOf(w.closingCash) < 0n).length;
  const money = (v: string | undefined) => formatMoney(v ?? '0');

  return (
    <Card title={t('financeCash.forecast.title')} extra={data ? <Typography.Text type="secondary">{t('financeCash.forecast.asOf', { date: data.asOf })}</Typography.Text> : null} loading={forecast.isPending} data-testid="forecast-page">
      {data ? (
        <>
          <Row gutter={16} style={{ marginBottom: 16 }}>
            <Col xs={24} md={8}><Statistic title={t('financeCash.forecast.openingCash')} value={money(data.openingCash)} /></Col>
            <Col xs={12} md={8}><Statistic title={t('financeCash.forecast.overdueReceivable')} value={money(data.overdueReceivable)} /></Col>
            <Col xs={12} md={8}><Statistic title={t('financeCash.forecast.overduePayable')} value={money(data.overduePayable)} styles={{ content: fenOf(data.overduePayable) > 0n ? { color: '#cf1322' } : undefined }} /></Col>
          </Row>
          {negativeWeeks > 0 ? <Alert type="warning" showIcon title={t('financeCash.forecast.negativeWarning', { count: negativeWeeks })} style={{ marginBottom: 16 }} /> : null}
          <Typography.Title level={5}>{t('financeCash.forecast.chart')}</Typography.Title>
          <ForecastChart weeks={data.weeks} />
          <Table<ForecastWeek>
            style={{ marginTop: 16 }}
            size="small"
            rowKey="weekStart"
            dataSource={data.weeks}
            pagination={false}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: t('financeCash.forecast.week'), width: 60, render: (_v, _w, i) => i + 1 },
              { title: t('financeCash.common.dateRange'), width: 200, render: (_v, w) => t('financeCash.forecast.weekRange', { from: w.weekStart, to: w.weekEnd }) },
              { title: t('financeCash.forecast.receipts'), align: 'right', render: (_v, w) => <Money value={w.receipts} dashZero /> },
              { title: t('financeCash.forecast.payments'), align: 'right', render: (_v, w) => <Money value={w.payments} dashZero /> },
              { title: t('financeCash.forecast.net'), align: 'right', render: (_v, w) => <Money value={w.net} /> },
              { title: t('financeCash.forecast.closingCash'), align: 'right', render: (_v, w) => <Money value={w.closingCash} strong /> },
            ]}
          />
        </>
      ) : null}
    </Card>
  );
}
