import { Link } from 'react-router';
import { useAuth } from '../../../app/auth/index.ts';

/** A document's voucher: a link for those who may read the ledger, its number for everyone else. */
export function VoucherRef({ id, number, testId }: { id: string; number: string | null | undefined; testId?: string }) {
  const { can } = useAuth();
  if (!can(['finance.voucher.read', 'finance.voucher.manage'])) return <span data-testid={testId}>{number ?? '-'}</span>;
  return <Link to={`/finance/vouchers/${id}`} data-testid={testId}>{number ?? id.slice(0, 8)}</Link>;
}
