import { Form, Input, Modal } from 'antd';
import type { ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { periodLabel } from '../hooks.ts';

interface Props {
  /** The period being reopened; null = closed. */
  period: number | null;
  saving: boolean;
  onCancel: () => void;
  onConfirm: (period: number, reason: string) => void;
}

/** 反结账 needs a reason: it goes into the audit log next to who reopened the books. */
export function ReopenModal({ period, saving, onCancel, onConfirm }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open={period !== null}
      title={t('financeLedger.periods.reopenTitle', { period: period ? periodLabel(period) : '' })}
      onCancel={onCancel}
      onOk={() => form.submit()}
      confirmLoading={saving}
      okButtonProps={{ danger: true, 'data-testid': 'period-reopen-confirm' } as ButtonProps}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false} onFinish={(v) => { if (period) onConfirm(period, v.reason.trim()); }}>
        <Form.Item name="reason" label={t('financeLedger.periods.reason')}
          rules={[{ required: true, whitespace: true, message: t('financeLedger.periods.reasonRequired') }, { max: 500 }]}>
          <Input.TextArea rows={3} maxLength={500} placeholder={t('financeLedger.periods.reasonPlaceholder')} data-testid="period-reopen-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
