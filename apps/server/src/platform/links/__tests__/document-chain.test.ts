import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase } from '../../../testing/test-database.ts';
import { createTenant, type TestTenant } from '../../../testing/fixtures.ts';
import { inTenant, tx, useDatabase } from '../../tx/index.ts';
import { newId, type Database } from '../../db/index.ts';
import { linkDocuments, type DocumentRef } from '../link-documents.ts';
import { documentChain, chainLimits } from '../document-chain.ts';
import { documentLinks } from '../links.table.ts';

let database: Database;
let drop: () => Promise<void>;
let a: TestTenant;
let b: TestTenant;

const doc = (type: string, number: string): DocumentRef => ({ type, id: newId(), number });
const pr = doc('purchaseRequest', 'PR-202611-0001');
const po1 = doc('purchaseOrder', 'PO-202611-0001');
const po2 = doc('purchaseOrder', 'PO-202611-0002');
const gr = doc('goodsReceipt', 'GR-202611-0001');
const bill = doc('supplierBill', 'BILL-202611-0001');
const pay = doc('payment', 'PAY-202611-0001');

const inA = <T>(fn: () => Promise<T>) => inTenant({ tenantId: a.id }, fn);
const summary = (chain: Awaited<ReturnType<typeof documentChain>>) =>
  Object.fromEntries(chain.nodes.map((n) => [n.number ?? n.id, `${n.direction}:${n.depth}`]));

beforeAll(async () => {
  ({ database, drop } = await createTestDatabase());
  useDatabase(database);
  a = await createTenant('甲公司');
  b = await createTenant('乙公司');
  // Procure-to-pay: one request ordered from two suppliers, both orders received together.
  await inA(async () => {
    await linkDocuments({ from: pr, to: po1 });
    await linkDocuments({ from: pr, to: po2 });
    await linkDocuments({ from: po1, to: gr, relation: 'receives' });
    await linkDocuments({ from: po2, to: gr, relation: 'receives' });
    await linkDocuments({ from: gr, to: bill });
    await linkDocuments({ from: bill, to: pay, relation: 'pays' });
  });
});
afterAll(async () => { await drop(); });

describe('documentChain', () => {
  it('returns the whole chain from the middle, both directions, with distances', async () => {
    const chain = await inA(() => documentChain(gr.type, gr.id));
    expect(chain.root).toEqual({ type: 'goodsReceipt', id: gr.id, number: 'GR-202611-0001' });
    expect(summary(chain)).toEqual({
      'GR-202611-0001': 'root:0',
      'PO-202611-0001': 'upstream:1',
      'PO-202611-0002': 'upstream:1',
      'PR-202611-0001': 'upstream:2',
      'BILL-202611-0001': 'downstream:1',
      'PAY-202611-0001': 'downstream:2',
    });
    expect(chain.edges).toHaveLength(6);
    expect(chain.edges).toContainEqual({ fromType: 'supplierBill', fromId: bill.id, toType: 'payment', toId: pay.id, relation: 'pays' });
    expect(chain.truncated).toBe(false);
  });

  it('follows only ancestors and descendants: a sibling order is not part of an order\'s chain', async () => {
    const chain = await inA(() => documentChain(po1.type, po1.id));
    expect(summary(chain)).toEqual({
      'PO-202611-0001': 'root:0',
      'PR-202611-0001': 'upstream:1',
      'GR-202611-0001': 'downstream:1',
      'BILL-202611-0001': 'downstream:2',
      'PAY-202611-0001': 'downstream:3',
    });
    expect(chain.edges.map((e) => `${e.fromId}>${e.toId}`)).toEqual(expect.arrayContaining([`${pr.id}>${po1.id}`, `${po1.id}>${gr.id}`]));
    expect(chain.edges.some((e) => e.fromId === po2.id || e.toId === po2.id)).toBe(false);
  });

  it('records an edge once however often it is linked', async () => {
    await inA(() => linkDocuments({ from: pr, to: po1 }));
    const rows = await inA(() => tx().select().from(documentLinks).where(eq(documentLinks.toId, po1.id)));
    expect(rows).toHaveLength(1);
  });

  it('shows another tenant nothing of the chain', async () => {
    const chain = await inTenant({ tenantId: b.id }, () => documentChain(gr.type, gr.id));
    expect(chain.nodes).toEqual([{ type: 'goodsReceipt', id: gr.id, number: null, direction: 'root', depth: 0, route: null, restricted: false }]);
    expect(chain.edges).toEqual([]);
    // Tenant B's own links with the same keys stay apart from A's.
    await inTenant({ tenantId: b.id }, () => linkDocuments({ from: { type: 'goodsReceipt', id: gr.id, number: 'B-GR' }, to: doc('supplierBill', 'B-BILL') }));
    const own = await inTenant({ tenantId: b.id }, () => documentChain(gr.type, gr.id));
    expect(own.nodes.map((n) => n.number)).toEqual(['B-GR', 'B-BILL']);
    const still = await inA(() => documentChain(gr.type, gr.id));
    expect(still.nodes.map((n) => n.number)).not.toContain('B-BILL');
  });

  it('ends in a cycle, keeping each document once at its shortest distance', async () => {
    const [x, y, z] = [doc('cyc', 'X'), doc('cyc', 'Y'), doc('cyc', 'Z')];
    await inA(async () => {
      await linkDocuments({ from: x, to: y });
      await linkDocuments({ from: y, to: z });
      await linkDocuments({ from: z, to: x });
    });
    const chain = await inA(() => documentChain(x.type, x.id));
    expect(summary(chain)).toEqual({ X: 'root:0', Y: 'downstream:1', Z: 'upstream:1' });
    expect(chain.edges).toHaveLength(3);
    expect(chain.truncated).toBe(false);
  });

  it('cuts a chain longer than the depth cap and says so', async () => {
    const line = Array.from({ length: chainLimits.maxDepth + 5 }, (_, i) => doc('step', `S${i}`));
    await inA(async () => {
      for (let i = 1; i < line.length; i++) await linkDocuments({ from: line[i - 1]!, to: line[i]! });
    });
    const chain = await inA(() => documentChain('step', line[0]!.id));
    expect(chain.nodes).toHaveLength(chainLimits.maxDepth + 1);
    expect(Math.max(...chain.nodes.map((n) => n.depth))).toBe(chainLimits.maxDepth);
    expect(chain.truncated).toBe(true);
  });

  it('caps the number of documents in one chain', async () => {
    const hub = doc('hub', 'HUB');
    await inA(async () => {
      await tx().insert(documentLinks).values(Array.from({ length: chainLimits.maxNodes + 20 }, (_, i) => ({
        id: newId(), tenantId: a.id, fromType: 'hub', fromId: hub.id, fromNumber: 'HUB', toType: 'spoke', toId: newId(), toNumber: `SP${i}`,
      })));
    });
    const chain = await inA(() => documentChain('hub', hub.id));
    expect(chain.nodes).toHaveLength(chainLimits.maxNodes + 1);
    expect(chain.truncated).toBe(true);
  });

  it('refuses a document linked to itself', async () => {
    await expect(inA(() => linkDocuments({ from: pr, to: { ...pr } }))).rejects.toThrow(/own upstream/);
  });
});
