import { cashFlowCategoryLabels, type CashFlowCategory } from '@triad/contracts';
import { recordAudit } from '../../../../platform/audit/index.ts';
import { submitForDocument } from '../../../approval/index.ts';
import { partnerNames } from '../../../partners/index.ts';
import { cashErrors } from '../../cash.errors.ts';
import { findPayment, transitionPayment } from '../../infra/cash/payments.repository.ts';
import { paymentRequestType, paymentSourceType } from './doc-types.ts';

/**
 * 提交付款申请: a draft (or rejected) payment goes to approval through the `financePayment`
 * request type, bound to the payment so the approval's outcome comes back as an event.
 * Receipts (in) need no approval: the cashier executes them directly.
 */
export async function submitPayment(id: string, initiatorId: string): Promise<void> {
  const payment = await findPayment(id, true);
  if (!payment) throw cashErrors['finance.payment.notFound']();
  if (payment.direction !== 'out' || (payment.status !== 'draft' && payment.status !== 'rejected')) {
    throw cashErrors['finance.payment.badStatus']({ status: payment.status }, { status: payment.status });
  }
  const names = payment.partnerId ? await partnerNames([payment.partnerId]) : new Map<string, string>();
  const payee = (payment.partnerId ? names.get(payment.partnerId) : null) ?? payment.counterpartyName ?? '';
  const instanceId = await submitForDocument({
    requestTypeCode: paymentRequestType,
    documentRef: { type: paymentSourceType, id: payment.id, number: payment.number },
    form: { payee, amount: payment.amount, summary: payment.summary, category: payment.category },
    initiatorId,
  });
  const moved = await transitionPayment(id, payment.status, { status: 'pendingApproval', approvalInstanceId: instanceId, requestedBy: payment.requestedBy ?? initiatorId });
  if (!moved) throw cashErrors['finance.payment.badStatus']({ status: payment.status }, { status: payment.status });
  await recordAudit({ entity: 'finPayment', entityId: id, action: 'submit', after: { approvalInstanceId: instanceId } });
}

/** Label of a category for forms and notifications. */
export function categoryLabel(category: string): string {
  return cashFlowCategoryLabels[category as CashFlowCategory]?.['zh-CN'] ?? category;
}
