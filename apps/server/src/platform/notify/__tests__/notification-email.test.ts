import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../testing/test-app.ts';
import { createTenant, createUser, type TestTenant } from '../../../testing/fixtures.ts';
import { newId } from '../../db/index.ts';
import { asSystem, inTenant, tx } from '../../tx/index.ts';
import { notifications, notifyUsers, sendNotificationEmail } from '../index.ts';
import { startSmtpSink, type SmtpSink } from './smtp-sink.ts';

let t: TestContext;
let smtp: SmtpSink;
let tenant: TestTenant;

beforeAll(async () => {
  smtp = await startSmtpSink();
  t = await createTestApp({
    smtp: { host: '127.0.0.1', port: smtp.port, secure: false, from: 'Triad <no-reply@triad.local>' },
    publicUrl: 'https://triad.example.com',
  });
  tenant = await createTenant();
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

async function waitFor<T>(probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 20_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}

const emailedAt = async (id: string) => {
  const [row] = await asSystem((db) => db.select({ emailedAt: notifications.emailedAt }).from(notifications).where(eq(notifications.id, id)));
  return row?.emailedAt ?? undefined;
};

describe('notification email', () => {
  it('emails a committed notification to a user who has an address, through the job runtime', async () => {
    const user = await createUser(tenant, { email: 'li.lei@example.com', displayName: '李雷' });
    const [id] = await inTenant({ tenantId: tenant.id }, () => notifyUsers([user.id], {
      title: '采购订单 PO-0001 已审批通过', body: '请安排到货验收。', link: '/purchase/orders/1',
    }));
    const mail = await waitFor(() => smtp.messages.find((m) => m.to.includes('li.lei@example.com')));
    expect(mail.subject).toBe('采购订单 PO-0001 已审批通过');
    expect(mail.from).toBe('no-reply@triad.local');
    expect(mail.text).toContain('采购订单 PO-0001 已审批通过');
    expect(mail.text).toContain('请安排到货验收。');
    expect(mail.text).toContain('https://triad.example.com/purchase/orders/1');
    await waitFor(() => (id ? emailedAt(id) : undefined));
  });

  it('sends nothing for users without an address or for a rolled-back unit of work', async () => {
    const noEmail = await createUser(tenant, { email: null });
    const rolledBack = await createUser(tenant, { email: 'rollback@example.com' });
    const marker = await createUser(tenant, { email: 'marker@example.com' });
    await expect(inTenant({ tenantId: tenant.id }, async () => {
      await notifyUsers([rolledBack.id], { title: '不会发送' });
      throw new Error('rolled back');
    })).rejects.toThrow('rolled back');
    const [silentId] = await inTenant({ tenantId: tenant.id }, () => notifyUsers([noEmail.id, marker.id], { title: '仅站内' }));
    // Jobs run in order of enqueueing closely enough: once the marker's mail arrived, the others had their chance.
    await waitFor(() => smtp.messages.find((m) => m.to.includes('marker@example.com')));
    await new Promise((r) => setTimeout(r, 500));
    expect(smtp.messages.some((m) => m.to.includes('rollback@example.com'))).toBe(false);
    expect(silentId ? await emailedAt(silentId) : 'missing').toBeUndefined();
  });

  it('throws when the SMTP server refuses, so the job is retried, and does not mark it emailed', async () => {
    const user = await createUser(tenant, { email: 'refused@example.com' });
    // A bare row (no job enqueued), so only this test's direct calls of the job handler send it.
    const id = newId();
    await inTenant({ tenantId: tenant.id }, () => tx().insert(notifications).values({ id, tenantId: tenant.id, userId: user.id, title: '发送失败测试' }));
    smtp.reject = true;
    try {
      await expect(sendNotificationEmail({ tenantId: tenant.id, notificationId: id })).rejects.toThrow();
    } finally {
      smtp.reject = false;
    }
    expect(await emailedAt(id)).toBeUndefined();
    expect(await sendNotificationEmail({ tenantId: tenant.id, notificationId: id })).toBe('sent');
    expect(smtp.messages.filter((m) => m.to.includes('refused@example.com'))).toHaveLength(1);
    expect(await emailedAt(id)).toBeInstanceOf(Date);
    // Once emailed, a redelivered job does not send it again.
    expect(await sendNotificationEmail({ tenantId: tenant.id, notificationId: id })).toBe('skipped');
  });
});
