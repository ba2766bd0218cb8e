import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestContext } from '../../../testing/test-app.ts';
import { createDepartment, createTenant, createUser, sessionHeaders, type TestTenant, type TestUser } from '../../../testing/fixtures.ts';
import { newId } from '../../../platform/db/index.ts';
import { inTenant, tx } from '../../../platform/tx/index.ts';
import { auditLog } from '../../../platform/audit/index.ts';
import { accountByCode, ensureFinanceSetup, postDocument } from '../application/ledger/index.ts';
import { postApprovedVoucher, returnVoucherToDraft } from '../application/ledger/voucher-approval.handlers.ts';
import { publishedFormFields } from '../infra/ledger/approval-form.query.ts';
import { seedRequestTypes } from '../../approval/index.ts';
import { nextPeriod, periodOfNow, previousPeriod, todayIso } from '../domain/ledger/periods.ts';

// Every ledger endpoint through HTTP, with its refusals.

type Body = Record<string, unknown> & { error?: { code: string; details: unknown } } & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
interface Reply { status: number; body: Body }
type Call = (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown) => Promise<Reply>;

let t: TestContext;
let tenant: TestTenant;
let admin: TestUser;
let api: Call;
let reader: Call;
let otherTenantApi: Call;
let dept: string;
const ids: Record<string, string> = {};
const today = todayIso();
const period = periodOfNow();

async function caller(user: TestUser): Promise<Call> {
  const headers = { ...(await sessionHeaders(user)), 'accept-language': 'en-US' };
  return async (method, url, body) => {
    const res = await t.app.inject({ method, url: `/api/v1/finance${url}`, headers, ...(body === undefined ? {} : { payload: body as object }) });
    return { status: res.statusCode, body: res.body ? res.json() : {} };
  };
}

const line = (accountId: string, debit: string, credit: string, extra: Record<string, unknown> = {}) => ({ summary: '', accountId, debit, credit, ...extra });
const voucher = (lines: unknown[], date = today) => ({ word: 'ji', voucherDate: date, summary: '报销差旅费', lines });

beforeAll(async () => {
  t = await createTestApp();
  tenant = await createTenant();
  dept = await createDepartment(tenant, '行政部');
  admin = await createUser(tenant, { permissions: ['*'], displayName: '李娜' });
  api = await caller(admin);
  reader = await caller(await createUser(tenant, { permissions: ['finance.voucher.read'] }));
  const other = await createTenant('其他公司');
  otherTenantApi = await caller(await createUser(other, { permissions: ['*'] }));
  await inTenant({ tenantId: tenant.id }, () => ensureFinanceSetup());
  await inTenant({ tenantId: other.id }, () => ensureFinanceSetup());
  for (const code of ['1001', '1002', '6602', '2202', '6001', '4103', '2221', '1122']) {
    ids[code] = (await inTenant({ tenantId: tenant.id }, () => accountByCode(code)))!.id;
  }
});
afterAll(async () => { await t.close(); });

describe('accounts', () => {
  it('lists the chart, adds sub-accounts and edits them', async () => {
    const list = await api('GET', '/accounts');
    expect(list.status).toBe(200);
    expect(list.body.items.find((a: Body) => a.code === '22210101')).toMatchObject({ name: '进项税额', isLeaf: true, level: 3, category: 'liability' });
    const created = await api('POST', '/accounts', { parentCode: '6602', name: '办公费' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ code: '660201', dimensions: ['department'], isLeaf: true, isSystem: false });
    ids['660201'] = created.body.id;
    const renamed = await api('PATCH', `/accounts/${created.body.id}`, { name: '办公用品费', dimensions: ['department', 'project'] });
    expect(renamed.body).toMatchObject({ name: '办公用品费', dimensions: ['department', 'project'] });
    await api('PATCH', `/accounts/${created.body.id}`, { dimensions: ['department'] });
    const system = await api('PATCH', `/accounts/${ids['1001']}`, { name: '现金' });
    expect(system.body).toMatchObject({ code: '1001', name: '现金', isSystem: true });
  });

  it('refuses unknown parents and ids, other tenants, and callers without the permission', async () => {
    expect((await api('POST', '/accounts', { parentCode: '9999', name: 'x' })).status).toBe(404);
    expect((await api('PATCH', `/accounts/${newId()}`, { name: 'x' })).status).toBe(404);
    expect((await otherTenantApi('PATCH', `/accounts/${ids['1001']}`, { name: 'x' })).status).toBe(404);
    expect((await reader('POST', '/accounts', { parentCode: '6602', name: 'x' })).status).toBe(403);
    expect((await api('POST', '/accounts', { parentCode: 'abc', name: 'x' })).status).toBe(400);
    expect((await (await caller(await createUser(tenant, { permissions: [] })))('GET', '/accounts')).status).toBe(403);
    expect((await (await caller(await createUser(tenant, { permissions: ['finance.budget.read'] })))('GET', '/accounts')).status).toBe(200);
  });
});

