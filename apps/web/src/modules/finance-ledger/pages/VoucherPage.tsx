import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useAuth } from '../../../app/auth/index.ts';
import { FullPageSpin } from '../../../shared/feedback/FullPageSpin.tsx';
import { getVoucher, ledgerKeys } from '../api.ts';
import { VoucherEditor } from '../components/VoucherEditor.tsx';
import { VoucherNotFound } from '../components/VoucherNotFound.tsx';

/** /finance/vouchers/new and /finance/vouchers/:id — one editor, keyed so a status change re-reads it. */
export default function VoucherPage() {
  const { id } = useParams();
  const { can } = useAuth();
  const isNew = !id;
  const voucher = useQuery({ queryKey: ledgerKeys.voucher(id ?? ''), queryFn: () => getVoucher(id ?? ''), enabled: !isNew });
  if (isNew) return <VoucherEditor key="new" voucher={null} canEdit={can('finance.voucher.create')} />;
  if (voucher.isPending) return <FullPageSpin />;
  if (!voucher.data) return <VoucherNotFound />;
  return <VoucherEditor key={`${voucher.data.id}:${voucher.data.status}:${voucher.data.reversedById ?? ''}`} voucher={voucher.data} canEdit={can('finance.voucher.create')} />;
}
