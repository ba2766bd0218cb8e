export { emit, enqueueJob, setOutboxWriter } from './emit.ts';
export type { Pending, PendingJob, OutboxWriter } from './emit.ts';
export { eventDeliveries, eventReceipts } from './events.tables.ts';
