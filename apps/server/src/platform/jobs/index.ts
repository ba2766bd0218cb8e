// Background jobs and schedules share the event bus's transport (pg-boss).
export { enqueueJob } from '../events/index.ts';
