import Decimal from 'decimal.js';
import type { VoucherDetail, VoucherInput } from '@triad/contracts';
import { submitForDocument } from '../../../approval/index.ts';
import { recordAudit } from '../../../../platform/audit/index.ts';
import { actor } from '../../../../platform/tx/index.ts';
import { financeErrors } from '../../errors.ts';
import { ledgerErrors } from '../../ledger.errors.ts';
import { publishedFormFields } from '../../infra/ledger/approval-form.query.ts';
import { readSettings } from '../../infra/ledger/rules.repository.ts';
import { deleteVoucherRow, findVoucher, linesOfVoucher, updateVoucherRow, type VoucherRow } from '../../infra/ledger/vouchers.repository.ts';
import { assertPostableLines, postStoredVoucher, rewriteDraft, storeDraft, type NewVoucher } from './voucher-store.ts';
import { voucherDetail } from './voucher-view.ts';

export const voucherApprovalType = 'financeVoucher';

function fromInput(input: VoucherInput): NewVoucher {
  return {
    word: input.word, date: input.voucherDate, summary: input.summary, attachmentCount: input.attachmentCount,
    lines: input.lines.map((l) => ({
      summary: l.summary || input.summary, accountId: l.accountId,
      debit: new Decimal(l.debit).toFixed(2), credit: new Decimal(l.credit).toFixed(2),
      partnerId: l.partnerId ?? null, departmentId: l.departmentId ?? null, employeeId: l.employeeId ?? null,
      projectId: l.projectId ?? null, cashFlowCategory: l.cashFlowCategory ?? null,
    })),
  };
}

/** 录入凭证: a draft, already checked line by line (a draft must balance too). */
export async function createManualVoucher(input: VoucherInput): Promise<VoucherDetail> {
  const v = fromInput(input);
  await assertPostableLines(v.lines, false);
  const { id, number, period } = await storeDraft(v);
  await recordAudit({ entity: 'finVoucher', entityId: id, action: 'create', after: { period, number, summary: v.summary } });
  return voucherDetail(id);
}

async function draftOrThrow(id: string): Promise<VoucherRow> {
  const v = await findVoucher(id, true);
  if (!v) throw financeErrors['finance.voucher.notFound']();
  if (v.status === 'posted') throw financeErrors['finance.voucher.posted']();
  if (v.status !== 'draft') throw ledgerErrors['finance.voucher.notDraft']();
  return v;
}

export async function updateManualVoucher(id: string, input: VoucherInput): Promise<VoucherDetail> {
  const current = await draftOrThrow(id);
  const v = fromInput(input);
  await assertPostableLines(v.lines, false);
  await rewriteDraft(current, v);
  await recordAudit({ entity: 'finVoucher', entityId: id, action: 'update', before: { period: current.period, number: current.number, summary: current.summary }, after: { summary: v.summary, date: v.date } });
  return voucherDetail(id);
}

export async function deleteManualVoucher(id: string): Promise<{ ok: true }> {
  const v = await draftOrThrow(id);
  await deleteVoucherRow(id);
  await recordAudit({ entity: 'finVoucher', entityId: id, action: 'delete', before: { period: v.period, number: v.number, summary: v.summary } });
  return { ok: true };
}

/** The 凭证审批 form values, limited to the fields the published form has. */
async function approvalForm(v: VoucherRow): Promise<Record<string, string>> {
  const fields = await publishedFormFields(voucherApprovalType);
  const candidates: Record<string, string> = {
    title: `${v.number} ${v.summary}`.slice(0, 100), summary: v.summary, voucherNumber: v.number, number: v.number,
    voucherDate: v.voucherDate, amount: v.totalDebit, totalAmount: v.totalDebit, period: String(v.period),
    content: `${v.period} ${v.number}: ${v.summary}`,
  };
  const out: Record<string, string> = {};
  for (const f of fields ?? []) {
    const value = candidates[f.key];
    if (value !== undefined && ['text', 'money', 'number', 'date'].includes(f.type)) out[f.key] = value;
  }
  return out;
}

/**
 * 审核过账. With settings.manualVoucherApproval the voucher goes to the approval engine instead
 * (pendingApproval); the approval's outcome posts it or returns it to draft.
 */
export async function postManualVoucher(id: string): Promise<VoucherDetail> {
  const v = await draftOrThrow(id);
  // Accounts may have been disabled or changed since the draft was saved: recheck with details.
  const total = await assertDraftStillPostable(v);
  const settings = await readSettings();
  if (settings?.manualVoucherApproval) {
    // Approvers see the total; a draft's stored totals are filled only at posting.
    const withTotals = { ...v, totalDebit: total };
    const instanceId = await submitForDocument({
      requestTypeCode: voucherApprovalType,
      documentRef: { type: 'voucher', id: v.id, number: v.number },
      form: await approvalForm(withTotals),
      initiatorId: actor().userId ?? v.createdBy ?? '',
    });
    await updateVoucherRow(v.id, { status: 'pendingApproval', approvalInstanceId: instanceId });
    await recordAudit({ entity: 'finVoucher', entityId: id, action: 'submit', after: { approvalInstanceId: instanceId } });
    return voucherDetail(id);
  }
  await postStoredVoucher(id);
  await recordAudit({ entity: 'finVoucher', entityId: id, action: 'post', after: { period: v.period, number: v.number, total } });
  return voucherDetail(id);
}

async function assertDraftStillPostable(v: VoucherRow): Promise<string> {
  const lines = await linesOfVoucher(v.id);
  await assertPostableLines(lines, false);
  return lines.reduce((s, l) => s.plus(l.debit), new Decimal(0)).toFixed(2);
}
