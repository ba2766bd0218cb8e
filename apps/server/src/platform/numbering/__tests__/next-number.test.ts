import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import { createTestDatabase } from '../../../testing/test-database.ts';
import { createTenant, type TestTenant } from '../../../testing/fixtures.ts';
import { inTenant, useDatabase } from '../../tx/index.ts';
import type { Database } from '../../db/index.ts';
import { nextNumber } from '../next-number.ts';
import { updateNumberingRule } from '../numbering-rules.ts';

let database: Database;
let drop: () => Promise<void>;
let a: TestTenant;
let b: TestTenant;

beforeAll(async () => {
  ({ database, drop } = await createTestDatabase());
  useDatabase(database);
  a = await createTenant('甲公司');
  b = await createTenant('乙公司');
});
afterAll(async () => { await drop(); });

const nov = new Date('2026-11-10T02:00:00Z');
const dec = new Date('2026-12-02T02:00:00Z');
const take = (tenant: TestTenant, type: string, date = nov) => inTenant({ tenantId: tenant.id }, () => nextNumber(type, date));

describe('nextNumber', () => {
  it('hands out consecutive numbers per type with the default rule', async () => {
    expect(await take(a, 'purchaseRequest')).toBe('PURCHASE-202611-0001');
    expect(await take(a, 'purchaseRequest')).toBe('PURCHASE-202611-0002');
    expect(await take(a, 'salesOrder')).toBe('SALESORD-202611-0001');
  });

  it('gives 50 concurrent transactions 50 distinct consecutive numbers', async () => {
    // Each transaction keeps its counter lock a moment, so on PostgreSQL the others really queue.
    const numbers = await Promise.all(Array.from({ length: 50 }, () => inTenant({ tenantId: a.id }, async () => {
      const n = await nextNumber('concurrent', nov);
      await sleep(5);
      return n;
    })));
    const sequence = numbers.map((n) => Number(n.split('-')[2])).sort((x, y) => x - y);
    expect(sequence).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(new Set(numbers).size).toBe(50);
  });

  it('restarts the counter when the period changes', async () => {
    expect(await take(a, 'rollover', nov)).toBe('ROLLOVER-202611-0001');
    expect(await take(a, 'rollover', nov)).toBe('ROLLOVER-202611-0002');
    expect(await take(a, 'rollover', dec)).toBe('ROLLOVER-202612-0001');
    expect(await take(a, 'rollover', nov)).toBe('ROLLOVER-202611-0003');
  });

  it('keeps each tenant on its own counters', async () => {
    expect(await take(a, 'tenantCounter')).toBe('TENANTCO-202611-0001');
    expect(await take(a, 'tenantCounter')).toBe('TENANTCO-202611-0002');
    expect(await take(b, 'tenantCounter')).toBe('TENANTCO-202611-0001');
  });

  it('follows a configured rule and keeps counting after a change of look', async () => {
    await inTenant({ tenantId: a.id }, () => updateNumberingRule('styled', { prefix: 'PR', datePattern: 'YYYYMMDD', padding: 3, separator: '' }));
    expect(await take(a, 'styled', new Date('2026-11-10T20:00:00Z'))).toBe('PR20261111001');
    await inTenant({ tenantId: a.id }, () => updateNumberingRule('styled', { prefix: 'PQ', datePattern: 'YYYYMMDD', padding: 5, separator: '-' }));
    expect(await take(a, 'styled', new Date('2026-11-10T20:00:00Z'))).toBe('PQ-20261111-00002');
    expect(await take(b, 'styled', new Date('2026-11-10T20:00:00Z'))).toBe('STYLED-202611-0001');
  });

  it('gives a rolled-back number to the next document', async () => {
    await take(a, 'rollback');
    await expect(inTenant({ tenantId: a.id }, async () => {
      expect(await nextNumber('rollback', nov)).toBe('ROLLBACK-202611-0002');
      throw new Error('the document failed to save');
    })).rejects.toThrow('failed to save');
    expect(await take(a, 'rollback')).toBe('ROLLBACK-202611-0002');
  });
});
