import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDbKind } from '../../../testing/test-database.ts';
import type { Database } from '../client.ts';

let database: Database;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ database, drop } = await createTestDatabase({ migrate: false }));
});
afterAll(async () => { await drop(); });

async function until(check: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('database listener', () => {
  it('receives notifications sent after commit', async () => {
    const got: string[] = [];
    const stop = await database.listen('triad_test_channel', (p) => got.push(p));
    await database.raw("select pg_notify('triad_test_channel', 'hello')");
    await until(async () => got.includes('hello'));
    await stop();
  });

  it.runIf(testDbKind === 'postgres')('listens again after its connection was killed', async () => {
    const got: string[] = [];
    const stop = await database.listen('triad_test_reconnect', (p) => got.push(p));
    const killed = await database.raw(`select pg_terminate_backend(pid) as ok from pg_stat_activity
      where datname = current_database() and query ilike 'LISTEN%triad_test_reconnect%'`);
    expect(killed.rows.length).toBe(1);
    let n = 0;
    await until(async () => {
      await database.raw(`select pg_notify('triad_test_reconnect', 'after-${n++}')`);
      return got.some((p) => p.startsWith('after-'));
    });
    await stop();
  });
});
