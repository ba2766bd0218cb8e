import { spawn, type ChildProcess } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../app.ts';
import { createTestApp, type TestContext } from '../../../testing/test-app.ts';
import { testDbKind } from '../../../testing/test-database.ts';
import { createTenant, createUser, sessionHeaders, type TestTenant, type TestUser } from '../../../testing/fixtures.ts';
import { inTenant } from '../../tx/index.ts';
import { notificationHub, notifyUsers } from '../index.ts';
import { openSse, type SseClient } from './sse-client.ts';

let t: TestContext;
let port: number;
let tenant: TestTenant;
let alice: TestUser;
let bob: TestUser;
const clients: SseClient[] = [];

async function listen(app: App): Promise<number> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  return (app.server.address() as AddressInfo).port;
}

async function stream(user: TestUser, onPort = port): Promise<SseClient> {
  const c = await openSse(onPort, '/api/v1/notifications/stream', await sessionHeaders(user));
  clients.push(c);
  return c;
}

const notify = (user: TestUser, title: string) =>
  inTenant({ tenantId: user.tenantId }, () => notifyUsers([user.id], { title, link: '/oa/leave/1' }));

beforeAll(async () => {
  t = await createTestApp();
  port = await listen(t.app);
  tenant = await createTenant();
  alice = await createUser(tenant, { permissions: [] });
  bob = await createUser(tenant, { permissions: [] });
});
afterAll(async () => {
  for (const c of clients) c.close();
  await t?.close();
});

describe('GET /api/v1/notifications/stream', () => {
  it('opens an event stream that starts with the unread count', async () => {
    await notify(alice, '请假申请已提交');
    const c = await stream(alice);
    expect(c.status).toBe(200);
    expect(c.headers['content-type']).toContain('text/event-stream');
    expect(c.headers['cache-control']).toContain('no-cache');
    expect(JSON.parse((await c.next('ready')).data)).toEqual({ unreadCount: 1 });
  });

  it('pushes a committed notification to the recipient\'s streams only', async () => {
    const mine1 = await stream(alice);
    const mine2 = await stream(alice);
    const bobs = await stream(bob);
    await Promise.all([mine1.next('ready'), mine2.next('ready'), bobs.next('ready')]);
    const [id] = await notify(alice, '您的请假申请已通过');
    for (const c of [mine1, mine2]) {
      const n = JSON.parse((await c.next('notification')).data);
      expect(n).toMatchObject({ id, title: '您的请假申请已通过', link: '/oa/leave/1', readAt: null });
    }
    await expect(bobs.next('notification', 500)).rejects.toThrow(/no 'notification' event/);
  });

  it('pushes nothing for a rolled-back unit of work', async () => {
    const c = await stream(bob);
    await c.next('ready');
    await expect(inTenant({ tenantId: tenant.id }, async () => {
      await notifyUsers([bob.id], { title: '回滚的通知' });
      throw new Error('rolled back');
    })).rejects.toThrow('rolled back');
    const [id] = await notify(bob, '提交的通知');
    // The first push the stream sees is the committed one: the rolled-back NOTIFY never left.
    expect(JSON.parse((await c.next('notification')).data)).toMatchObject({ id, title: '提交的通知' });
  });

  it('refuses anonymous callers and forgets closed streams', async () => {
    const anonymous = await openSse(port, '/api/v1/notifications/stream', {});
    expect(anonymous.status).toBe(401);
    anonymous.close();
    const carol = await createUser(tenant, { permissions: [] });
    const c = await stream(carol);
    await c.next('ready');
    expect(notificationHubOfTestApp().openStreams(carol.id)).toBe(1);
    c.close();
    await waitFor(() => notificationHubOfTestApp().openStreams(carol.id) === 0);
  });
});

describe.runIf(testDbKind === 'postgres')('across server processes (PostgreSQL LISTEN/NOTIFY)', () => {
  let child: ChildProcess | undefined;
  afterAll(async () => {
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child?.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  });

  it('delivers to a user connected to server B a notification committed by server A', async () => {
    // Server B is another OS process on the same database: its only way to learn about the
    // notification is the NOTIFY PostgreSQL sends to its own LISTEN connection.
    child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./second-server.ts', import.meta.url))], {
      env: { ...process.env, TRIAD_SECOND_SERVER_DATABASE_URL: t.url },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const portB = await readPort(child);
    const dave = await createUser(tenant, { permissions: [] });
    const c = await stream(dave, portB);
    expect(JSON.parse((await c.next('ready', 30_000)).data)).toEqual({ unreadCount: 0 });
    // This process (server A) holds no stream for Dave.
    expect(notificationHubOfTestApp().openStreams(dave.id)).toBe(0);
    const [id] = await notify(dave, '跨进程通知');
    expect(JSON.parse((await c.next('notification')).data)).toMatchObject({ id, title: '跨进程通知' });
  });
});

function readPort(child: ChildProcess, timeoutMs = 60_000): Promise<number> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`second server did not start: ${out}`)), timeoutMs);
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`second server exited with ${code}`)); });
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      out += chunk;
      const line = out.split('\n').find((l) => l.startsWith('{"port":'));
      if (line) { clearTimeout(timer); resolve((JSON.parse(line) as { port: number }).port); }
    });
  });
}

function notificationHubOfTestApp() {
  const hub = notificationHub(t.app);
  if (!hub) throw new Error('the app has no notification hub');
  return hub;
}

async function waitFor(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 20));
  }
}
