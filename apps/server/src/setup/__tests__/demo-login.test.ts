import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../testing/test-app.ts';
import { ensureDemo, type FirstRun } from '../ensure-demo.ts';

// The first thing an evaluator does after `npm start`: log in with the printed password.
describe('logging in to the demo company', () => {
  let ctx: TestContext;
  let first: FirstRun | null;
  beforeAll(async () => {
    ctx = await createTestApp();
    first = await ensureDemo({ skipDemo: false, adminPassword: undefined });
  });
  afterAll(async () => { await ctx.close(); });

  async function login(username: string, password: string) {
    return ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password, tenantCode: 'demo' } });
  }

  it('admin logs in with the printed password and holds every permission', async () => {
    const res = await login('admin', first?.adminPassword ?? '');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ tenant: { code: 'demo', name: '示例科技有限公司' }, permissions: ['*'] });
  });

  it('a department head logs in with the same password and sees the org with a department-tree scope', async () => {
    const res = await login('li.na', first?.adminPassword ?? '');
    expect(res.statusCode).toBe(200);
    const me = res.json() as { user: { displayName: string }; permissions: string[] };
    expect(me.user.displayName).toBe('李娜');
    expect(me.permissions).toEqual(expect.arrayContaining(['org.user.read', 'org.department.read']));
    expect(me.permissions).not.toContain('org.user.viewSalary');
  });

  it('no demo account answers to a guessable password', async () => {
    for (const guess of ['admin', 'admin123', '123456', 'password']) {
      // 401 wrong password; 429 once the login throttle steps in.
      expect([401, 429]).toContain((await login('admin', guess)).statusCode);
    }
  });
});
