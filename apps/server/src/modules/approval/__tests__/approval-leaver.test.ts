import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InstanceDetail } from '@triad/contracts';
import { createTestApp, type TestContext } from '../../../testing/test-app.ts';
import { sessionHeaders } from '../../../testing/fixtures.ts';
import { apiAs, company, expenseForm, type Company } from './approval-test-kit.ts';

// Runs the real outbox and job runtime: disabling a user in org reaches approval as an event.
let t: TestContext;
let c: Company;
beforeAll(async () => {
  t = await createTestApp();
  c = await company();
});
afterAll(async () => { await t.close(); });

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('a leaver', () => {
  it("has their open tasks moved to their superior when org disables them", async () => {
    const employee = await apiAs(t, c.employee);
    const submitted = await employee.post<InstanceDetail>('/instances', { requestTypeId: await c.typeId('expense'), form: expenseForm() });
    expect(submitted.status).toBe(201);
    const disabled = await t.app.inject({ method: 'POST', url: `/api/v1/org/users/${c.salesHead.id}/disable`, headers: await sessionHeaders(c.admin) });
    expect(disabled.statusCode).toBe(200);
    const gm = await apiAs(t, c.gm);
    const view = await waitFor(async () => {
      const res = await gm.get<InstanceDetail>(`/instances/${submitted.body.id}`);
      return res.status === 200 && res.body.myTask ? res.body : undefined;
    });
    expect(view.myTask?.nodeId).toBe('dept-head');
    expect(view.timeline.map((e) => e.action)).toContain('reassign');
  });
});
