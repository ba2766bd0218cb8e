import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentChain } from '@triad/contracts';
import { createTestApp, type TestContext } from '../../../testing/test-app.ts';
import { createTenant, createUser, sessionHeaders, type AuthHeaders, type TestTenant } from '../../../testing/fixtures.ts';
import { inTenant } from '../../tx/index.ts';
import { newId } from '../../db/index.ts';
import { linkDocuments } from '../link-documents.ts';
import { registerLinkedType } from '../linked-type.registry.ts';

let t: TestContext;
let a: TestTenant;
let buyer: AuthHeaders;
let storekeeper: AuthHeaders;
const request = { type: 'testRequest', id: newId(), number: 'TR-1' };
const order = { type: 'testOrder', id: newId(), number: 'TO-1' };
const secret = { type: 'testPayment', id: newId(), number: 'TP-1' };

// Orders are open to buyers only; payments to finance only; requests to everyone.
registerLinkedType({ type: 'testRequest', route: '/test/requests/:id' });
registerLinkedType({ type: 'testOrder', permission: 'test.order.read', route: '/test/orders/:id' });
registerLinkedType({ type: 'testPayment', permission: 'test.payment.read', route: '/test/payments/:id' });

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant();
  buyer = await sessionHeaders(await createUser(a, { permissions: ['test.order.read'] }));
  storekeeper = await sessionHeaders(await createUser(a, { permissions: [] }));
  await inTenant({ tenantId: a.id }, async () => {
    await linkDocuments({ from: request, to: order });
    await linkDocuments({ from: order, to: secret, relation: 'pays' });
  });
});
afterAll(async () => { await t.close(); });

async function chain(headers: AuthHeaders, type: string, id: string) {
  return t.app.inject({ method: 'GET', url: `/api/v1/links/${type}/${id}`, headers });
}

describe('GET /api/v1/links/:type/:id', () => {
  it('returns the chain with web routes of readable documents and hides the numbers of others', async () => {
    const res = await chain(buyer, 'testRequest', request.id);
    expect(res.statusCode, res.body).toBe(200);
    const body: DocumentChain = res.json();
    expect(body.root).toEqual({ type: 'testRequest', id: request.id, number: 'TR-1' });
    expect(body.nodes).toEqual([
      { type: 'testRequest', id: request.id, number: 'TR-1', direction: 'root', depth: 0, route: `/test/requests/${request.id}`, restricted: false },
      { type: 'testOrder', id: order.id, number: 'TO-1', direction: 'downstream', depth: 1, route: `/test/orders/${order.id}`, restricted: false },
      { type: 'testPayment', id: secret.id, number: null, direction: 'downstream', depth: 2, route: null, restricted: true },
    ]);
    expect(body.edges).toHaveLength(2);
  });

  it('refuses a chain rooted at a document the caller may not read', async () => {
    const res = await chain(storekeeper, 'testOrder', order.id);
    expect(res.statusCode).toBe(403);
    const allowed = await chain(storekeeper, 'testRequest', request.id);
    expect(allowed.json().nodes.filter((n: { restricted: boolean }) => n.restricted)).toHaveLength(2);
  });

  it('answers malformed keys with 400 and needs a signed-in caller', async () => {
    expect((await chain(buyer, '1bad', request.id)).statusCode).toBe(400);
    expect((await chain(buyer, 'testRequest', 'a%20b')).statusCode).toBe(400);
    const long = await chain(buyer, 'testRequest', 'x'.repeat(101));
    expect(long.statusCode).toBe(400);
    expect(long.json().error.code).toBe('common.validation');
    const anonymous = await t.app.inject({ method: 'GET', url: `/api/v1/links/testRequest/${request.id}` });
    expect(anonymous.statusCode).toBe(401);
  });
});
