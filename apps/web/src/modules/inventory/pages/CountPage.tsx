import { useEffect, useMemo, useState, type HTMLAttributes } from 'react';
import { Alert, Button, Card, Col, Descriptions, Input, InputNumber, Popconfirm, Row, Space, Statistic, Table, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { feedback } from '../../../app/api/index.ts';
import { useAuth } from '../../../app/auth/index.ts';
import { DocumentChainPanel } from '../../../shared/chain/index.ts';
import { FullPageSpin } from '../../../shared/feedback/FullPageSpin.tsx';
import { formatDate, formatDateTime } from '../../../shared/format.ts';
import { cancelCount, getCount, inventoryKeys, postCount, saveCountLines, type StockCount, type StockCountLine } from '../api.ts';
import { Amount, Cost, Qty } from '../components/cells.tsx';
import { CountStatusTag } from '../components/CountStatusTag.tsx';
import { signOf, subtract } from '../numbers.ts';

interface Entry { countedQty: string | null; note: string }

function entriesOf(count: StockCount): Record<string, Entry> {
  return Object.fromEntries(count.lines.map((l) => [l.itemId, { countedQty: l.countedQty, note: l.note ?? '' }]));
}

/** Trailing zeros would make an unchanged value look edited ("5.0000" vs "5"). */
const same = (a: string | null, b: string | null) => (a === null || b === null ? a === b : subtract(a, b) === '0');

/** 盘点表: enter counted quantities (blank = not counted yet), save as you go, then post the differences. */
export default function CountPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { can } = useAuth();
  const queryClient = useQueryClient();
  const count = useQuery({ queryKey: inventoryKeys.count(id), queryFn: () => getCount(id) });
  const [entries, setEntries] = useState<Record<string, Entry>>({});
  const [filter, setFilter] = useState('');

  useEffect(() => {
    if (count.data) setEntries(entriesOf(count.data));
  }, [count.data]);

  const refresh = (updated: StockCount) => {
    queryClient.setQueryData(inventoryKeys.count(id), updated);
    void queryClient.invalidateQueries({ queryKey: ['list'] });
    void queryClient.invalidateQueries({ queryKey: inventoryKeys.all });
    void queryClient.invalidateQueries({ queryKey: ['links'] });
  };
  const linesBody = () => ({
    lines: (count.data?.lines ?? []).map((l) => {
      const e = entries[l.itemId];
      const qty = e?.countedQty === undefined || e.countedQty === null || e.countedQty === '' ? null : String(e.countedQty);
      return { itemId: l.itemId, countedQty: qty, note: e?.note.trim() ? e.note.trim() : null };
    }),
  });
  const save = useMutation({ mutationFn: () => saveCountLines(id, linesBody()), onSuccess: (c) => { feedback.message?.success(t('inventory.counts.saved')); refresh(c); } });
  const post = useMutation({
    mutationFn: async () => {
      if (dirty) await saveCountLines(id, linesBody());
      return postCount(id);
    },
    onSuccess: (c) => { feedback.message?.success(t('inventory.counts.posted', { voucher: c.voucherNumber ?? '-' })); refresh(c); },
  });
  const cancel = useMutation({ mutationFn: () => cancelCount(id), onSuccess: (c) => { feedback.message?.success(t('inventory.counts.cancelled')); refresh(c); } });

  const c = count.data;
  const dirty = useMemo(() => (c ? c.lines.some((l) => {
    const e = entries[l.itemId];
    return e !== undefined && (!same(e.countedQty, l.countedQty) || e.note !== (l.note ?? ''));
  }) : false), [c, entries]);

  if (count.isPending) return <FullPageSpin />;
  if (!c) return <Alert type="error" title={t('common.requestFailed')} />;

  const editable = c.status === 'counting' && can('inventory.count');
  const uncounted = c.lines.filter((l) => {
    const e = entries[l.itemId];
    return e?.countedQty === null || e?.countedQty === undefined || e.countedQty === '';
  }).length;
  const keyword = filter.trim().toLowerCase();
  const rows = keyword ? c.lines.filter((l) => `${l.itemCode} ${l.itemName} ${l.spec ?? ''}`.toLowerCase().includes(keyword)) : c.lines;
  const setEntry = (itemId: string, patch: Partial<Entry>) => setEntries((prev) => ({ ...prev, [itemId]: { ...(prev[itemId] ?? { countedQty: null, note: '' }), ...patch } }));
  const fillBook = () => setEntries((prev) => Object.fromEntries(c.lines.map((l) => {
    const e = prev[l.itemId] ?? { countedQty: null, note: '' };
    return [l.itemId, e.countedQty === null || e.countedQty === '' ? { ...e, countedQty: l.systemQty } : e];
  })));

  const actions = (
    <Space wrap>
      <Link to={`/inventory/counts/${c.id}/print`} target="_blank"><Button icon={<PrinterOutlined />} data-testid="count-print">{t('inventory.counts.print')}</Button></Link>
      {editable ? (
        <>
          <Button onClick={fillBook} disabled={uncounted === 0} data-testid="count-fill">{t('inventory.counts.fillBook')}</Button>
          <Button loading={save.isPending} disabled={!dirty} onClick={() => save.mutate()} data-testid="count-save">{t('common.save')}</Button>
          <Popconfirm
            title={uncounted > 0 ? t('inventory.counts.postWithUncounted', { count: uncounted }) : t('inventory.counts.confirmPost')}
            onConfirm={() => post.mutate()}
            okButtonProps={{ 'data-testid': 'count-post-ok' } as Record<string, string>}
          >
            <Button type="primary" loading={post.isPending} data-testid="count-post">{t('inventory.counts.post')}</Button>
          </Popconfirm>
          <Popconfirm title={t('inventory.counts.confirmCancel')} onConfirm={() => cancel.mutate()}>
            <Button danger loading={cancel.isPending} data-testid="count-cancel">{t('inventory.counts.cancel')}</Button>
          </Popconfirm>
        </>
      ) : null}
    </Space>
  );

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={18}>
        <Card
          title={<Space>{t('inventory.counts.sheet')}<Typography.Text data-testid="count-number">{c.number}</Typography.Text><CountStatusTag status={c.status} /></Space>}
          extra={actions}
          data-testid="count-page"
        >
          <Descriptions column={{ xs: 1, md: 3 }} size="small" style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('inventory.fields.warehouse')}>{c.warehouseName}</Descriptions.Item>
            <Descriptions.Item label={t('inventory.counts.countDate')}>{formatDate(c.countDate)}</Descriptions.Item>
            <Descriptions.Item label={t('inventory.counts.progress')}>{`${c.lines.length - uncounted} / ${c.lines.length}`}</Descriptions.Item>
            <Descriptions.Item label={t('inventory.counts.voucher')}>
              {c.voucherId ? <Link to={`/finance/vouchers/${c.voucherId}`} data-testid="count-voucher">{c.voucherNumber ?? t('inventory.counts.voucher')}</Link> : '-'}
            </Descriptions.Item>
            <Descriptions.Item label={t('inventory.counts.postedAt')}>{formatDateTime(c.postedAt) || '-'}</Descriptions.Item>
            <Descriptions.Item label={t('inventory.fields.note')}>{c.note ?? '-'}</Descriptions.Item>
          </Descriptions>
          <Row gutter={16} style={{ marginBottom: 16 }}>
            <Col span={8}><Statistic title={t('inventory.counts.gainValue')} value={c.gainValue} styles={{ content: { color: '#389e0d', fontSize: 20 } }} /></Col>
            <Col span={8}><Statistic title={t('inventory.counts.lossValue')} value={c.lossValue} styles={{ content: { color: '#cf1322', fontSize: 20 } }} /></Col>
            <Col span={8}>
              {dirty ? <Alert type="warning" showIcon title={t('inventory.counts.unsaved')} /> : null}
            </Col>
          </Row>
          <Input.Search allowClear placeholder={t('inventory.counts.findItem')} onChange={(e) => setFilter(e.target.value)} style={{ maxWidth: 280, marginBottom: 12 }} />
          <Table<StockCountLine>
            size="small"
            rowKey="itemId"
            dataSource={rows}
            pagination={rows.length > 100 ? { pageSize: 100 } : false}
            scroll={{ x: 'max-content' }}
            onRow={(l) => ({ 'data-testid': `count-line-${l.itemCode}` }) as HTMLAttributes<HTMLElement>}
            columns={[
              { title: t('inventory.fields.itemCode'), dataIndex: 'itemCode', width: 120 },
              { title: t('inventory.fields.itemName'), dataIndex: 'itemName', width: 160 },
              { title: t('inventory.fields.spec'), dataIndex: 'spec', width: 120, render: (v: string | null) => v ?? '-' },
              { title: t('inventory.fields.unit'), dataIndex: 'unitName', width: 56 },
              { title: t('inventory.counts.systemQty'), key: 'systemQty', width: 100, align: 'right', render: (_v, l) => <Qty value={l.systemQty} /> },
              {
                title: t('inventory.counts.countedQty'), key: 'countedQty', width: 130, align: 'right',
                render: (_v, l) => (editable ? (
                  <InputNumber<string>
                    stringMode
                    min="0"
                    controls={false}
                    value={entries[l.itemId]?.countedQty ?? null}
                    onChange={(v) => setEntry(l.itemId, { countedQty: v === null || v === '' ? null : String(v) })}
                    style={{ width: 116 }}
                    data-testid={`count-qty-${l.itemCode}`}
                  />
                ) : <Qty value={l.countedQty} />),
              },
              {
                title: t('inventory.counts.difference'), key: 'difference', width: 100, align: 'right',
                render: (_v, l) => {
                  const counted = entries[l.itemId]?.countedQty ?? null;
                  const diff = counted === null || counted === '' ? null : subtract(counted, l.systemQty);
                  return diff === null ? <Typography.Text type="secondary">-</Typography.Text> : <Qty value={diff} signed testId={`count-diff-${l.itemCode}`} />;
                },
              },
              { title: t('inventory.fields.unitCost'), key: 'unitCost', width: 100, align: 'right', render: (_v, l) => <Cost value={l.unitCost} /> },
              {
                title: t('inventory.counts.differenceValue'), key: 'differenceValue', width: 110, align: 'right',
                render: (_v, l) => (l.differenceValue === null || signOf(l.differenceValue) === 0 ? <Typography.Text type="secondary">-</Typography.Text> : <Amount value={l.differenceValue} />),
              },
              {
                title: t('inventory.fields.note'), key: 'note', width: 180,
                render: (_v, l) => (editable ? (
                  <Input value={entries[l.itemId]?.note ?? ''} maxLength={200} onChange={(e) => setEntry(l.itemId, { note: e.target.value })} />
                ) : l.note ?? ''),
              },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={6}>
        <DocumentChainPanel type="stockCount" id={c.id} />
      </Col>
    </Row>
  );
}
