// A second Triad server process for the cross-process notification test: its own pool, its own
// LISTEN connection, its own memory. Prints `{"port":…}` once listening; stops on SIGTERM.
import type { AddressInfo } from 'node:net';
import { buildApp } from '../../../app.ts';
import { loadConfig } from '../../../config.ts';
import { openDatabase } from '../../db/index.ts';
import { useDatabase } from '../../tx/index.ts';

const url = process.env.TRIAD_SECOND_SERVER_DATABASE_URL;
if (!url) throw new Error('TRIAD_SECOND_SERVER_DATABASE_URL is not set');
const database = await openDatabase({ url, poolSize: 2 });
useDatabase(database);
const app = await buildApp({ config: { ...loadConfig({}), logLevel: 'silent' }, database, version: 'test' });
await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`${JSON.stringify({ port: (app.server.address() as AddressInfo).port })}\n`);
process.on('SIGTERM', () => {
  void app.close().then(() => database.close()).finally(() => process.exit(0));
});
