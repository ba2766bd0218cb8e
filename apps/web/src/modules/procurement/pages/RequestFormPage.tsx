import { useEffect } from 'react';
import { Alert, Button, Card, Col, DatePicker, Form, Input, Row, Space } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { feedback } from '../../../app/api/index.ts';
import { useAuth } from '../../../app/auth/index.ts';
import { FullPageSpin } from '../../../shared/feedback/FullPageSpin.tsx';
import { listQueryKey } from '../../../shared/list/index.ts';
import { WarehouseSelect } from '../../catalog/index.ts';
import { createRequest, getRequest, procurementKeys, procurementListIds, submitRequest, updateRequest, type PurchaseRequest, type RequestInput } from '../api.ts';
import { emptyLine, ItemLinesEditor, type LineValues } from '../components/ItemLinesEditor.tsx';
import { applyServerIssues } from '../form-errors.ts';

interface Values {
  purpose?: string;
  neededBy?: Dayjs | null;
  warehouseId?: string | null;
  note?: string;
  lines: LineValues[];
}

function toInput(v: Values): RequestInput {
  return {
    purpose: v.purpose?.trim() ?? '',
    neededBy: v.neededBy ? v.neededBy.format('YYYY-MM-DD') : null,
    warehouseId: v.warehouseId ?? null,
    note: v.note?.trim() || null,
    lines: v.lines.map((l) => ({
      itemId: l.itemId ?? '',
      unitId: l.unitId ?? '',
      quantity: String(l.quantity ?? ''),
      estimatedPrice: l.price === undefined || l.price === null || l.price === '' ? null : String(l.price),
      supplierId: l.supplierId ?? null,
    })),
  };
}

function toValues(r: PurchaseRequest): Values {
  return {
    purpose: r.purpose,
    neededBy: r.neededBy ? dayjs(r.neededBy) : null,
    warehouseId: r.warehouseId,
    note: r.note ?? undefined,
    lines: r.lines.map((l) => ({
      itemId: l.itemId,
      itemLabel: [l.itemCode, l.itemName].filter(Boolean).join(' '),
      unitId: l.unitId,
      quantity: l.quantity,
      price: l.estimatedPrice,
      supplierId: l.supplierId,
      supplierLabel: l.supplierName ?? null,
    })),
  };
}

/** 采购申请 form: what is needed, how many, by when and why; saved as a draft or sent for approval. */
export default function RequestFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { can } = useAuth();
  const [form] = Form.useForm<Values>();
  const lines = Form.useWatch('lines', form) ?? [];
  const existing = useQuery({ queryKey: procurementKeys.request(id ?? ''), queryFn: () => getRequest(id ?? ''), enabled: Boolean(id) });

  useEffect(() => {
    if (existing.data) form.setFieldsValue(toValues(existing.data));
  }, [existing.data, form]);

  const save = useMutation({
    mutationFn: async ({ body, submit }: { body: RequestInput; submit: boolean }) => {
      const saved = id ? await updateRequest(id, body) : await createRequest(body);
      return submit ? submitRequest(saved.id) : saved;
    },
    onSuccess: (request, { submit }) => {
      feedback.message?.success(submit ? t('procurement.requests.submitted') : t('procurement.common.saved'));
      void queryClient.invalidateQueries({ queryKey: listQueryKey(procurementListIds.requests) });
      void queryClient.invalidateQueries({ queryKey: procurementKeys.all });
      navigate(`/procurement/requests/${request.id}`, { replace: true });
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
    <Card title={id ? t('procurement.requests.editTitle', { number: existing.data?.number ?? '' }) : t('procurement.requests.newTitle')} data-testid="request-form-page">
      {!editable ? <Alert type="warning" showIcon title={t('procurement.requests.notEditable')} style={{ marginBottom: 16 }} /> : null}
      <Form<Values> form={form} layout="vertical" initialValues={{ lines: [{ ...emptyLine }], neededBy: dayjs().add(7, 'day') }} disabled={!editable} data-testid="request-form">
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="purpose" label={t('procurement.requests.purpose')} rules={[{ required: true, whitespace: true, message: t('procurement.requests.purposeRequired') }]}>
              <Input maxLength={200} placeholder={t('procurement.requests.purposePlaceholder')} data-testid="request-purpose" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="neededBy" label={t('procurement.requests.neededBy')}>
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs(), 'day')} data-testid="request-needed-by" />
            </Form.Item>
          </Col>
          {can('catalog.read') ? (
            <Col xs={12} md={6}>
              <Form.Item name="warehouseId" label={t('procurement.requests.deliverTo')}>
                <WarehouseSelect allowClear testId="request-warehouse" />
              </Form.Item>
            </Col>
          ) : null}
        </Row>
        <ItemLinesEditor mode="request" lines={lines} testId="request-line" />
        <Form.Item name="note" label={t('procurement.common.note')} style={{ marginTop: 16 }}>
          <Input.TextArea rows={2} maxLength={500} data-testid="request-note" />
        </Form.Item>
      </Form>
      <Space style={{ marginTop: 8 }} wrap>
        <Button onClick={() => navigate(-1)}>{t('common.cancel')}</Button>
        <Button onClick={() => void onSave(false)} loading={save.isPending} disabled={!editable} data-testid="request-save">{t('procurement.requests.saveDraft')}</Button>
        <Button type="primary" onClick={() => void onSave(true)} loading={save.isPending} disabled={!editable} data-testid="request-save-submit">{t('procurement.requests.saveAndSubmit')}</Button>
      </Space>
    </Card>
  );
}
