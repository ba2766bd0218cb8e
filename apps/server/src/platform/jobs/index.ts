// Background jobs and schedules share the event bus's transport (pg-boss).
export { enqueueJob } from '../events/index.ts';
export { defineJob, setRetryPolicy, schedule, defaultRetryPolicy } from './job-registry.ts';
export type { JobContext, JobHandler, JobOptions, RetryPolicy } from './job-registry.ts';
export { boss, jobsReady, jobsRunning, sendJob, writeJobsInTransaction } from './boss-runtime.ts';
export { failureMessage } from './error-message.ts';
export { cleanupJob, runCleanup } from './cleanup.job.ts';
export { jobsService } from './jobs.service.ts';
