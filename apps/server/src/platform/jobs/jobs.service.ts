import { pino } from 'pino';
import type { Service } from '../../services.ts';
import { setOutboxWriter, writeOutbox } from '../events/index.ts';
import { startJobRuntime, stopJobRuntime } from './boss-runtime.ts';
import './cleanup.job.ts';

/**
 * The job runtime (pg-boss) and the event outbox: jobs and events written by a transaction are
 * delivered after it commits, by whichever server process fetches them first.
 */
export function jobsService(): Service {
  return {
    name: 'jobs',
    async start(ctx) {
      const log = pino({ name: 'jobs', level: ctx.config.logLevel });
      await startJobRuntime(ctx.database, ctx.config, log);
      setOutboxWriter(writeOutbox);
    },
    async stop() {
      if (await stopJobRuntime()) setOutboxWriter(undefined);
    },
  };
}
