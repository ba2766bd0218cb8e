import { describe, expect, it } from 'vitest';
import { blankLine, expandSummary, lineProblems, setAccount, setAmount, toVoucherInput, voucherTotals, type EditLine } from '../voucher-lines.ts';

const expense = { id: 'acc-6602', dimensions: ['department' as const] };
const cash = { id: 'acc-1001', dimensions: [] };
const accounts = new Map([[expense.id, expense], [cash.id, cash]]);

function line(patch: Partial<EditLine>): EditLine {
  return { ...blankLine(), ...patch };
}

describe('voucher lines', () => {
  it('typing on one side clears the other side', () => {
    const l = setAmount(line({ credit: '10' }), 'debit', '20');
    expect(l.debit).toBe('20');
    expect(l.credit).toBe('');
  });

  it('drops dimensions the new account does not use', () => {
    const l = setAccount(line({ departmentId: 'd1', partnerId: 'p1' }), expense);
    expect(l.departmentId).toBe('d1');
    expect(l.partnerId).toBeNull();
  });

  it('is balanced only when debit equals credit and is not zero', () => {
    expect(voucherTotals([line({ debit: '500' }), line({ credit: '500.00' })]).balanced).toBe(true);
    expect(voucherTotals([line({ debit: '500' }), line({ credit: '499.99' })]).difference).toBe(1n);
    expect(voucherTotals([line({}), line({})]).balanced).toBe(false);
  });

  it('reports missing accounts, amounts, dimensions and imbalance by line number', () => {
    const lines = [line({ accountId: expense.id, debit: '500' }), line({ accountId: cash.id, credit: '400' }), line({ summary: 'x' })];
    const kinds = lineProblems(lines, accounts).map((p) => p.kind);
    expect(kinds).toEqual(expect.arrayContaining(['dimension', 'account', 'amount', 'unbalanced']));
    const ok = [line({ accountId: expense.id, debit: '500', departmentId: 'd1' }), line({ accountId: cash.id, credit: '500' }), line({})];
    expect(lineProblems(ok, accounts)).toEqual([]);
  });

  it('builds the API body from the used lines only, with normalized amounts', () => {
    const body = toVoucherInput({ word: 'ji', voucherDate: '2026-11-28', attachmentCount: 1 }, [
      line({ summary: '报销办公用品', accountId: expense.id, debit: '500', departmentId: 'd1' }),
      line({ accountId: cash.id, credit: '500' }),
      line({}),
    ]);
    expect(body.summary).toBe('报销办公用品');
    expect(body.lines).toHaveLength(2);
    expect(body.lines[1]).toMatchObject({ summary: '报销办公用品', debit: '0.00', credit: '500.00' });
  });

  it('expands the // and .. summary shortcuts', () => {
    const lines = [line({ summary: '报销差旅费' }), line({ summary: '支付现金' }), line({})];
    expect(expandSummary('//', lines, 2)).toBe('支付现金');
    expect(expandSummary('..', lines, 2)).toBe('报销差旅费');
    expect(expandSummary('//', lines, 0)).toBe('');
    expect(expandSummary('办公费', lines, 2)).toBe('办公费');
  });
});
