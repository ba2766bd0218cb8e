import { Alert, Button, Card, Col, DatePicker, Form, Input, Row, Space } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { feedback } from '../../../app/api/index.ts';
import { listQueryKey } from '../../../shared/list/index.ts';
import { WarehouseSelect } from '../../catalog/index.ts';
import { PartnerSelect } from '../../partners/index.ts';
import { createRfq, procurementListIds, type RfqInput } from '../api.ts';
import { emptyLine, ItemLinesEditor, type LineValues } from '../components/ItemLinesEditor.tsx';
import { applyServerIssues } from '../form-errors.ts';

interface Values {
  title?: string;
  deadline?: Dayjs | null;
  warehouseId?: string | null;
  suppliers: Array<{ supplierId?: string }>;
  lines: LineValues[];
}

/** 询价单: the same lines asked of several suppliers; sourced from a purchase request when opened from one. */
export default function RfqFormPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const requestId = params.get('requestId');
  const [form] = Form.useForm<Values>();
  const lines = Form.useWatch('lines', form) ?? [];

  const save = useMutation({
    mutationFn: createRfq,
    onSuccess: (rfq) => {
      feedback.message?.success(t('procurement.common.saved'));
      void queryClient.invalidateQueries({ queryKey: listQueryKey(procurementListIds.rfqs) });
      navigate(`/procurement/rfqs/${rfq.id}`, { replace: true });
    },
  });

  const onFinish = async (v: Values) => {
    const supplierIds = [...new Set(v.suppliers.map((s) => s.supplierId).filter((s): s is string => Boolean(s)))];
    const body: RfqInput = {
      title: v.title?.trim() ?? '',
      deadline: v.deadline ? v.deadline.format('YYYY-MM-DD') : null,
      warehouseId: v.warehouseId ?? null,
      requestId: requestId ?? null,
      supplierIds,
      lines: requestId ? undefined : v.lines.map((l) => ({ itemId: l.itemId ?? '', unitId: l.unitId ?? null, quantity: String(l.quantity ?? '') })),
    };
    try {
      await save.mutateAsync(body);
    } catch (error) {
      applyServerIssues(form, error);
    }
  };

  return (
    <Card title={t('procurement.rfqs.newTitle')} data-testid="rfq-form-page">
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ deadline: dayjs().add(3, 'day'), suppliers: [{}, {}], lines: [{ ...emptyLine }] }}
        onFinish={(v) => void onFinish(v)}
        data-testid="rfq-form"
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="title" label={t('procurement.rfqs.titleField')} rules={[{ required: true, whitespace: true, message: t('procurement.rfqs.titleRequired') }]}>
              <Input maxLength={200} data-testid="rfq-title" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="deadline" label={t('procurement.rfqs.deadline')}>
              <DatePicker style={{ width: '100%' }} data-testid="rfq-deadline" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="warehouseId" label={t('procurement.common.warehouse')}>
              <WarehouseSelect allowClear testId="rfq-warehouse" />
            </Form.Item>
          </Col>
        </Row>
        <Form.List name="suppliers" rules={[{ validator: async (_r, v: Array<{ supplierId?: string }>) => { if (!v || v.filter((s) => s?.supplierId).length === 0) throw new Error(t('procurement.rfqs.suppliersRequired')); } }]}>
          {(fields, { add, remove }, { errors }) => (
            <Form.Item label={t('procurement.rfqs.suppliers')} required>
              <Row gutter={[8, 8]}>
                {fields.map((f) => (
                  <Col xs={24} md={8} key={f.key}>
                    <Space.Compact style={{ width: '100%' }}>
                      <Form.Item name={[f.name, 'supplierId']} noStyle>
                        <PartnerSelect role="supplier" testId={`rfq-supplier-${f.name}`} />
                      </Form.Item>
                      <Button icon={<DeleteOutlined />} onClick={() => remove(f.name)} disabled={fields.length <= 1} aria-label={t('procurement.rfqs.removeSupplier')} />
                    </Space.Compact>
                  </Col>
                ))}
                <Col xs={24} md={8}>
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} disabled={fields.length >= 20} data-testid="rfq-add-supplier">{t('procurement.rfqs.addSupplier')}</Button>
                </Col>
              </Row>
              <Form.ErrorList errors={errors} />
            </Form.Item>
          )}
        </Form.List>
        {requestId ? <Alert type="info" showIcon title={t('procurement.rfqs.fromRequest')} /> : <ItemLinesEditor mode="rfq" lines={lines} testId="rfq-line" />}
        <Space style={{ marginTop: 24 }}>
          <Button onClick={() => navigate(-1)}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="rfq-save">{t('procurement.common.save')}</Button>
        </Space>
      </Form>
    </Card>
  );
}
