import { sql, type SQL } from 'drizzle-orm';
import { PgBoss, fromDrizzle, fromPglite, type ConstructorOptions, type DrizzleTransactionLike, type JobInsert, type JobResult, type JobWithMetadata } from 'pg-boss';
import type { Logger } from 'pino';
import type { Config } from '../../config.ts';
import type { Database, Db } from '../db/index.ts';
import type { PendingJob } from '../events/index.ts';
import { failureMessage } from './error-message.ts';
import { jobDefinition, jobDefinitions, onJobDefined, scheduleDefinitions, type JobDefinition, type RetryPolicy } from './job-registry.ts';

interface Runtime {
  boss: PgBoss;
  database: Database;
  config: Config;
  log: Logger;
  /** Queues whose row exists and whose worker runs: only these may be enqueued to. */
  ready: Set<string>;
  settingUp: Set<Promise<void>>;
  unsubscribe: () => void;
  /** Apps sharing this runtime (tests run two apps on one database in one process). */
  refs: number;
}

let runtime: Runtime | undefined;

/*
 * Tuning (ARCHITECTURE.md: pg-boss's defaults poll every 2 s and crawl). A NOTIFY on insert wakes
 * the workers at once, on PostgreSQL and in PGlite alike; polling stays as the backstop that also
 * picks up delayed retries, so it is kept short (1–2 s) — the delay of a retry is at most that much
 * longer than its backoff.
 */
const workOptions = {
  batchSize: 8,
  pollingIntervalSeconds: 1,
  notifyPollingIntervalSeconds: 2,
  burstWhenBatchFull: true,
  includeMetadata: true,
  perJobResults: true,
} as const;

export function jobsRunning(): boolean {
  return runtime !== undefined;
}

/** The pg-boss instance (operations and tests: schedules, queue stats). */
export function boss(): PgBoss {
  if (!runtime) throw new Error('job runtime not started');
  return runtime.boss;
}

export async function startJobRuntime(database: Database, config: Config, log: Logger): Promise<void> {
  if (runtime) {
    if (runtime.database !== database) throw new Error('job runtime already started on another database');
    runtime.refs += 1;
    return;
  }
  const common: Partial<ConstructorOptions> = {
    useListenNotify: true,
    openTelemetry: { enabled: false },
    application_name: 'triad-jobs',
  };
  const options: ConstructorOptions = database.kind === 'pglite'
    ? { ...common, db: fromPglite(pgliteOf(database)), backend: 'pglite' }
    // pg-boss keeps a small pool of its own (fetch, complete, maintenance) plus one LISTEN connection.
    : { ...common, connectionString: database.connectionString, max: 4 };
  const instance = new PgBoss(options);
  instance.on('error', (err) => log.error({ err }, 'job runtime error'));
  instance.on('warning', (warning) => log.warn({ warning }, 'job runtime warning'));
  // pg-boss creates and migrates its own schema here, as the connecting (owner) role.
  await instance.start();
  const rt: Runtime = { boss: instance, database, config, log, ready: new Set(), settingUp: new Set(), unsubscribe: () => {}, refs: 1 };
  runtime = rt;
  try {
    // Snapshot and subscribe with no await in between: every definition is set up exactly once.
    const initial = jobDefinitions();
    rt.unsubscribe = onJobDefined((def) => {
      const p = setUpQueue(rt, def).catch((err: unknown) => log.error({ err, job: def.name }, 'job queue set-up failed'));
      rt.settingUp.add(p);
      void p.finally(() => rt.settingUp.delete(p));
    });
    for (const def of initial) await setUpQueue(rt, def);
    for (const s of scheduleDefinitions()) {
      const def = jobDefinition(s.name);
      if (!def) throw new Error(`schedule for undefined job '${s.name}'`);
      await instance.schedule(s.name, s.cron, s.data, { tz: s.tz, ...bossPolicy(def.policy) });
    }
  } catch (err) {
    runtime = undefined;
    rt.unsubscribe();
    await instance.stop({ graceful: false }).catch(() => {});
    throw err;
  }
}

/** Stops the runtime when its last app stops; true when it did. */
export async function stopJobRuntime(): Promise<boolean> {
  const rt = runtime;
  if (!rt) return false;
  rt.refs -= 1;
  if (rt.refs > 0) return false;
  runtime = undefined;
  rt.unsubscribe();
  await Promise.allSettled([...rt.settingUp]);
  // Graceful: running handlers finish (their transactions commit) before the pool closes.
  await rt.boss.stop({ graceful: true, timeout: 15_000 });
  return true;
}

