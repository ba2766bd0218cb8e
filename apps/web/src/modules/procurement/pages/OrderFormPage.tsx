import { useEffect } from 'react';
import { Alert, Button, Card, Col, DatePicker, Form, Input, Row, Space } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { feedback } from '../../../app/api/index.ts';
import { FullPageSpin } from '../../../shared/feedback/FullPageSpin.tsx';
import { listQueryKey } from '../../../shared/list/index.ts';
import { WarehouseSelect } from '../../catalog/index.ts';
import { PartnerSelect } from '../../partners/index.ts';
import { createOrder, getOrder, procurementKeys, procurementListIds, submitOrder, updateOrder, type OrderInput, type PurchaseOrder } from '../api.ts';
import { emptyLine, ItemLinesEditor, type LineValues } from '../components/ItemLinesEditor.tsx';
import { applyServerIssues } from '../form-errors.ts';

interface Values {
  supplierId?: string;
  orderDate?: Dayjs;
  expectedDate?: Dayjs | null;
  warehouseId?: string;
  note?: string;
  lines: LineValues[];
}

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

function toInput(v: Values): OrderInput {
  return {
    supplierId: v.supplierId ?? '',
    orderDate: day(v.orderDate) ?? dayjs().format('YYYY-MM-DD'),
    expectedDate: day(v.expectedDate),
    warehouseId: v.warehouseId ?? '',
    note: v.note?.trim() || null,
    lines: v.lines.map((l) => ({
      itemId: l.itemId ?? '',
      unitId: l.unitId ?? '',
      quantity: String(l.quantity ?? ''),
      price: String(l.price ?? ''),
      taxRate: l.taxRate === undefined || l.taxRate === null || l.taxRate === '' ? null : String(l.taxRate),
      expectedDate: day(l.expectedDate),
    })),
  };
}

function toValues(o: PurchaseOrder): Values {
  return {
    supplierId: o.supplierId,
    orderDate: dayjs(o.orderDate),
    expectedDate: o.expectedDate ? dayjs(o.expectedDate) : null,
    warehouseId: o.warehouseId,
    note: o.note ?? undefined,
    lines: o.lines.map((l) => ({
      itemId: l.itemId,
      itemLabel: [l.itemCode, l.itemName].filter(Boolean).join(' '),
      unitId: l.unitId,
      quantity: l.quantity,
      price: l.price,
      taxRate: l.taxRate,
      expectedDate: l.expectedDate ? dayjs(l.expectedDate) : null,
    })),
  };
}

/** 采购订单 draft: the buyer fills supplier, warehouse and priced lines, then sends it for approval. */
export default function OrderFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const lines = Form.useWatch('lines', form) ?? [];
  const existing = useQuery({ queryKey: procurementKeys.order(id ?? ''), queryFn: () => getOrder(id ?? ''), enabled: Boolean(id) });

  useEffect(() => {
    if (existing.data) form.setFieldsValue(toValues(existing.data));
  }, [existing.data, form]);

  const save = useMutation({
    mutationFn: async ({ body, submit }: { body: OrderInput; submit: boolean }) => {
      const saved = id ? await updateOrder(id, body) : await createOrder(body);
      return submit ? submitOrder(saved.id) : saved;
    },
    onSuccess: (order, { submit }) => {
      feedback.message?.success(submit ? t('procurement.orders.submitted') : t('procurement.common.saved'));
      void queryClient.invalidateQueries({ queryKey: listQueryKey(procurementListIds.orders) });
      void queryClient.invalidateQueries({ queryKey: procurementKeys.all });
      navigate(`/procurement/orders/${order.id}`, { replace: true });
    },
  });

  const onSave = async (submit: boolean) => {
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    try {
      await save.mutateAsync({ body: toInput(values), submit });
    } catch (error) {
      applyServerIssues(form, error);
    }
  };

  if (id && existing.isPending) return <FullPageSpin />;
  const editable = !existing.data || existing.data.status === 'draft' || existing.data.status === 'rejected';

  return (
    <Card title={id ? t('procurement.orders.editTitle', { number: existing.data?.number ?? '' }) : t('procurement.orders.newTitle')} data-testid="order-form-page">
      {!editable ? <Alert type="warning" showIcon title={t('procurement.orders.notEditable')} style={{ marginBottom: 16 }} /> : null}
      <Form<Values> form={form} layout="vertical" initialValues={{ orderDate: dayjs(), lines: [{ ...emptyLine }] }} disabled={!editable} data-testid="order-form">
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="supplierId" label={t('procurement.common.supplier')} rules={[{ required: true, message: t('procurement.common.supplierRequired') }]}>
              <PartnerSelect role="supplier" initialLabel={existing.data?.supplierName} testId="order-supplier" />
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item name="orderDate" label={t('procurement.orders.orderDate')} rules={[{ required: true, message: t('procurement.common.dateRequired') }]}>
              <DatePicker style={{ width: '100%' }} allowClear={false} data-testid="order-date" />
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item name="expectedDate" label={t('procurement.common.expectedDate')}>
              <DatePicker style={{ width: '100%' }} data-testid="order-expected-date" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="warehouseId" label={t('procurement.common.warehouse')} rules={[{ required: true, message: t('procurement.common.warehouseRequired') }]}>
              <WarehouseSelect testId="order-warehouse" />
            </Form.Item>
          </Col>
        </Row>
        <ItemLinesEditor mode="order" lines={lines} testId="order-line" />
        <Form.Item name="note" label={t('procurement.common.note')} style={{ marginTop: 16 }}>
          <Input.TextArea rows={2} maxLength={500} data-testid="order-note" />
        </Form.Item>
      </Form>
      <Space style={{ marginTop: 8 }} wrap>
        <Button onClick={() => navigate(-1)}>{t('common.cancel')}</Button>
        <Button onClick={() => void onSave(false)} loading={save.isPending} disabled={!editable} data-testid="order-save">{t('procurement.orders.saveDraft')}</Button>
        <Button type="primary" onClick={() => void onSave(true)} loading={save.isPending} disabled={!editable} data-testid="order-save-submit">{t('procurement.orders.saveAndSubmit')}</Button>
      </Space>
    </Card>
  );
}
