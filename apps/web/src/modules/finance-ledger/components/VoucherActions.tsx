import { Button, Popconfirm, Space } from 'antd';
import type { ButtonProps } from 'antd';
import { CheckOutlined, DeleteOutlined, PlusOutlined, PrinterOutlined, RollbackOutlined, SaveOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAuth } from '../../../app/auth/index.ts';
import type { VoucherDetail } from '../api.ts';

interface Props {
  voucher: VoucherDetail | null;
  editable: boolean;
  busy: boolean;
  onSave: () => void;
  onPost: () => void;
  onDelete: () => void;
  onReverse: () => void;
}

/** The voucher's toolbar; each button only for the people allowed to use it. */
export function VoucherActions({ voucher, editable, busy, onSave, onPost, onDelete, onReverse }: Props) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const navigate = useNavigate();
  const draft = !voucher || voucher.status === 'draft';
  // A red-ink voucher is never reversed again (the original is re-entered instead), closing
  // vouchers are undone by reopening the period, and a business document's voucher is reversed
  // by cancelling that document so the subledger stays in step.
  const reversible = voucher?.status === 'posted' && !voucher.reversedById && !voucher.reversalOfId && !voucher.closingKind && !voucher.sourceType;

  return (
    <Space wrap size={8} className="fl-no-print">
      {editable ? (
        <Button type="primary" icon={<SaveOutlined />} onClick={onSave} loading={busy} data-testid="voucher-save">{t('financeLedger.voucher.saveDraft')}</Button>
      ) : null}
      {draft && can('finance.voucher.post') ? (
        <Popconfirm title={t('financeLedger.voucher.confirmPost')} onConfirm={onPost} okButtonProps={{ 'data-testid': 'voucher-post-confirm' } as Record<string, string>}>
          <Button icon={<CheckOutlined />} loading={busy} data-testid="voucher-post">{t('financeLedger.voucher.post')}</Button>
        </Popconfirm>
      ) : null}
      {voucher && draft && editable ? (
        <Popconfirm title={t('financeLedger.voucher.confirmDelete')} onConfirm={onDelete} okButtonProps={{ danger: true, 'data-testid': 'voucher-delete-confirm' } as ButtonProps}>
          <Button danger icon={<DeleteOutlined />} disabled={busy} data-testid="voucher-delete">{t('financeLedger.voucher.delete')}</Button>
        </Popconfirm>
      ) : null}
      {reversible && can('finance.voucher.reverse') ? (
        <Button danger icon={<RollbackOutlined />} onClick={onReverse} data-testid="voucher-reverse">{t('financeLedger.voucher.reverse')}</Button>
      ) : null}
      <Button icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="voucher-print">{t('financeLedger.voucher.print')}</Button>
      {voucher && can('finance.voucher.create') ? (
        <Button icon={<PlusOutlined />} onClick={() => navigate('/finance/vouchers/new')} data-testid="voucher-new">{t('financeLedger.vouchers.create')}</Button>
      ) : null}
      <Button icon={<UnorderedListOutlined />} onClick={() => navigate('/finance/vouchers')}>{t('financeLedger.voucher.back')}</Button>
    </Space>
  );
}
