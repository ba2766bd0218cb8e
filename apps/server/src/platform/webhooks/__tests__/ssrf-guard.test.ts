import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../testing/test-app.ts';
import { createTenant, createUser, sessionHeaders, type AuthHeaders } from '../../../testing/fixtures.ts';
import { isForbiddenAddress, sendWebhook } from '../index.ts';
import { startWebhookReceiver, type WebhookReceiver } from './webhook-receiver.ts';

describe('address classes', () => {
  it.each([
    '127.0.0.1', '127.255.0.9', '10.0.0.1', '172.16.5.4', '172.31.255.255', '192.168.1.1', '169.254.169.254',
    '100.64.0.1', '0.0.0.0', '224.0.0.251', '255.255.255.255',
    '::', '::1', 'fc00::1', 'fd12:3456::1', 'fe80::1', 'ff02::1',
    '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:169.254.169.254', '64:ff9b::a9fe:a9fe', '::127.0.0.1',
    // 6to4 and Teredo addresses carrying loopback, private and metadata IPv4 targets.
    '2002:7f00:1::', '2002:c0a8:101::1', '2002:a9fe:a9fe::', '2001:0:4136:e378:8000:63bf:80ff:fffe', '2001:0:4136:e378:8000:63bf:3f57:fef5',
  ])('refuses %s', (address) => {
    expect(isForbiddenAddress(address)).toBe(true);
  });

  it.each(['8.8.8.8', '1.1.1.1', '172.32.0.1', '100.128.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8', '64:ff9b::808:808', '2002:808:808::1', '2001:0:4136:e378:8000:63bf:f7f7:f7f7'])('allows %s', (address) => {
    expect(isForbiddenAddress(address)).toBe(false);
  });

  it('refuses anything that is not an address', () => {
    expect(isForbiddenAddress('localhost')).toBe(true);
  });
});

let t: TestContext;
let receiver: WebhookReceiver;
let admin: AuthHeaders;

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  t = await createTestApp({ webhookAllowPrivate: false });
  const tenant = await createTenant();
  admin = await sessionHeaders(await createUser(tenant, { permissions: ['platform.webhook.manage'] }));
});
afterAll(async () => {
  await t.close();
  await receiver.close();
});

describe('webhook targets when private addresses are not allowed', () => {
  it.each([
    () => `http://127.0.0.1:${receiver.port}/hooks`,
    () => 'http://10.0.0.1/hooks',
    () => 'http://169.254.169.254/latest/meta-data/',
    () => `http://[::1]:${receiver.port}/hooks`,
    () => `http://[::ffff:127.0.0.1]:${receiver.port}/hooks`,
    () => `http://localhost:${receiver.port}/hooks`,
    () => 'http://0.0.0.0/',
  ])('refuses subscribing %#, without sending anything', async (target) => {
    const res = await t.app.inject({
      method: 'POST', url: '/api/v1/integration/webhooks', headers: admin,
      payload: { name: 'internal', url: target(), eventTypes: ['*'] },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('platform.webhook.urlForbidden');
    expect(receiver.requests).toEqual([]);
  });

  it('refuses a host name that does not resolve', async () => {
    const res = await t.app.inject({
      method: 'POST', url: '/api/v1/integration/webhooks', headers: admin,
      payload: { name: 'typo', url: 'https://no-such-host.invalid/hooks', eventTypes: ['*'] },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('platform.webhook.urlUnresolvable');
  });

  it('re-checks at delivery: a name that now resolves to loopback is not connected to', async () => {
    const body = JSON.stringify({ id: 'x' });
    const request = { secret: 'whsec_x', eventType: 'org.user.created', deliveryId: 'd1', body };
    const byName = await sendWebhook({ ...request, url: `http://localhost:${receiver.port}/hooks` }, { allowPrivate: false });
    expect(byName.status).toBeNull();
    expect(byName.error).toContain('not public');
    const literal = await sendWebhook({ ...request, url: `http://127.0.0.1:${receiver.port}/hooks` }, { allowPrivate: false });
    expect(literal.status).toBeNull();
    expect(receiver.requests).toEqual([]);
    // The same request goes through when the operator allows private targets.
    const allowed = await sendWebhook({ ...request, url: `http://localhost:${receiver.port}/hooks` }, { allowPrivate: true });
    expect(allowed).toEqual({ status: 200, error: null });
    expect(receiver.requests).toHaveLength(1);
  });

  it('does not follow redirects', async () => {
    receiver.respondWith([302]);
    const outcome = await sendWebhook(
      { secret: 'whsec_x', eventType: 'org.user.created', deliveryId: 'd2', body: '{}', url: `http://127.0.0.1:${receiver.port}/moved` },
      { allowPrivate: true },
    );
    expect(outcome.status).toBe(302);
    expect(outcome.error).toContain('redirects are not followed');
  });
});
