import { Space, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ForecastWeek } from '../api.ts';
import { forecastBars } from '../forecast-chart.ts';
import { formatMoney } from '../money.ts';

const colors = { receipts: '#52c41a', payments: '#ff7875', closing: '#1677ff', negative: '#cf1322' };
const flowHeight = 120;
const closingHeight = 80;

function Legend({ color, label }: { color: string; label: string }) {
  return <Space size={4}><span style={{ display: 'inline-block', width: 10, height: 10, background: color }} /><Typography.Text type="secondary">{label}</Typography.Text></Space>;
}

/** A plain-CSS bar chart: weekly receipts vs payments on top, closing cash (± around an axis) below. */
export function ForecastChart({ weeks }: { weeks: ForecastWeek[] }) {
  const { t } = useTranslation();
  const bars = forecastBars(weeks);
  return (
    <div data-testid="forecast-chart">
      <Space size={16} style={{ marginBottom: 8 }}>
        <Legend color={colors.receipts} label={t('financeCash.forecast.legendReceipts')} />
        <Legend color={colors.payments} label={t('financeCash.forecast.legendPayments')} />
        <Legend color={colors.closing} label={t('financeCash.forecast.legendClosing')} />
      </Space>
      <div style={{ display: 'flex', gap: 6, overflowX: 'auto' }}>
        {weeks.map((w, i) => {
          const b = bars[i];
          if (!b) return null;
          const half = closingHeight / 2;
          const closingPx = Math.max(Math.abs(b.closing) / 100 * half, b.closing === 0 ? 0 : 2);
          return (
            <Tooltip key={w.weekStart} title={`${w.weekStart} ~ ${w.weekEnd}: +${formatMoney(w.receipts)} / -${formatMoney(w.payments)} → ${formatMoney(w.closingCash)}`}>
              <div style={{ flex: '1 0 44px', minWidth: 44, textAlign: 'center' }}>
                <div style={{ height: flowHeight, display: 'flex', alignItems: 'flex-end', justifyContent: 'center', gap: 2, borderBottom: '1px solid #d9d9d9' }}>
                  <div style={{ width: 12, height: `${b.receipts}%`, background: colors.receipts }} />
                  <div style={{ width: 12, height: `${b.payments}%`, background: colors.payments }} />
                </div>
                <div style={{ height: closingHeight, position: 'relative', marginTop: 8 }}>
                  <div style={{ position: 'absolute', left: 0, right: 0, top: half, borderTop: '1px dashed #bfbfbf' }} />
                  <div
                    style={{
                      position: 'absolute',
                      left: '30%',
                      width: '40%',
                      top: b.negative ? half : half - closingPx,
                      height: closingPx,
                      background: b.negative ? colors.negative : colors.closing,
                    }}
                  />
                </div>
                <Typography.Text type="secondary" style={{ fontSize: 11 }}>{w.weekStart.slice(5)}</Typography.Text>
              </div>
            </Tooltip>
          );
        })}
      </div>
    </div>
  );
}