describe('vouchers', () => {
  it('creates, updates, lists, posts and reverses a manual voucher', async () => {
    const created = await api('POST', '/vouchers', voucher([line(ids['660201']!, '500.00', '0', { departmentId: dept }), line(ids['1001']!, '0', '500.00', { cashFlowCategory: 'otherOperatingOut' })]));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'draft', word: 'ji', totalDebit: '500.00', period, createdByName: '李娜' });
    expect(created.body.number).toMatch(/^记-\d{4}$/);
    expect(created.body.lines[0]).toMatchObject({ lineNo: 1, accountCode: '660201', departmentName: '行政部', summary: '报销差旅费' });
    const id = created.body.id as string;
    const updated = await api('PUT', `/vouchers/${id}`, { ...voucher([line(ids['660201']!, '600.00', '0', { departmentId: dept }), line(ids['1001']!, '0', '600.00')]), summary: '报销办公费' });
    expect(updated.body).toMatchObject({ summary: '报销办公费', totalDebit: '600.00', number: created.body.number });
    const list = await api('GET', `/vouchers?period=${period}&status=draft&q=${encodeURIComponent('办公')}`);
    expect(list.body.items.map((v: Body) => v.id)).toContain(id);
    const posted = await api('POST', `/vouchers/${id}/post`);
    expect(posted.body).toMatchObject({ status: 'posted', totalDebit: '600.00', totalCredit: '600.00', postedByName: '李娜' });
    expect((await api('PUT', `/vouchers/${id}`, voucher([line(ids['1001']!, '1.00', '0'), line(ids['1001']!, '0', '1.00')]))).body.error?.code).toBe('finance.voucher.posted');
    expect((await api('DELETE', `/vouchers/${id}`)).status).toBe(409);
    const reversed = await api('POST', `/vouchers/${id}/reverse`, {});
    expect(reversed.status).toBe(200);
    expect(reversed.body).toMatchObject({ status: 'posted', reversalOfId: id, totalDebit: '-600.00' });
    expect(reversed.body.lines.map((l: Body) => [l.debit, l.credit])).toEqual([['-600.00', '0.00'], ['0.00', '-600.00']]);
    expect((await api('GET', `/vouchers/${id}`)).body.reversedById).toBe(reversed.body.id);
    expect((await api('POST', `/vouchers/${id}/reverse`, {})).body.error?.code).toBe('finance.voucher.alreadyReversed');
  });

  it('deletes drafts and answers 404 for unknown and foreign vouchers', async () => {
    const created = await api('POST', '/vouchers', voucher([line(ids['1002']!, '10.00', '0'), line(ids['1001']!, '0', '10.00')]));
    expect((await otherTenantApi('GET', `/vouchers/${created.body.id}`)).status).toBe(404);
    expect((await otherTenantApi('DELETE', `/vouchers/${created.body.id}`)).status).toBe(404);
    expect((await api('DELETE', `/vouchers/${created.body.id}`)).body).toEqual({ ok: true });
    expect((await api('GET', `/vouchers/${created.body.id}`)).status).toBe(404);
    for (const path of ['/post', '/reverse']) expect((await api('POST', `/vouchers/${newId()}${path}`, {})).status).toBe(404);
    expect((await api('PUT', `/vouchers/${newId()}`, voucher([line(ids['1002']!, '1.00', '0'), line(ids['1001']!, '0', '1.00')]))).status).toBe(404);
  });

  it('explains invalid lines with their index and reason', async () => {
    const bad = await api('POST', '/vouchers', voucher([
      line(newId(), '1.00', '0'),
      line(ids['2221']!, '1.00', '0'),
      line(ids['1001']!, '1.00', '1.00'),
      line(ids['1002']!, '0', '0'),
      line(ids['2202']!, '0', '3.00'),
      line(ids['660201']!, '1.00', '0'),
    ]));
    expect(bad.status).toBe(400);
    expect(bad.body.error?.code).toBe('finance.voucher.invalidLines');
    expect((bad.body.error?.details as Body).issues).toEqual(expect.arrayContaining([
      { line: 1, reason: 'unknownAccount' },
      { line: 2, reason: 'accountNotLeaf', accountCode: '2221' },
      { line: 3, reason: 'bothSides' },
      { line: 4, reason: 'zeroLine' },
      { line: 5, reason: 'missingDimension:partner', accountCode: '2202' },
      { line: 6, reason: 'missingDimension:department', accountCode: '660201' },
    ]));
    const unbalanced = await api('POST', '/vouchers', voucher([line(ids['1002']!, '10.00', '0'), line(ids['1001']!, '0', '9.99')]));
    expect(unbalanced.body.error).toMatchObject({ code: 'finance.voucher.unbalanced', details: { totalDebit: '10.00', totalCredit: '9.99' } });
    expect((await api('POST', '/vouchers', voucher([line(ids['1002']!, '10.001', '0'), line(ids['1001']!, '0', '10.001')]))).status).toBe(400);
    expect((await api('POST', '/vouchers', voucher([line(ids['1002']!, '-1.00', '0'), line(ids['1001']!, '0', '-1.00')]))).body.error?.code).toBe('finance.voucher.invalidLines');
    expect((await api('POST', '/vouchers', voucher([line(ids['1002']!, '1.00', '0'), line(ids['1001']!, '0', '1.00')], '2026-02-30'))).status).toBe(400);
    await api('PATCH', `/accounts/${ids['1002']}`, { enabled: false });
    const disabled = await api('POST', '/vouchers', voucher([line(ids['1002']!, '1.00', '0'), line(ids['1001']!, '0', '1.00')]));
    expect((disabled.body.error?.details as Body).issues).toEqual([{ line: 1, reason: 'accountDisabled', accountCode: '1002' }]);
    await api('PATCH', `/accounts/${ids['1002']}`, { enabled: true });
  });

  it('refuses reversing a business document voucher here, and reading without permission', async () => {
    const posted = await inTenant({ tenantId: tenant.id, userId: admin.id }, () => postDocument({
      source: { type: 'finInvoice', id: newId(), number: 'AR-1' }, date: today, summary: '销售',
      lines: [{ role: 'receivable', side: 'debit', amount: '100', partnerId: newId() }, { role: 'revenue', side: 'credit', amount: '100' }],
    }));
    expect((await api('POST', `/vouchers/${posted.voucherId}/reverse`, {})).body.error?.code).toBe('finance.voucher.sourceManaged');
    const detail = await api('GET', `/vouchers/${posted.voucherId}`);
    expect(detail.body).toMatchObject({ sourceType: 'finInvoice', sourceNumber: 'AR-1', word: 'zhuan' });
    expect((await reader('POST', '/vouchers', voucher([]))).status).toBe(403);
    expect((await reader('GET', '/vouchers?limit=1')).status).toBe(200);
  });

  it('pages the list with a cursor', async () => {
    const first = await api('GET', '/vouchers?limit=1');
    expect(first.body.items).toHaveLength(1);
    const second = await api('GET', `/vouchers?limit=1&cursor=${first.body.nextCursor}`);
    expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
    expect((await api('GET', '/vouchers?period=202613')).status).toBe(400);
    expect((await api('GET', '/vouchers?cursor=garbage')).status).toBe(400);
  });
});

