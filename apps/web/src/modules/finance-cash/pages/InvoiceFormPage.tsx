import { Button, Card, Col, DatePicker, Form, Input, Row, Space, Switch } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { feedback } from '../../../app/api/index.ts';
import { listQueryKey } from '../../../shared/list/index.ts';
import { PartnerSelect } from '../../partners/index.ts';
import { cashListIds, createInvoice, type ArapKind, type InvoiceInput } from '../api.ts';
import { emptyLine, InvoiceLinesTable } from '../components/InvoiceLinesTable.tsx';
import { useUrlChoice } from '../components/KindTabs.tsx';
import { applyServerIssues } from '../form-errors.ts';

const kinds = ['payable', 'receivable'] as const;
type VatRate = NonNullable<InvoiceInput['lines'][number]['taxRate']>;

interface Values {
  partnerId?: string;
  documentDate?: Dayjs;
  dueDate?: Dayjs | null;
  taxInclusive: boolean;
  summary?: string;
  lines: Array<{ description: string; accountId?: string; quantity?: string; price?: string; taxRate: VatRate; departmentId?: string | null }>;
}

function toInput(kind: ArapKind, v: Values): InvoiceInput {
  return {
    kind,
    partnerId: v.partnerId ?? '',
    documentDate: (v.documentDate ?? dayjs()).format('YYYY-MM-DD'),
    dueDate: v.dueDate ? v.dueDate.format('YYYY-MM-DD') : null,
    taxInclusive: v.taxInclusive,
    summary: v.summary?.trim() || null,
    lines: v.lines.map((l) => ({
      description: l.description.trim(),
      accountId: l.accountId ?? '',
      quantity: String(l.quantity ?? ''),
      price: String(l.price ?? ''),
      taxRate: l.taxRate,
      departmentId: l.departmentId ?? null,
    })),
  };
}

/** 应收单/应付单 entry: saving posts the voucher and opens the receivable or payable at once. */
export default function InvoiceFormPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [kind] = useUrlChoice<ArapKind>('kind', kinds);
  const [form] = Form.useForm<Values>();
  const inclusive = Form.useWatch('taxInclusive', form) ?? true;
  const lines = Form.useWatch('lines', form) ?? [];

  const save = useMutation({
    mutationFn: createInvoice,
    onSuccess: (invoice) => {
      feedback.message?.success(t('financeCash.common.created'));
      void queryClient.invalidateQueries({ queryKey: listQueryKey(cashListIds.invoices) });
      void queryClient.invalidateQueries({ queryKey: ['financeCash'] });
      navigate(`/finance/invoices/${invoice.id}`, { replace: true });
    },
  });

  const onFinish = async (values: Values) => {
    try {
      await save.mutateAsync(toInput(kind, values));
    } catch (error) {
      applyServerIssues(form, error);
    }
  };

  return (
    <Card title={t(`financeCash.invoices.newTitle.${kind}`)} data-testid="invoice-form-page">
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ taxInclusive: true, documentDate: dayjs(), lines: [{ ...emptyLine }] }}
        onFinish={(v) => void onFinish(v)}
        data-testid="invoice-form"
      >
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="partnerId" label={t('financeCash.common.partner')} rules={[{ required: true, message: t('financeCash.invoices.partnerRequired') }]}>
              <PartnerSelect role={kind === 'payable' ? 'supplier' : 'customer'} testId="invoice-partner" />
            </Form.Item>
          </Col>
          <Col xs={12} md={5}>
            <Form.Item name="documentDate" label={t('financeCash.invoices.documentDate')} rules={[{ required: true, message: t('financeCash.invoices.dateRequired') }]}>
              <DatePicker style={{ width: '100%' }} allowClear={false} data-testid="invoice-date" />
            </Form.Item>
          </Col>
          <Col xs={12} md={5}>
            <Form.Item name="dueDate" label={t('financeCash.invoices.dueDate')} extra={t('financeCash.invoices.dueDateHelp')}>
              <DatePicker style={{ width: '100%' }} data-testid="invoice-due-date" />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="taxInclusive" label={t('financeCash.invoices.taxInclusive')} valuePropName="checked">
              <Switch checkedChildren={t('financeCash.invoices.inclusive')} unCheckedChildren={t('financeCash.invoices.exclusive')} data-testid="invoice-tax-inclusive" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="summary" label={t('financeCash.common.summary')}>
              <Input maxLength={200} data-testid="invoice-summary" />
            </Form.Item>
          </Col>
        </Row>
        <InvoiceLinesTable kind={kind} inclusive={inclusive} lines={lines} />
        <Space style={{ marginTop: 24 }}>
          <Button onClick={() => navigate(-1)}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="invoice-save">{t('financeCash.invoices.save')}</Button>
        </Space>
      </Form>
    </Card>
  );
}
