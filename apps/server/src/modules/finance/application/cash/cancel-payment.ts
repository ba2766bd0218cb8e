import type { Payment } from '@triad/contracts';
import { recordAudit } from '../../../../platform/audit/index.ts';
import { cashErrors } from '../../cash.errors.ts';
import { findPayment, transitionPayment } from '../../infra/cash/payments.repository.ts';
import { getPayment } from './payment-view.ts';

/**
 * 作废 a payment that has not moved money: drafts, approved or rejected requests. One pending
 * approval must be withdrawn first; an executed payment is corrected by reversing its voucher.
 */
export async function cancelPayment(id: string): Promise<Payment> {
  const p = await findPayment(id, true);
  if (!p) throw cashErrors['finance.payment.notFound']();
  if (p.status !== 'draft' && p.status !== 'approved' && p.status !== 'rejected') {
    throw cashErrors['finance.payment.badStatus']({ status: p.status }, { status: p.status });
  }
  await transitionPayment(id, p.status, { status: 'cancelled' });
  await recordAudit({ entity: 'finPayment', entityId: id, action: 'cancel', before: { status: p.status }, after: { status: 'cancelled' } });
  return getPayment(id);
}
