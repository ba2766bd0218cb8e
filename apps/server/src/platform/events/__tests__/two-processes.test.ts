import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../testing/test-app.ts';
import { createTenant } from '../../../testing/fixtures.ts';
import { testDbKind } from '../../../testing/test-database.ts';

const script = fileURLToPath(new URL('./two-processes.worker.ts', import.meta.url));
const perProcess = 100;

interface Worker { child: ChildProcess; next(message: string): Promise<void> }

function startWorker(url: string, tenantId: string, label: string): Worker {
  const child = fork(script, [url, tenantId, String(perProcess), label], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const seen: string[] = [];
  const waiting = new Map<string, () => void>();
  child.on('message', (m) => {
    const message = String(m);
    seen.push(message);
    waiting.get(message)?.();
  });
  return {
    child,
    next: (message) => new Promise<void>((resolve, reject) => {
      if (seen.includes(message)) return resolve();
      waiting.set(message, resolve);
      child.once('exit', (code) => reject(new Error(`worker ${label} exited (${code}) before '${message}'`)));
    }),
  };
}

let t: TestContext | undefined;
const workers: Worker[] = [];

beforeAll(async () => {
  if (testDbKind !== 'postgres') return;
  t = await createTestApp();
  await t.database.raw('create table two_process_effects (event_id uuid not null, worker text not null)');
  await t.database.raw('grant select, insert on two_process_effects to triad_app');
});
afterAll(async () => {
  for (const w of workers) if (w.child.exitCode === null) w.child.kill();
  await t?.close();
});

async function count(sql: string): Promise<number> {
  const { rows } = await (t as TestContext).database.raw(sql);
  return Number(rows[0]?.n);
}

describe('two server processes on one PostgreSQL', () => {
  it.runIf(testDbKind === 'postgres')('handle each event exactly once in effect', async () => {
    const ctx = t as TestContext;
    const tenant = await createTenant();
    const url = ctx.url as string;
    workers.push(startWorker(url, tenant.id, 'a'), startWorker(url, tenant.id, 'b'));
    await Promise.all(workers.map((w) => w.next('ready')));
    for (const w of workers) w.child.send('go');
    await Promise.all(workers.map((w) => w.next('emitted')));

    const total = 2 * perProcess;
    const deadline = Date.now() + 90_000;
    while (await count(`select count(*) as n from event_deliveries where handler = 'test.twoProcesses' and status = 'succeeded'`) < total) {
      if (Date.now() > deadline) throw new Error('deliveries did not all succeed in time');
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(await count(`select count(*) as n from event_deliveries where handler = 'test.twoProcesses'`)).toBe(total);
    expect(await count(`select count(*) as n from event_receipts where handler = 'test.twoProcesses'`)).toBe(total);
    expect(await count('select count(*) as n from two_process_effects')).toBe(total);
    expect(await count('select count(distinct event_id) as n from two_process_effects')).toBe(total);
    expect(await count(`select coalesce(max(attempts), 0) as n from event_deliveries where handler = 'test.twoProcesses'`)).toBe(1);
    const { rows } = await ctx.database.raw('select worker, count(*) as n from two_process_effects group by worker order by worker');
    // Which process took how many depends on timing; shown, not asserted.
    console.info('two-process split', rows.map((r) => `${String(r.worker)}=${String(r.n)}`).join(' '));

    for (const w of workers) w.child.send('stop');
    await Promise.all(workers.map((w) => new Promise((resolve) => w.child.once('exit', resolve))));
  }, 180_000);
});
