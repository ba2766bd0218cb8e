import { useMemo, useState } from 'react';
import { Alert, Button, Card, Col, DatePicker, Descriptions, Empty, Form, Input, InputNumber, Row, Space, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { feedback, isApiError } from '../../../app/api/index.ts';
import { listQueryKey } from '../../../shared/list/index.ts';
import { PartnerSelect } from '../../partners/index.ts';
import { createBill, listBillable, previewMatch, procurementKeys, procurementListIds, type BillableLine, type BillInput, type MatchLine } from '../api.ts';
import { formatPrice, formatQty, isPositive, lineAmount, rateLabel } from '../decimal.ts';
import { Money } from '../components/Money.tsx';
import { useDebounced } from '../components/useDebounced.ts';

interface Header {
  supplierId?: string;
  invoiceNo?: string;
  billDate?: Dayjs;
  dueDate?: Dayjs | null;
  note?: string;
}

interface Entry { selected: boolean; quantity: string; price: string }

/**
 * 供应商发票 entry: pick the supplier, tick the received lines the invoice covers, type its
 * quantities and prices; the three-way match (order × receipt × bill) is previewed live and the
 * bill can be posted only when every line matches within the tolerances.
 */
export default function BillFormPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Header>();
  const header = Form.useWatch([], form) as Header | undefined;
  const supplierId = header?.supplierId;
  const [entries, setEntries] = useState<Record<string, Entry>>({});

  const billable = useQuery({
    queryKey: procurementKeys.billable(supplierId ?? ''),
    queryFn: () => listBillable(supplierId ?? ''),
    enabled: Boolean(supplierId),
  });
  const lines = useMemo(() => (supplierId ? billable.data ?? [] : []), [supplierId, billable.data]);
  const entryOf = (l: BillableLine): Entry => entries[l.receiptLineId] ?? { selected: false, quantity: l.billableQty, price: l.orderPrice };
  const setEntry = (l: BillableLine, patch: Partial<Entry>) => setEntries((prev) => ({ ...prev, [l.receiptLineId]: { ...entryOf(l), ...patch } }));

  const body: BillInput | null = useMemo(() => {
    if (!supplierId) return null;
    const picked = lines.filter((l) => entries[l.receiptLineId]?.selected);
    if (picked.length === 0) return null;
    return {
      supplierId,
      invoiceNo: header?.invoiceNo?.trim() || null,
      billDate: (header?.billDate ?? dayjs()).format('YYYY-MM-DD'),
      dueDate: header?.dueDate ? header.dueDate.format('YYYY-MM-DD') : null,
      note: header?.note?.trim() || null,
      lines: picked.map((l) => {
        const e = entries[l.receiptLineId] ?? { quantity: l.billableQty, price: l.orderPrice };
        return { receiptLineId: l.receiptLineId, quantity: String(e.quantity ?? ''), price: String(e.price ?? ''), taxRate: l.taxRate };
      }),
    };
  }, [supplierId, lines, entries, header?.invoiceNo, header?.billDate, header?.dueDate, header?.note]);

  // The match only depends on the lines and the date; an incomplete line is not worth asking about.
  const matchBody = useDebounced(body && body.lines.every((l) => isPositive(l.quantity) && l.price !== '') ? body : null);
  const match = useQuery({
    queryKey: ['procurement', 'billMatch', matchBody],
    queryFn: () => previewMatch(matchBody as BillInput),
    enabled: matchBody !== null,
    meta: { silent: true },
    retry: false,
  });
  const matchByLine = new Map<string, MatchLine>((match.data?.lines ?? []).map((m) => [m.receiptLineId, m]));

  const post = useMutation({
    mutationFn: createBill,
    onSuccess: (bill) => {
      feedback.message?.success(t('procurement.bills.posted'));
      void queryClient.invalidateQueries({ queryKey: listQueryKey(procurementListIds.bills) });
      void queryClient.invalidateQueries({ queryKey: procurementKeys.all });
      navigate(`/procurement/bills/${bill.id}`, { replace: true });
    },
  });

  const onPost = async () => {
    try {
      await form.validateFields();
    } catch {
      return;
    }
    if (!body) {
      feedback.message?.error(t('procurement.bills.pickLines'));
      return;
    }
    post.mutate(body);
  };

  const problemText = (m: MatchLine) => m.problems.map((p) => t(`procurement.bills.problems.${p}`, { defaultValue: p })).join('；');
  const fresh = match.data !== undefined && matchBody === body && !match.isFetching;

  return (
    <Card title={t('procurement.bills.newTitle')} data-testid="bill-form-page">
      <Form<Header> form={form} layout="vertical" initialValues={{ billDate: dayjs() }} data-testid="bill-form">
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="supplierId" label={t('procurement.common.supplier')} rules={[{ required: true, message: t('procurement.common.supplierRequired') }]}>
              <PartnerSelect role="supplier" onChange={() => setEntries({})} testId="bill-supplier" />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="invoiceNo" label={t('procurement.bills.invoiceNo')}>
              <Input maxLength={40} data-testid="bill-invoice-no" />
            </Form.Item>
          </Col>
          <Col xs={12} md={5}>
            <Form.Item name="billDate" label={t('procurement.bills.billDate')} rules={[{ required: true, message: t('procurement.common.dateRequired') }]}>
              <DatePicker style={{ width: '100%' }} allowClear={false} data-testid="bill-date" />
            </Form.Item>
          </Col>
          <Col xs={12} md={5}>
            <Form.Item name="dueDate" label={t('procurement.bills.dueDate')} extra={t('procurement.bills.dueDateHelp')}>
              <DatePicker style={{ width: '100%' }} data-testid="bill-due-date" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="note" label={t('procurement.common.note')}>
              <Input maxLength={500} data-testid="bill-note" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      <Typography.Title level={5}>{t('procurement.bills.billableLines')}</Typography.Title>
      {!supplierId ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('procurement.bills.pickSupplier')} /> : (
        <Table<BillableLine>
          size="small"
          rowKey="receiptLineId"
          pagination={false}
          loading={billable.isFetching}
          scroll={{ x: 'max-content' }}
          dataSource={lines}
          locale={{ emptyText: t('procurement.bills.nothingBillable') }}
          data-testid="bill-lines"
          rowSelection={{
            selectedRowKeys: lines.filter((l) => entries[l.receiptLineId]?.selected).map((l) => l.receiptLineId),
            onChange: (keys) => setEntries((prev) => {
              const next: Record<string, Entry> = {};
              for (const l of lines) next[l.receiptLineId] = { ...(prev[l.receiptLineId] ?? { quantity: l.billableQty, price: l.orderPrice }), selected: keys.includes(l.receiptLineId) };
              return next;
            }),
            getCheckboxProps: (l) => ({ 'data-testid': `bill-line-pick-${l.receiptNumber}-${l.itemCode}` }) as object,
          }}
          columns={[
            { title: t('procurement.bills.receipt'), render: (_v, l) => l.receiptNumber },
            { title: t('procurement.receipts.order'), render: (_v, l) => l.orderNumber },
            { title: t('procurement.common.item'), render: (_v, l) => `${l.itemCode} ${l.itemName}` },
            { title: t('procurement.common.unit'), dataIndex: 'unitName' },
            { title: t('procurement.bills.billableQty'), align: 'right', render: (_v, l) => formatQty(l.billableQty) },
            { title: t('procurement.bills.orderPrice'), align: 'right', render: (_v, l) => formatPrice(l.orderPrice) },
            { title: t('procurement.bills.quantity'), width: 120, render: (_v, l) => (
              <InputNumber<string> stringMode min="0" value={entryOf(l).quantity} disabled={!entryOf(l).selected} onChange={(v) => setEntry(l, { quantity: v ?? '' })} style={{ width: 110 }} data-testid={`bill-line-${l.receiptLineId}-quantity`} />
            ) },
            { title: t('procurement.bills.price'), width: 130, render: (_v, l) => (
              <InputNumber<string> stringMode min="0" value={entryOf(l).price} disabled={!entryOf(l).selected} onChange={(v) => setEntry(l, { price: v ?? '' })} style={{ width: 120 }} data-testid={`bill-line-${l.receiptLineId}-price`} />
            ) },
            { title: t('procurement.common.taxRate'), align: 'right', render: (_v, l) => rateLabel(l.taxRate) },
            { title: t('procurement.common.gross'), align: 'right', render: (_v, l) => (entryOf(l).selected ? <Money value={lineAmount(entryOf(l).quantity, entryOf(l).price)} /> : null) },
            { title: t('procurement.bills.match'), render: (_v, l) => {
              const m = entryOf(l).selected ? matchByLine.get(l.receiptLineId) : undefined;
              if (!m || !fresh) return null;
              return m.ok
                ? <Tag color="success" data-testid="bill-line-match">{m.priceDiffPct && Number(m.priceDiffPct) !== 0 ? t('procurement.bills.withinTolerance', { pct: m.priceDiffPct }) : t('procurement.bills.matched')}</Tag>
                : <Tag color="error" data-testid="bill-line-match">{problemText(m)}</Tag>;
            } },
          ]}
        />
      )}
      {match.isError && isApiError(match.error) && matchBody === body ? <Alert type="error" showIcon style={{ marginTop: 16 }} title={match.error.message} /> : null}
      {match.data && body ? (
        <Descriptions size="small" bordered column={{ xs: 1, md: 3 }} style={{ marginTop: 16 }} data-testid="bill-match-summary">
          <Descriptions.Item label={t('procurement.common.net')}><Money value={match.data.totals.net} /></Descriptions.Item>
          <Descriptions.Item label={t('procurement.common.tax')}><Money value={match.data.totals.tax} /></Descriptions.Item>
          <Descriptions.Item label={t('procurement.common.gross')}><Money value={match.data.totals.gross} strong testId="bill-gross" /></Descriptions.Item>
          <Descriptions.Item label={t('procurement.bills.orderGross')}><Money value={match.data.totals.orderGross} /></Descriptions.Item>
          <Descriptions.Item label={t('procurement.bills.difference')}><Money value={match.data.totals.difference} /></Descriptions.Item>
          <Descriptions.Item label={t('procurement.bills.result')}>
            {fresh ? (
              <Tag color={match.data.ok ? 'success' : 'error'} data-testid="bill-match-result">{match.data.ok ? t('procurement.bills.matchOk') : t('procurement.bills.matchFailed')}</Tag>
            ) : <Tag>{t('procurement.bills.checking')}</Tag>}
          </Descriptions.Item>
          <Descriptions.Item label={t('procurement.bills.tolerances')} span={3}>
            {t('procurement.bills.toleranceText', { pct: match.data.tolerances.priceTolerancePct, amount: match.data.tolerances.amountTolerance })}
            {!match.data.totals.withinAmountTolerance ? <Typography.Text type="danger" style={{ marginLeft: 8 }}>{t('procurement.bills.amountOut')}</Typography.Text> : null}
          </Descriptions.Item>
        </Descriptions>
      ) : null}
      <Space style={{ marginTop: 24 }}>
        <Button onClick={() => navigate(-1)}>{t('common.cancel')}</Button>
        <Button type="primary" onClick={() => void onPost()} loading={post.isPending} disabled={!fresh || !match.data?.ok} data-testid="bill-post">{t('procurement.bills.post')}</Button>
      </Space>
    </Card>
  );
}
