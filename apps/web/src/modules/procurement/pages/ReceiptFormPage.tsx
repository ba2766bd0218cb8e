import { useEffect } from 'react';
import { Alert, Button, Card, Col, DatePicker, Descriptions, Form, Input, InputNumber, Row, Space, Table } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { feedback, isApiError } from '../../../app/api/index.ts';
import { listQueryKey } from '../../../shared/list/index.ts';
import { createReceipt, getOrder, getReceivable, procurementKeys, procurementListIds, type ReceiptInput, type ReceivableLine } from '../api.ts';
import { compareDecimal, formatQty, isPositive, subtract } from '../decimal.ts';
import { ReceivableOrderSelect } from '../components/OrderSelect.tsx';
import { applyServerIssues } from '../form-errors.ts';

interface Values {
  receiptDate?: Dayjs;
  note?: string;
  lines: Array<{ orderLineId: string; quantity?: string | null }>;
}

/** 采购入库: receive what arrived against one order; each line proposes the quantity still to come. */
export default function ReceiptFormPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const orderId = params.get('orderId') ?? '';
  const [form] = Form.useForm<Values>();
  const order = useQuery({ queryKey: procurementKeys.order(orderId), queryFn: () => getOrder(orderId), enabled: Boolean(orderId) });
  const receivable = useQuery({ queryKey: procurementKeys.receivable(orderId), queryFn: () => getReceivable(orderId), enabled: Boolean(orderId) });
  const lines = receivable.data?.lines ?? [];

  useEffect(() => {
    if (!receivable.data) return;
    form.setFieldsValue({
      lines: receivable.data.lines.map((l) => ({ orderLineId: l.orderLineId, quantity: isPositive(l.remaining) ? l.remaining : null })),
    });
  }, [receivable.data, form]);

  const save = useMutation({
    mutationFn: createReceipt,
    onSuccess: (receipt) => {
      feedback.message?.success(t('procurement.receipts.posted'));
      void queryClient.invalidateQueries({ queryKey: listQueryKey(procurementListIds.receipts) });
      void queryClient.invalidateQueries({ queryKey: procurementKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['links'] });
      navigate(`/procurement/receipts/${receipt.id}`, { replace: true });
    },
  });

  const onFinish = async (values: Values) => {
    // Only the quantity is a form field; the line it belongs to is the receivable line at that index.
    const picked = (values.lines ?? []).flatMap((l, i) => {
      const line = lines[i];
      return line && isPositive(l.quantity ?? null) ? [{ orderLineId: line.orderLineId, quantity: l.quantity }] : [];
    });
    if (picked.length === 0) {
      feedback.message?.error(t('procurement.receipts.nothingToReceive'));
      return;
    }
    const body: ReceiptInput = {
      orderId,
      receiptDate: (values.receiptDate ?? dayjs()).format('YYYY-MM-DD'),
      note: values.note?.trim() || null,
      lines: picked.map((l) => ({ orderLineId: l.orderLineId, quantity: String(l.quantity) })),
    };
    try {
      await save.mutateAsync(body);
    } catch (error) {
      // Lines left at zero are not sent, so the server's line numbers are matched back by order line.
      const over = isApiError(error) ? overLinesOf(error.details) : [];
      if (over.length === 0) applyServerIssues(form, error);
      form.setFields(over.flatMap((o) => {
        const index = lines.findIndex((l) => l.orderLineId === o.orderLineId);
        return index < 0 ? [] : [{ name: ['lines', index, 'quantity'], errors: [t('procurement.receipts.overReceipt', { max: formatQty(o.maxReceivable) })] }];
      }));
    }
  };

  return (
    <Card title={t('procurement.receipts.newTitle')} data-testid="receipt-form-page">
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col xs={24} md={10}>
          <ReceivableOrderSelect value={orderId || null} onChange={(id) => setParams(id ? { orderId: id } : {}, { replace: true })} testId="receipt-order" />
        </Col>
      </Row>
      {!orderId ? <Alert type="info" showIcon title={t('procurement.receipts.pickOrderHint')} /> : (
        <Form<Values> form={form} layout="vertical" initialValues={{ receiptDate: dayjs(), lines: [] }} onFinish={(v) => void onFinish(v)} data-testid="receipt-form">
          {order.data ? (
            <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 16 }}>
              <Descriptions.Item label={t('procurement.receipts.order')}>{order.data.number}</Descriptions.Item>
              <Descriptions.Item label={t('procurement.common.supplier')}>{order.data.supplierName}</Descriptions.Item>
              <Descriptions.Item label={t('procurement.common.warehouse')}>{order.data.warehouseName ?? '-'}</Descriptions.Item>
              <Descriptions.Item label={t('procurement.common.expectedDate')}>{order.data.expectedDate ?? '-'}</Descriptions.Item>
              <Descriptions.Item label={t('procurement.receipts.tolerance')}>{`${formatQty(receivable.data?.tolerancePct ?? '0')}%`}</Descriptions.Item>
            </Descriptions>
          ) : null}
          <Row gutter={16}>
            <Col xs={12} md={6}>
              <Form.Item name="receiptDate" label={t('procurement.receipts.receiptDate')} rules={[{ required: true, message: t('procurement.common.dateRequired') }]}>
                <DatePicker style={{ width: '100%' }} allowClear={false} data-testid="receipt-date" />
              </Form.Item>
            </Col>
            <Col xs={24} md={18}>
              <Form.Item name="note" label={t('procurement.common.note')}>
                <Input maxLength={200} data-testid="receipt-note" />
              </Form.Item>
            </Col>
          </Row>
          <Form.List name="lines">
            {(fields) => (
              <Table
                size="small"
                rowKey="key"
                pagination={false}
                loading={receivable.isFetching}
                scroll={{ x: 'max-content' }}
                dataSource={fields}
                data-testid="receipt-lines"
                columns={[
                  { title: '#', width: 40, render: (_v, _f, i) => i + 1 },
                  { title: t('procurement.common.item'), render: (_v, f) => itemText(lines[f.name]) },
                  { title: t('procurement.common.unit'), render: (_v, f) => lines[f.name]?.unitName ?? '' },
                  { title: t('procurement.receipts.ordered'), align: 'right', render: (_v, f) => formatQty(lines[f.name]?.ordered) },
                  { title: t('procurement.receipts.alreadyReceived'), align: 'right', render: (_v, f) => formatQty(subtract(lines[f.name]?.received, lines[f.name]?.returned)) },
                  { title: t('procurement.receipts.remaining'), align: 'right', render: (_v, f) => formatQty(lines[f.name]?.remaining) },
                  { title: t('procurement.receipts.thisTime'), width: 140, render: (_v, f) => (
                    <Form.Item
                      name={[f.name, 'quantity']}
                      style={{ margin: 0 }}
                      rules={[{ validator: async (_r, v: string | null | undefined) => {
                        if (v === null || v === undefined || v === '') return;
                        if (compareDecimal(v, '0') < 0) throw new Error(t('procurement.common.quantityInvalid'));
                        const max = lines[f.name]?.maxReceivable;
                        if (max !== undefined && compareDecimal(v, max) > 0) throw new Error(t('procurement.receipts.overReceipt', { max: formatQty(max) }));
                      } }]}
                    >
                      <InputNumber<string> stringMode min="0" style={{ width: 120 }} data-testid={`receipt-line-${f.name}-quantity`} />
                    </Form.Item>
                  ) },
                ]}
              />
            )}
          </Form.List>
          <Space style={{ marginTop: 24 }}>
            <Button onClick={() => navigate(-1)}>{t('common.cancel')}</Button>
            <Button type="primary" htmlType="submit" loading={save.isPending} disabled={lines.length === 0} data-testid="receipt-save">{t('procurement.receipts.post')}</Button>
          </Space>
        </Form>
      )}
    </Card>
  );
}

function itemText(l: ReceivableLine | undefined): string {
  if (!l) return '';
  return `${l.itemCode ?? ''} ${l.itemName ?? ''}`.trim();
}

/** The lines of a `procurement.receipt.overReceipt` answer: which order line, and how much it could take. */
function overLinesOf(details: unknown): Array<{ orderLineId: string; maxReceivable: string }> {
  const list = typeof details === 'object' && details !== null ? (details as { lines?: unknown }).lines : undefined;
  if (!Array.isArray(list)) return [];
  return list.filter((l): l is { orderLineId: string; maxReceivable: string } => (
    typeof l === 'object' && l !== null && typeof (l as { orderLineId?: unknown }).orderLineId === 'string' && typeof (l as { maxReceivable?: unknown }).maxReceivable === 'string'
  ));
}