describe('voucher approval', () => {
  // Whatever happens in the test, later tests run without approval and without its voucher.
  afterAll(async () => {
    await api('PUT', '/settings', { manualVoucherApproval: false });
    const left = await api('GET', '/vouchers?status=draft');
    for (const v of left.body.items ?? []) await api('DELETE', `/vouchers/${v.id}`);
  });

  it('sends manual vouchers to approval when the setting is on, and posts or returns them on the outcome', async () => {
    const approver = await createUser(tenant, { permissions: [] });
    // The standard seeds carry the 凭证审核 type; without it (older seeds) a minimal one is designed.
    await inTenant({ tenantId: tenant.id }, () => seedRequestTypes({ financeDepartmentId: dept, procurementDepartmentId: dept, adminDepartmentId: dept }));
    if (!await inTenant({ tenantId: tenant.id }, () => publishedFormFields('financeVoucher'))) {
      const created = await t.app.inject({ method: 'POST', url: '/api/v1/approval/request-types', headers: await sessionHeaders(admin), payload: { code: 'financeVoucher', name: '凭证审批', category: 'custom' } });
      const typeId = created.json().id as string;
      const draft = await t.app.inject({ method: 'PUT', url: `/api/v1/approval/request-types/${typeId}/draft`, headers: await sessionHeaders(admin), payload: {
        formSchema: { fields: [{ key: 'number', type: 'text', label: '凭证号', required: true, maxLength: 40 }, { key: 'amount', type: 'money', label: '金额' }] },
        definition: { schemaVersion: 1, settings: { emptyApprover: 'toAdmin', initiatorIsApprover: 'skip', dedupeApprovers: 'consecutive', urgeIntervalMinutes: 30 }, start: { id: 'start', type: 'start', name: '发起人' }, nodes: [{ id: 'fm', type: 'approver', name: '财务经理', source: { kind: 'users', userIds: [approver.id] }, mode: 'any' }] },
      } });
      expect(draft.statusCode).toBe(200);
      expect((await t.app.inject({ method: 'POST', url: `/api/v1/approval/request-types/${typeId}/publish`, headers: await sessionHeaders(admin) })).statusCode).toBe(200);
    }

    expect((await api('PUT', '/settings', { manualVoucherApproval: true })).body).toEqual({ manualVoucherApproval: true, budgetControl: 'warn' });
    const v = await api('POST', '/vouchers', voucher([line(ids['1002']!, '20.00', '0'), line(ids['1001']!, '0', '20.00')]));
    const pending = await api('POST', `/vouchers/${v.body.id}/post`);
    expect(pending.body).toMatchObject({ status: 'pendingApproval', approval: { status: 'running' } });
    expect((await api('DELETE', `/vouchers/${v.body.id}`)).body.error?.code).toBe('finance.voucher.notDraft');
    const event = { instanceId: pending.body.approval.instanceId, number: 'x', requestTypeCode: 'financeVoucher', initiatorId: admin.id, documentRef: { type: 'voucher', id: v.body.id, number: v.body.number } };
    const withdrawn = await t.app.inject({ method: 'POST', url: `/api/v1/approval/instances/${event.instanceId}/actions`, headers: await sessionHeaders(admin), payload: { action: 'withdraw' } });
    expect(withdrawn.statusCode).toBe(200);
    // The withdrawn event's delivery, as the event worker would run it.
    await inTenant({ tenantId: tenant.id, userId: admin.id }, () => returnVoucherToDraft(event));
    expect((await api('GET', `/vouchers/${v.body.id}`)).body.status).toBe('draft');
    const again = await api('POST', `/vouchers/${v.body.id}/post`);
    expect(again.body.status).toBe('pendingApproval');
    await inTenant({ tenantId: tenant.id, userId: approver.id }, () => postApprovedVoucher({ ...event, instanceId: again.body.approval.instanceId }));
    expect((await api('GET', `/vouchers/${v.body.id}`)).body).toMatchObject({ status: 'posted', totalDebit: '20.00' });
  });
});

