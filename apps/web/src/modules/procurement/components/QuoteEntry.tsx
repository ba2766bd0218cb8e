import { useEffect, useState } from 'react';
import { Button, Input, InputNumber, Segmented, Space, Table, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { feedback } from '../../../app/api/index.ts';
import { saveQuotes, type Rfq } from '../api.ts';
import { formatQty, lineAmount } from '../decimal.ts';
import { Money } from './Money.tsx';

type RfqLine = Rfq['lines'][number];
interface Cell { price: string; taxRate: string; leadTimeDays: number | null; note: string }

/** One supplier's answer at a time: a price (含税), tax rate and lead time per line; blank = not quoted. */
export function QuoteEntry({ rfq, editable, onSaved }: { rfq: Rfq; editable: boolean; onSaved: (rfq: Rfq) => void }) {
  const { t } = useTranslation();
  const [supplierId, setSupplierId] = useState(rfq.suppliers[0]?.id ?? '');
  const [cells, setCells] = useState<Record<string, Cell>>({});

  // Switching supplier (or a saved answer coming back) shows what that supplier has quoted so far.
  useEffect(() => {
    const next: Record<string, Cell> = {};
    for (const q of rfq.quotes.filter((x) => x.supplierId === supplierId)) {
      next[q.rfqLineId] = { price: q.price, taxRate: q.taxRate, leadTimeDays: q.leadTimeDays, note: q.note ?? '' };
    }
    setCells(next);
  }, [rfq.quotes, supplierId]);

  const cellOf = (l: RfqLine): Cell => cells[l.id] ?? { price: '', taxRate: '13', leadTimeDays: null, note: '' };
  const setCell = (l: RfqLine, patch: Partial<Cell>) => setCells((prev) => ({ ...prev, [l.id]: { ...cellOf(l), ...patch } }));

  const save = useMutation({
    mutationFn: () => saveQuotes(rfq.id, {
      quotes: rfq.lines.filter((l) => cellOf(l).price !== '').map((l) => {
        const c = cellOf(l);
        return { rfqLineId: l.id, supplierId, price: c.price, taxRate: c.taxRate || undefined, leadTimeDays: c.leadTimeDays ?? undefined, note: c.note.trim() || null };
      }),
      clearSupplierIds: [supplierId],
    }),
    onSuccess: (updated) => { feedback.message?.success(t('procurement.rfqs.quotesSaved')); onSaved(updated); },
  });

  if (rfq.suppliers.length === 0) return null;
  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <Typography.Text type="secondary">{t('procurement.rfqs.quotingSupplier')}</Typography.Text>
        <Segmented
          value={supplierId}
          onChange={(v) => setSupplierId(String(v))}
          options={rfq.suppliers.map((s) => ({ value: s.id, label: <span data-testid={`rfq-quote-supplier-${s.name}`}>{s.name}</span> }))}
        />
      </Space>
      <Table<RfqLine>
        size="small"
        rowKey="id"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={rfq.lines}
        data-testid="rfq-quote-lines"
        columns={[
          { title: '#', width: 40, dataIndex: 'lineNo' },
          { title: t('procurement.common.item'), render: (_v, l) => `${l.itemCode} ${l.itemName}${l.itemSpec ? ` ${l.itemSpec}` : ''}` },
          { title: t('procurement.common.unit'), dataIndex: 'unitName' },
          { title: t('procurement.common.quantity'), align: 'right', render: (_v, l) => formatQty(l.quantity) },
          { title: t('procurement.rfqs.quotePrice'), width: 130, render: (_v, l) => (
            <InputNumber<string> stringMode min="0" value={cellOf(l).price || null} disabled={!editable} onChange={(v) => setCell(l, { price: v ?? '' })} style={{ width: 120 }} data-testid={`rfq-quote-${l.lineNo}-price`} />
          ) },
          { title: t('procurement.common.taxRate'), width: 100, render: (_v, l) => (
            <InputNumber<string> stringMode min="0" max="99" suffix="%" value={cellOf(l).taxRate} disabled={!editable} onChange={(v) => setCell(l, { taxRate: v ?? '' })} style={{ width: 90 }} />
          ) },
          { title: t('procurement.rfqs.leadTimeDays'), width: 110, render: (_v, l) => (
            <InputNumber<number> min={0} max={3650} precision={0} value={cellOf(l).leadTimeDays} disabled={!editable} onChange={(v) => setCell(l, { leadTimeDays: v })} style={{ width: 100 }} data-testid={`rfq-quote-${l.lineNo}-lead`} />
          ) },
          { title: t('procurement.common.amount'), align: 'right', render: (_v, l) => (cellOf(l).price ? <Money value={lineAmount(l.quantity, cellOf(l).price)} /> : null) },
          { title: t('procurement.common.note'), width: 180, render: (_v, l) => (
            <Input value={cellOf(l).note} maxLength={200} disabled={!editable} onChange={(e) => setCell(l, { note: e.target.value })} style={{ width: 170 }} />
          ) },
        ]}
      />
      {editable ? (
        <Button type="primary" style={{ marginTop: 12 }} loading={save.isPending} onClick={() => save.mutate()} data-testid="rfq-quotes-save">{t('procurement.rfqs.saveQuotes')}</Button>
      ) : null}
    </>
  );
}
