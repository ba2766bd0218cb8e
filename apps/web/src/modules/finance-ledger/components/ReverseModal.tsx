import { useState } from 'react';
import type { ButtonProps } from 'antd';
import { DatePicker, Modal, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';

interface Props {
  open: boolean;
  number: string;
  saving: boolean;
  onCancel: () => void;
  /** undefined: the server picks the original's date while its period is open, else today. */
  onConfirm: (voucherDate: string | undefined) => void;
}

/** 红字冲销: asks for the reversal date (today by default; it must fall in an open period). */
export function ReverseModal({ open, number, saving, onCancel, onConfirm }: Props) {
  const { t } = useTranslation();
  const [date, setDate] = useState<Dayjs | null>(null);
  return (
    <Modal
      open={open}
      title={`${t('financeLedger.voucher.reverseTitle')} ${number}`}
      onCancel={onCancel}
      onOk={() => onConfirm(date?.format('YYYY-MM-DD'))}
      confirmLoading={saving}
      okButtonProps={{ danger: true, 'data-testid': 'voucher-reverse-confirm' } as ButtonProps}
      destroyOnHidden
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph>{t('financeLedger.voucher.reverseHint')}</Typography.Paragraph>
        <Space>
          <Typography.Text type="secondary">{t('financeLedger.voucher.reverseDate')}</Typography.Text>
          <DatePicker value={date} onChange={(d) => setDate(d)} placeholder={t('financeLedger.voucher.reverseDateDefault')} style={{ width: 260 }}
            data-testid="voucher-reverse-date" />
        </Space>
      </Space>
    </Modal>
  );
}