describe('settings, projects and posting rules', () => {
  it('reads and changes settings, adds projects and rules', async () => {
    expect((await reader('GET', '/settings')).body).toEqual({ manualVoucherApproval: false, budgetControl: 'warn' });
    expect((await reader('PUT', '/settings', { budgetControl: 'block' })).status).toBe(403);
    expect((await api('PUT', '/settings', { budgetControl: 'nonsense' })).status).toBe(400);
    const p = await api('POST', '/projects', { code: 'P001', name: '智慧园区' });
    expect(p.status).toBe(201);
    expect((await api('POST', '/projects', { code: 'P001', name: '重复' })).body.error?.code).toBe('finance.project.duplicate');
    expect((await reader('GET', '/projects')).body.items).toEqual([{ id: p.body.id, code: 'P001', name: '智慧园区', enabled: true }]);
    const rules = await api('GET', '/posting-rules');
    expect(rules.body.items.find((r: Body) => r.role === 'vatInput')).toMatchObject({ documentType: '*', accountCode: '22210101' });
    const rule = await api('POST', '/posting-rules', { documentType: 'salesInvoice', role: 'revenue', accountId: ids['6001'] });
    expect(rule.status).toBe(201);
    expect(rule.body).toMatchObject({ accountCode: '6001', itemCategory: null, partnerId: null });
    expect((await api('POST', '/posting-rules', { documentType: 'salesInvoice', role: 'revenue', accountId: ids['6001'] })).body.error?.code).toBe('finance.postingRule.duplicate');
    expect((await api('POST', '/posting-rules', { documentType: 'x', role: 'y', accountId: ids['2221'] })).body.error?.code).toBe('finance.account.notPostable');
    expect((await api('DELETE', `/posting-rules/${rule.body.id}`)).body).toEqual({ ok: true });
    expect((await api('DELETE', `/posting-rules/${rule.body.id}`)).status).toBe(404);
    expect((await reader('GET', '/posting-rules')).status).toBe(403);
  });
});

