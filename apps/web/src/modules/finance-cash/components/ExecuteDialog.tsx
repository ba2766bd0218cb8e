import { useEffect } from 'react';
import { Alert, DatePicker, Form, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Payment } from '../api.ts';
import { CashAccountSelect } from './Pickers.tsx';

interface Props {
  payment: Payment;
  open: boolean;
  saving: boolean;
  onCancel: () => void;
  onConfirm: (body: { cashAccountId?: string; paymentDate?: string }) => void;
}

/** The cashier confirms which account the money actually moved through, and when. */
export function ExecuteDialog({ payment, open, saving, onCancel, onConfirm }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ cashAccountId?: string | null; paymentDate?: Dayjs }>();
  useEffect(() => {
    if (open) form.setFieldsValue({ cashAccountId: payment.cashAccountId, paymentDate: dayjs() });
  }, [open, payment.cashAccountId, form]);

  const submit = async () => {
    const values = await form.validateFields();
    onConfirm({ cashAccountId: values.cashAccountId ?? undefined, paymentDate: values.paymentDate?.format('YYYY-MM-DD') });
  };

  return (
    <Modal
      open={open}
      title={t(`financeCash.payments.execute.${payment.direction}`)}
      onCancel={onCancel}
      onOk={() => void submit()}
      confirmLoading={saving}
      okButtonProps={{ 'data-testid': 'payment-execute-confirm' } as Record<string, string>}
      destroyOnHidden
    >
      <Alert type="info" showIcon title={t(`financeCash.payments.confirmExecute.${payment.direction}`)} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical">
        <Form.Item name="cashAccountId" label={t('financeCash.payments.cashAccount')} rules={[{ required: true, message: t('financeCash.payments.cashAccountRequired') }]}>
          <CashAccountSelect testId="payment-execute-account" />
        </Form.Item>
        <Form.Item name="paymentDate" label={t(`financeCash.payments.paymentDate.${payment.direction}`)} rules={[{ required: true, message: t('financeCash.invoices.dateRequired') }]}>
          <DatePicker allowClear={false} style={{ width: '100%' }} data-testid="payment-execute-date" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
