import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../testing/test-app.ts';
import { createTenant, createUser } from '../../../testing/fixtures.ts';
import { apiAs } from './partners-test-kit.ts';

let t: TestContext;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t.close(); });

const perms = ['partner.read', 'partner.manage'];

describe('partner contacts, bank accounts and addresses', () => {
  it('stores them on create, shows them in the detail and replaces only the lists sent', async () => {
    const tenant = await createTenant();
    const api = await apiAs(t, await createUser(tenant, { permissions: perms }));
    const created = await api.post('/partners', {
      code: 'S001', name: '深圳电子元件厂', isSupplier: true,
      contacts: [
        { name: '王强', title: '销售经理', mobile: '13812345678', email: 'wangqiang@example.cn', isPrimary: true },
        { name: '李娜', phone: '0755-86001234' },
      ],
      bankAccounts: [{ bankName: '招商银行深圳分行', accountName: '深圳电子元件厂', accountNo: '7559 0123 4567 890', isDefault: true }],
      addresses: [
        { kind: 'office', province: '广东省', city: '深圳市', district: '南山区', detail: '科技园南区 8 栋', isDefault: true },
        { kind: 'shipping', detail: '宝安区福永仓库 3 号门', contactName: '张伟', phone: '13900001111', isDefault: true },
      ],
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const detail = (await api.get(`/partners/${id}`)).body;
    expect(detail.contacts.map((c: { name: string; isPrimary: boolean }) => [c.name, c.isPrimary])).toEqual([['王强', true], ['李娜', false]]);
    expect(detail.bankAccounts).toEqual([expect.objectContaining({ bankName: '招商银行深圳分行', accountNo: '755901234567890', isDefault: true })]);
    expect(detail.addresses.map((a: { kind: string }) => a.kind)).toEqual(['office', 'shipping']);

    // Only the contacts are sent: they are replaced, bank accounts and addresses stay.
    const put = await api.put(`/partners/${id}`, { paymentTermDays: 60, contacts: [{ name: '赵敏', mobile: '13700002222', isPrimary: true }] });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ paymentTermDays: 60, contacts: [{ name: '赵敏', isPrimary: true }], bankAccounts: [{ isDefault: true }] });
    expect(put.body.addresses).toHaveLength(2);
    const cleared = await api.patch(`/partners/${id}`, { addresses: [] });
    expect(cleared.body.addresses).toEqual([]);
    expect(cleared.body.contacts).toHaveLength(1);
  });

  it('refuses bad phones and e-mails and a second primary contact or default account', async () => {
    const tenant = await createTenant();
    const api = await apiAs(t, await createUser(tenant, { permissions: perms }));
    const base = { code: 'S1', name: '甲公司' };
    const cases: Record<string, unknown>[] = [
      { contacts: [{ name: '王强', mobile: '12345' }] },
      { contacts: [{ name: '王强', email: 'not-an-email' }] },
      { contacts: [{ name: '王强', isPrimary: true }, { name: '李娜', isPrimary: true }] },
      { bankAccounts: [{ bankName: '工行', accountName: '甲', accountNo: '6222000011112222', isDefault: true }, { bankName: '建行', accountName: '甲', accountNo: '6217000011112222', isDefault: true }] },
      { bankAccounts: [{ bankName: '工行', accountName: '甲', accountNo: 'ABC-123' }] },
      { addresses: [{ detail: '一号', isDefault: true }, { detail: '二号', isDefault: true }] },
      { addresses: [{ detail: '' }] },
    ];
    for (const extra of cases) {
      const res = await api.post('/partners', { ...base, ...extra });
      expect([res.status, res.body.error.code]).toEqual([400, 'common.validation']);
    }
    expect((await api.post('/partners', { ...base, phone: '123' })).status).toBe(400);
    // Blank form fields mean none.
    const blanks = await api.post('/partners', { code: 'S0', name: '空白字段', phone: '', creditCode: '', contacts: [{ name: '王强', phone: '', email: ' ' }] });
    expect(blanks.body).toMatchObject({ phone: null, creditCode: null, contacts: [{ phone: null, email: null }] });
    // A default per kind is fine: one office and one shipping address.
    const ok = await api.post('/partners', { ...base, addresses: [{ kind: 'office', detail: '一号', isDefault: true }, { kind: 'shipping', detail: '二号', isDefault: true }] });
    expect(ok.status).toBe(201);
    expect((await api.get('/partners')).body.items.map((p: { code: string }) => p.code)).toEqual(['S0', 'S1']);
  });
});