describe('periods', () => {
  it('lists periods with counts; closes only in order, without drafts, after carrying P&L forward; reopens the latest with an audit', async () => {
    const list = await api('GET', '/periods');
    expect(list.body.currentPeriod).toBe(period);
    expect(list.body.items.find((p: Body) => p.period === period)).toMatchObject({ status: 'open' });
    expect(list.body.items[0].period).toBe(Math.floor(period / 100) * 100 + 1);
    if (period % 100 > 1) expect((await api('POST', `/periods/${period}/close`)).body.error?.code).toBe('finance.period.earlierOpen');
    // Close every earlier period of this year first (they are empty).
    for (let p = Math.floor(period / 100) * 100 + 1; p < period; p = nextPeriod(p)) expect((await api('POST', `/periods/${p}/close`)).status).toBe(200);
    const draft = await api('POST', '/vouchers', voucher([line(ids['1002']!, '1.00', '0'), line(ids['1001']!, '0', '1.00')]));
    expect((await api('POST', `/periods/${period}/close`)).body.error?.code).toBe('finance.period.hasDrafts');
    await api('DELETE', `/vouchers/${draft.body.id}`);
    expect((await api('POST', `/periods/${period}/close`)).body.error?.code).toBe('finance.period.profitLossNotCarried');
    const carried = await api('POST', `/periods/${period}/carry-forward`);
    expect(carried.body.number).toMatch(/^转-/);
    const cv = await api('GET', `/vouchers/${carried.body.voucherId}`);
    expect(cv.body).toMatchObject({ closingKind: 'profitLoss' });
    expect((await api('POST', `/periods/${period}/carry-forward`)).body).toEqual({ voucherId: null });
    const closed = await api('POST', `/periods/${period}/close`);
    expect(closed.body).toMatchObject({ period, status: 'closed', closedByName: '李娜' });
    expect((await api('GET', '/periods')).body.items.find((p: Body) => p.period === nextPeriod(period))).toMatchObject({ status: 'open' });
    // Nothing more goes into the closed period.
    const late = await api('POST', '/vouchers', voucher([line(ids['1002']!, '1.00', '0'), line(ids['1001']!, '0', '1.00')]));
    expect(late.body.error?.code).toBe('finance.period.closed');
    expect((await api('POST', `/periods/${period}/carry-forward`)).body.error?.code).toBe('finance.period.closed');
    expect((await api('POST', `/periods/${period}/year-end`)).status).toBe(409);
    if (period % 100 > 1) expect((await api('POST', `/periods/${previousPeriod(period)}/reopen`, { reason: '补录' })).body.error?.code).toBe('finance.period.notLatestClosed');
    expect((await api('POST', `/periods/${period}/reopen`, {})).status).toBe(400);
    expect((await reader('POST', `/periods/${period}/reopen`, { reason: 'x' })).status).toBe(403);
    const reopened = await api('POST', `/periods/${period}/reopen`, { reason: '补录发票' });
    expect(reopened.body).toMatchObject({ status: 'open', closedAt: null });
    const audit = await inTenant({ tenantId: tenant.id }, () => tx().select().from(auditLog).where(eq(auditLog.entity, 'finPeriod')));
    expect(audit.find((a) => a.action === 'reopen' && a.entityId === String(period))?.after).toMatchObject({ reason: '补录发票' });
    expect((await api('POST', `/periods/${period}/reopen`, { reason: 'x' })).body.error?.code).toBe('finance.period.notClosed');
    expect((await api('POST', '/periods/209901/close')).status).toBe(404);
    expect((await api('POST', '/periods/202613/close')).status).toBe(400);
    expect((await api('POST', `/periods/${period}/year-end`)).body.error?.code).toBe(period % 100 === 12 ? undefined : 'finance.period.notDecember');
  });
});
