import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../testing/test-app.ts';
import { createTenant, createUser } from '../../../testing/fixtures.ts';
import { loginInject } from './auth-test-app.ts';

let t: TestContext;
beforeAll(async () => { t = await createTestApp({ cookieSecure: true }); });
afterAll(async () => { await t.close(); });

it('marks the session cookie Secure when the server is reached over HTTPS', async () => {
  const user = await createUser(await createTenant());
  const res = await t.app.inject(loginInject(user.username, user.password));
  expect(res.statusCode).toBe(200);
  expect(res.cookies.find((c) => c.name === 'triad_session')).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax' });
});
