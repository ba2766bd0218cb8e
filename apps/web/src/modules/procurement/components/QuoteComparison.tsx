import { useEffect, useState } from 'react';
import { Button, Checkbox, Empty, Radio, Space, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { feedback } from '../../../app/api/index.ts';
import { awardRfq, getComparison, procurementKeys, type Rfq, type RfqComparison } from '../api.ts';
import { formatPrice, formatQty } from '../decimal.ts';
import { Money } from './Money.tsx';

type Line = RfqComparison['lines'][number];
type Cell = Line['cells'][number];

const best = { background: '#f6ffed', boxShadow: 'inset 0 0 0 1px #b7eb8f' };

/**
 * 比价: lines down, suppliers across; the cheapest quote of each line is highlighted and chosen by
 * default, the fastest is tagged. The buyer may pick another quote per line, then award: one draft
 * order per supplier.
 */
export function QuoteComparison({ rfq, canAward, onAwarded }: { rfq: Rfq; canAward: boolean; onAwarded: (rfq: Rfq) => void }) {
  const { t } = useTranslation();
  const comparison = useQuery({ queryKey: procurementKeys.comparison(rfq.id), queryFn: () => getComparison(rfq.id) });
  const [choices, setChoices] = useState<Record<string, string | null>>({});
  const [updatePriceList, setUpdatePriceList] = useState(true);

  useEffect(() => {
    if (!comparison.data) return;
    const initial: Record<string, string | null> = {};
    for (const line of comparison.data.lines) {
      const chosen = line.cells.find((c) => c.chosen) ?? line.cells.find((c) => c.cheapest && c.quoteId);
      initial[line.rfqLineId] = chosen?.quoteId ?? null;
    }
    setChoices(initial);
  }, [comparison.data]);

  const award = useMutation({
    mutationFn: () => awardRfq(rfq.id, { quoteIds: Object.values(choices).filter((q): q is string => Boolean(q)), updatePriceList }),
    onSuccess: (updated) => { feedback.message?.success(t('procurement.rfqs.awarded')); onAwarded(updated); },
  });

  const data = comparison.data;
  if (!data) return <Table loading dataSource={[]} />;
  if (data.suppliers.length === 0 || data.lines.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  const chosenCount = Object.values(choices).filter(Boolean).length;

  const renderCell = (line: Line, cell: Cell | undefined) => {
    if (!cell || cell.price === null) return <Typography.Text type="secondary">{t('procurement.rfqs.noQuote')}</Typography.Text>;
    return (
      <Space orientation="vertical" size={0} style={{ width: '100%' }}>
        <Space size={4}>
          {canAward ? <Radio checked={choices[line.rfqLineId] === cell.quoteId} onChange={() => setChoices((p) => ({ ...p, [line.rfqLineId]: cell.quoteId }))} data-testid={`rfq-choose-${line.lineNo}-${cell.supplierId}`} /> : null}
          <Typography.Text strong={cell.cheapest}>{formatPrice(cell.price)}</Typography.Text>
          {cell.cheapest ? <Tag color="green" data-testid="rfq-cheapest">{t('procurement.rfqs.cheapest')}</Tag> : null}
          {cell.fastest ? <Tag color="blue">{t('procurement.rfqs.fastest')}</Tag> : null}
          {cell.chosen ? <Tag color="purple">{t('procurement.rfqs.chosen')}</Tag> : null}
        </Space>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          <Money value={cell.amount} /> {cell.leadTimeDays !== null ? t('procurement.rfqs.leadDays', { days: cell.leadTimeDays }) : ''}
        </Typography.Text>
      </Space>
    );
  };

  return (
    <>
      <Table<Line>
        size="small"
        bordered
        rowKey="rfqLineId"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={data.lines}
        data-testid="rfq-comparison"
        columns={[
          { title: '#', width: 40, dataIndex: 'lineNo', fixed: 'left' },
          { title: t('procurement.common.item'), width: 180, fixed: 'left', render: (_v, l) => `${l.itemCode} ${l.itemName}` },
          { title: t('procurement.common.quantity'), width: 90, align: 'right', render: (_v, l) => `${formatQty(l.quantity)} ${l.unitName}` },
          ...data.suppliers.map((s) => ({
            key: s.supplierId,
            title: s.supplierName,
            width: 200,
            onCell: (l: Line) => ({ style: l.cells.find((c) => c.supplierId === s.supplierId)?.cheapest ? best : undefined }),
            render: (_v: unknown, l: Line) => renderCell(l, l.cells.find((c) => c.supplierId === s.supplierId)),
          })),
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={3}>
              <Typography.Text strong>{t('procurement.rfqs.supplierTotal')}</Typography.Text>
            </Table.Summary.Cell>
            {data.suppliers.map((s, i) => (
              <Table.Summary.Cell key={s.supplierId} index={3 + i}>
                <Money value={s.total} strong />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {s.complete ? t('procurement.rfqs.complete') : t('procurement.rfqs.partial', { count: s.quotedLines })}
                  {' · '}{t('procurement.rfqs.cheapestLines', { count: s.cheapestLines })}
                </Typography.Text>
              </Table.Summary.Cell>
            ))}
          </Table.Summary.Row>
        )}
      />
      <Space style={{ marginTop: 12 }} wrap>
        <Typography.Text>{t('procurement.rfqs.bestMix')}</Typography.Text>
        <span style={{ minWidth: 100 }}><Money value={data.bestMixTotal} strong testId="rfq-best-mix" /></span>
      </Space>
      {canAward ? (
        <Space style={{ marginTop: 12, display: 'flex' }} wrap>
          <Checkbox checked={updatePriceList} onChange={(e) => setUpdatePriceList(e.target.checked)}>{t('procurement.rfqs.updatePriceList')}</Checkbox>
          <Button type="primary" disabled={chosenCount === 0} loading={award.isPending} onClick={() => award.mutate()} data-testid="rfq-award">
            {t('procurement.rfqs.award', { count: chosenCount })}
          </Button>
        </Space>
      ) : null}
    </>
  );
}
