// One "server process" of the two-process test: the job runtime, one counting handler, and a
// share of the events. Driven by the test over the IPC channel: ready → go → emitted → stop.
import { sql } from 'drizzle-orm';
import { loadConfig } from '../../../config.ts';
import { openDatabase } from '../../db/index.ts';
import { jobsService } from '../../jobs/index.ts';
import { inTenant, tx, useDatabase } from '../../tx/index.ts';
import { emit, onEvent } from '../index.ts';

const [url, tenantId, countText, label] = process.argv.slice(2);
if (!url || !tenantId || !countText || !label || !process.send) throw new Error('usage: <url> <tenantId> <count> <label> (forked)');
const send = (message: string) => process.send?.(message);

const database = await openDatabase({ url, poolSize: 4 });
useDatabase(database);

onEvent('org.user.created', 'test.twoProcesses', async (event) => {
  // The effect the test counts; the worker label shows which process did it.
  await tx().execute(sql`insert into two_process_effects (event_id, worker) values (${event.id}, ${label})`);
});

const service = jobsService();
await service.start({ config: { ...loadConfig({}), logLevel: 'silent' }, database, version: 'test' });
send('ready');

process.on('message', (message) => {
  if (message === 'go') {
    void (async () => {
      for (let i = 0; i < Number(countText); i++) {
        await inTenant({ tenantId }, async () => {
          emit('org.user.created', { userId: tenantId, username: `${label}.${i}`, departmentId: null });
        });
      }
      send('emitted');
    })();
  } else if (message === 'stop') {
    void (async () => {
      await service.stop();
      await database.close();
      process.exit(0);
    })();
  }
});
