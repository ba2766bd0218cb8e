import { DatePicker, InputNumber, Select, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { VoucherHeader } from '../voucher-lines.ts';
import { voucherWords } from '../api.ts';
import { periodLabel } from '../hooks.ts';

interface Props {
  header: VoucherHeader;
  onChange?: (header: VoucherHeader) => void;
  /** The saved number (记-0001); absent while the voucher is new. */
  number: string | null;
  readOnly: boolean;
}

function periodOf(date: string): number {
  const d = dayjs(date);
  return d.year() * 100 + d.month() + 1;
}

/** 凭证字 / 号, 日期, 附单据 — the header line of the voucher. */
export function VoucherHeaderFields({ header, onChange, number, readOnly }: Props) {
  const { t } = useTranslation();
  const label = (text: string) => <Typography.Text type="secondary">{text}</Typography.Text>;
  const wordOptions = voucherWords.map((w) => ({ value: w, label: t(`financeLedger.words.${w}`) }));

  if (readOnly) {
    return (
      <Space size={24} wrap data-testid="voucher-header">
        <span>{label(t('financeLedger.voucher.number'))} <Typography.Text strong data-testid="voucher-number">{number}</Typography.Text></span>
        <span>{label(t('financeLedger.voucher.date'))} {header.voucherDate}</span>
        <span>{t('financeLedger.voucher.period', { period: periodLabel(periodOf(header.voucherDate)) })}</span>
        <span>{label(t('financeLedger.voucher.attachments'))} {header.attachmentCount} {t('financeLedger.voucher.attachmentsUnit')}</span>
      </Space>
    );
  }
  return (
    <Space size={16} wrap data-testid="voucher-header">
      <Space size={6}>
        {label(t('financeLedger.voucher.word'))}
        <Select value={header.word} options={wordOptions} style={{ width: 72 }} data-testid="voucher-word"
          onChange={(word) => onChange?.({ ...header, word })} />
        {number ? <Typography.Text strong data-testid="voucher-number">{number}</Typography.Text> : null}
      </Space>
      <Space size={6}>
        {label(t('financeLedger.voucher.date'))}
        <DatePicker value={dayjs(header.voucherDate)} allowClear={false} style={{ width: 140 }} data-testid="voucher-date"
          onChange={(d) => { if (d) onChange?.({ ...header, voucherDate: d.format('YYYY-MM-DD') }); }} />
        <Typography.Text type="secondary">{t('financeLedger.voucher.period', { period: periodLabel(periodOf(header.voucherDate)) })}</Typography.Text>
      </Space>
      <Space size={6}>
        {label(t('financeLedger.voucher.attachments'))}
        <InputNumber min={0} max={999} precision={0} value={header.attachmentCount} style={{ width: 72 }} data-testid="voucher-attachments"
          onChange={(n) => onChange?.({ ...header, attachmentCount: typeof n === 'number' ? n : 0 })} />
        {label(t('financeLedger.voucher.attachmentsUnit'))}
      </Space>
    </Space>
  );
}
