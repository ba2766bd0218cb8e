import { useEffect } from 'react';
import { Alert, Button, Card, Col, DatePicker, Descriptions, Form, Input, InputNumber, Row, Space, Table } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { feedback } from '../../../app/api/index.ts';
import { FullPageSpin } from '../../../shared/feedback/FullPageSpin.tsx';
import { listQueryKey } from '../../../shared/list/index.ts';
import { createReturn, getReceipt, procurementKeys, procurementListIds, type ReturnInput } from '../api.ts';
import { compareDecimal, formatQty, isPositive, subtract } from '../decimal.ts';
import { applyServerIssues } from '../form-errors.ts';

interface Values {
  returnDate?: Dayjs;
  reason?: string;
  lines: Array<{ receiptLineId: string; quantity?: string | null }>;
}

/** 采购退货: goods sent back from one receipt, at most what was received and not yet returned. */
export default function ReturnFormPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const receiptId = params.get('receiptId') ?? '';
  const [form] = Form.useForm<Values>();
  const receipt = useQuery({ queryKey: procurementKeys.receipt(receiptId), queryFn: () => getReceipt(receiptId), enabled: Boolean(receiptId) });
  const lines = receipt.data?.lines ?? [];

  useEffect(() => {
    if (receipt.data) form.setFieldsValue({ lines: receipt.data.lines.map((l) => ({ receiptLineId: l.id, quantity: null })) });
  }, [receipt.data, form]);

  const save = useMutation({
    mutationFn: createReturn,
    onSuccess: (ret) => {
      feedback.message?.success(t('procurement.returns.posted'));
      void queryClient.invalidateQueries({ queryKey: listQueryKey(procurementListIds.returns) });
      void queryClient.invalidateQueries({ queryKey: procurementKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['links'] });
      navigate(`/procurement/returns/${ret.id}`, { replace: true });
    },
  });

  const onFinish = async (values: Values) => {
    // Only the quantity is a form field; the line it belongs to is the receipt line at that index.
    const picked = (values.lines ?? []).flatMap((l, i) => {
      const line = lines[i];
      return line && isPositive(l.quantity ?? null) ? [{ receiptLineId: line.id, quantity: l.quantity }] : [];
    });
    if (picked.length === 0) {
      feedback.message?.error(t('procurement.returns.nothingToReturn'));
      return;
    }
    const body: ReturnInput = {
      receiptId,
      returnDate: (values.returnDate ?? dayjs()).format('YYYY-MM-DD'),
      reason: values.reason?.trim() ?? '',
      lines: picked.map((l) => ({ receiptLineId: l.receiptLineId, quantity: String(l.quantity) })),
    };
    try {
      await save.mutateAsync(body);
    } catch (error) {
      applyServerIssues(form, error);
    }
  };

  if (!receiptId) return <Alert type="info" showIcon title={t('procurement.returns.fromReceiptHint')} />;
  if (receipt.isPending) return <FullPageSpin />;
  if (!receipt.data) return <Alert type="error" title={t('common.requestFailed')} />;
  const r = receipt.data;

  return (
    <Card title={t('procurement.returns.newTitle')} data-testid="return-form-page">
      <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('procurement.returns.receipt')}>{r.number}</Descriptions.Item>
        <Descriptions.Item label={t('procurement.common.supplier')}>{r.supplierName}</Descriptions.Item>
        <Descriptions.Item label={t('procurement.common.warehouse')}>{r.warehouseName}</Descriptions.Item>
      </Descriptions>
      <Form<Values> form={form} layout="vertical" initialValues={{ returnDate: dayjs(), lines: [] }} onFinish={(v) => void onFinish(v)} data-testid="return-form">
        <Row gutter={16}>
          <Col xs={12} md={6}>
            <Form.Item name="returnDate" label={t('procurement.returns.returnDate')} rules={[{ required: true, message: t('procurement.common.dateRequired') }]}>
              <DatePicker style={{ width: '100%' }} allowClear={false} data-testid="return-date" />
            </Form.Item>
          </Col>
          <Col xs={24} md={18}>
            <Form.Item name="reason" label={t('procurement.returns.reason')} rules={[{ required: true, whitespace: true, message: t('procurement.returns.reasonRequired') }]}>
              <Input maxLength={200} placeholder={t('procurement.returns.reasonPlaceholder')} data-testid="return-reason" />
            </Form.Item>
          </Col>
        </Row>
        <Form.List name="lines">
          {(fields) => (
            <Table
              size="small"
              rowKey="key"
              pagination={false}
              scroll={{ x: 'max-content' }}
              dataSource={fields}
              data-testid="return-lines"
              columns={[
                { title: '#', width: 40, render: (_v, _f, i) => i + 1 },
                { title: t('procurement.common.item'), render: (_v, f) => `${lines[f.name]?.itemCode ?? ''} ${lines[f.name]?.itemName ?? ''}`.trim() },
                { title: t('procurement.common.unit'), render: (_v, f) => lines[f.name]?.unitName ?? '' },
                { title: t('procurement.returns.received'), align: 'right', render: (_v, f) => formatQty(lines[f.name]?.quantity) },
                { title: t('procurement.orders.returnedQty'), align: 'right', render: (_v, f) => formatQty(lines[f.name]?.returnedQty) },
                { title: t('procurement.returns.returnable'), align: 'right', render: (_v, f) => formatQty(subtract(lines[f.name]?.quantity, lines[f.name]?.returnedQty)) },
                { title: t('procurement.returns.thisTime'), width: 140, render: (_v, f) => (
                  <Form.Item
                    name={[f.name, 'quantity']}
                    style={{ margin: 0 }}
                    rules={[{ validator: async (_r, v: string | null | undefined) => {
                      if (v === null || v === undefined || v === '') return;
                      const line = lines[f.name];
                      if (compareDecimal(v, '0') < 0 || (line && compareDecimal(v, subtract(line.quantity, line.returnedQty)) > 0)) throw new Error(t('procurement.returns.overReturn'));
                    } }]}
                  >
                    <InputNumber<string> stringMode min="0" style={{ width: 120 }} data-testid={`return-line-${f.name}-quantity`} />
                  </Form.Item>
                ) },
              ]}
            />
          )}
        </Form.List>
        <Space style={{ marginTop: 24 }}>
          <Button onClick={() => navigate(-1)}>{t('common.cancel')}</Button>
          <Button type="primary" danger htmlType="submit" loading={save.isPending} data-testid="return-save">{t('procurement.returns.post')}</Button>
        </Space>
      </Form>
    </Card>
  );
}