/** Resolves when every job defined so far has its queue and worker. */
export async function jobsReady(): Promise<void> {
  const rt = runtime;
  if (!rt) return;
  while (rt.settingUp.size > 0) await Promise.allSettled([...rt.settingUp]);
}

async function setUpQueue(rt: Runtime, def: JobDefinition): Promise<void> {
  await rt.boss.createQueue(def.name, { notify: true, ...bossPolicy(def.policy) });
  await rt.boss.work(def.name, workOptions, (jobs: JobWithMetadata<Record<string, unknown>>[]) => runBatch(rt, def, jobs));
  rt.ready.add(def.name);
}

async function runBatch(rt: Runtime, def: JobDefinition, jobs: JobWithMetadata<Record<string, unknown>>[]): Promise<JobResult[]> {
  const results: JobResult[] = [];
  const runOne = async (job: JobWithMetadata<Record<string, unknown>>) => {
    try {
      await def.handler(job.data, { jobId: job.id, retryCount: job.retryCount, retryLimit: job.retryLimit, config: rt.config });
      results.push({ id: job.id, status: 'completed' });
    } catch (err) {
      rt.log.warn({ job: def.name, jobId: job.id, retryCount: job.retryCount, error: failureMessage(err) }, 'job attempt failed');
      results.push({ id: job.id, status: 'failed', output: { message: failureMessage(err) } });
    }
  };
  for (let i = 0; i < jobs.length; i += def.concurrency) {
    await Promise.all(jobs.slice(i, i + def.concurrency).map(runOne));
  }
  return results;
}

/** pg-boss accepts a retry delay cap only together with backoff. */
function bossPolicy(policy: RetryPolicy): Partial<RetryPolicy> {
  const { retryDelayMax, ...rest } = policy;
  return policy.retryBackoff ? { ...rest, retryDelayMax } : rest;
}

function toInsert(def: JobDefinition, job: PendingJob): JobInsert {
  return {
    data: job.data,
    ...bossPolicy(def.policy),
    startAfter: job.options?.startAfterSeconds,
    singletonKey: job.options?.singletonKey,
  };
}

function queueFor(rt: Runtime, name: string): JobDefinition {
  const def = jobDefinition(name);
  if (!def) throw new Error(`unknown job '${name}': defineJob() it first`);
  if (!rt.ready.has(name)) {
    // Waiting here could deadlock PGlite (one connection, held by this transaction), so refuse.
    throw new Error(`job queue '${name}' is not ready: define jobs and event handlers while the process starts`);
  }
  return def;
}

/**
 * Writes jobs with the caller's transaction (the outbox): they become visible to workers only if
 * it commits. Called last, just before COMMIT, by the unit of work.
 *
 * The business transaction runs as `triad_app`, which has no rights on pg-boss's schema. Rather
 * than granting it (every pg-boss table, partition and function, re-granted after each pg-boss
 * migration, and no RLS there — the role would read every tenant's jobs), the writer drops to the
 * connecting role for its own statements only and returns to `triad_app` afterwards, so any hook
 * that runs after it is still under RLS. `SET LOCAL ROLE` is transaction-scoped: a rollback undoes it.
 */
export async function writeJobsInTransaction(tx: Db, jobs: readonly PendingJob[]): Promise<void> {
  const rt = runtime;
  if (!rt) throw new Error('job runtime not started: jobs cannot be enqueued');
  if (jobs.length === 0) return;
  const byQueue = new Map<string, JobInsert[]>();
  for (const job of jobs) {
    const def = queueFor(rt, job.name);
    const list = byQueue.get(job.name) ?? [];
    list.push(toInsert(def, job));
    byQueue.set(job.name, list);
  }
  await tx.execute(sql`select set_config('role', 'none', true)`);
  // Our Db type leaves raw results untyped; both drivers answer `{ rows }`, which pg-boss reads.
  const drizzleTx: DrizzleTransactionLike = {
    execute: async (query) => (await tx.execute(query as SQL)) as { rows: Record<string, unknown>[] },
  };
  const db = fromDrizzle(drizzleTx, sql);
  for (const [name, list] of byQueue) await rt.boss.insert(name, list, { db });
  await tx.execute(sql`select set_config('role', 'triad_app', true)`);
}

/** Enqueues a job outside any business transaction (system work: CLI, schedules, tests). */
export async function sendJob(name: string, data: Record<string, unknown>): Promise<string | null> {
  const rt = runtime;
  if (!rt) throw new Error('job runtime not started');
  const def = queueFor(rt, name);
  return rt.boss.send(name, data, bossPolicy(def.policy));
}

function pgliteOf(database: Database): NonNullable<Database['pglite']> {
  if (!database.pglite) throw new Error('embedded database without a PGlite instance');
  return database.pglite;
}
