import type { Config } from '../../config.ts';

/** What a job handler knows about the attempt it is running. */
export interface JobContext {
  jobId: string;
  /** 0 on the first attempt. */
  retryCount: number;
  /** Retries allowed after the first attempt; `retryCount >= retryLimit` means this is the last try. */
  retryLimit: number;
  config: Config;
}

/** Throwing fails the attempt; the runtime retries it with backoff until the retry limit. */
export type JobHandler<T> = (data: T, ctx: JobContext) => Promise<void>;

export interface RetryPolicy {
  retryLimit: number;
  /** Seconds before the first retry; doubled (with jitter) per retry when `retryBackoff`. */
  retryDelay: number;
  retryBackoff: boolean;
  retryDelayMax: number;
  /** An attempt running longer than this is presumed lost (crashed process) and retried. */
  expireInSeconds: number;
}

export interface JobOptions extends Partial<RetryPolicy> {
  /** Jobs of one fetched batch run side by side; for I/O-bound work such as HTTP calls. */
  concurrency?: number;
}

export interface JobDefinition {
  name: string;
  handler: JobHandler<Record<string, unknown>>;
  policy: RetryPolicy;
  concurrency: number;
}

export interface ScheduleDefinition {
  name: string;
  cron: string;
  data: Record<string, unknown>;
  /** Cron is read in this time zone; the product's customers are in China. */
  tz: string;
}

/**
 * Six attempts spread over roughly a minute and a half with backoff: long enough to ride out a
 * restart or a partner's short outage, short enough that an administrator sees a dead letter soon.
 */
export const defaultRetryPolicy: RetryPolicy = {
  retryLimit: 5,
  retryDelay: 3,
  retryBackoff: true,
  retryDelayMax: 600,
  expireInSeconds: 900,
};

const definitions = new Map<string, JobDefinition>();
const schedules = new Map<string, ScheduleDefinition>();
const listeners = new Set<(def: JobDefinition) => void>();

// pg-boss's own rule for queue names.
const namePattern = /^[\w.\-/]+$/;

/**
 * Declares a background job (and its queue). Call it while the process starts — at module load or
 * in a service's start — so the queue exists before any transaction enqueues to it.
 */
export function defineJob<T extends Record<string, unknown>>(name: string, handler: JobHandler<T>, options: JobOptions = {}): void {
  if (!namePattern.test(name)) throw new Error(`invalid job name '${name}'`);
  if (definitions.has(name)) throw new Error(`job '${name}' is defined twice`);
  const { concurrency, ...policy } = options;
  const def: JobDefinition = {
    name,
    handler: handler as unknown as JobHandler<Record<string, unknown>>,
    policy: { ...defaultRetryPolicy, ...withoutUndefined(policy) },
    concurrency: Math.max(1, concurrency ?? 1),
  };
  definitions.set(name, def);
  for (const listener of listeners) listener(def);
}

/** Changes a job's retry policy for jobs enqueued from now on (configuration, tests). */
export function setRetryPolicy(name: string, patch: Partial<RetryPolicy>): void {
  const def = definitions.get(name);
  if (!def) throw new Error(`unknown job '${name}'`);
  def.policy = { ...def.policy, ...withoutUndefined(patch) };
}

/**
 * Runs job `name` on a cron expression. pg-boss keeps the schedule in the database and creates one
 * job per tick whatever the number of server processes.
 */
export function schedule(name: string, cron: string, data: Record<string, unknown> = {}, options: { tz?: string } = {}): void {
  schedules.set(name, { name, cron, data, tz: options.tz ?? 'Asia/Shanghai' });
}

export function jobDefinition(name: string): JobDefinition | undefined {
  return definitions.get(name);
}

export function jobDefinitions(): JobDefinition[] {
  return [...definitions.values()];
}

export function scheduleDefinitions(): ScheduleDefinition[] {
  return [...schedules.values()];
}

/** The runtime follows definitions made after it started. */
export function onJobDefined(listener: (def: JobDefinition) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function withoutUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
