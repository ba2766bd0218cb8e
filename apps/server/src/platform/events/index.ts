export { emit, enqueueJob, setOutboxWriter } from './emit.ts';
export type { Pending, PendingJob, OutboxWriter } from './emit.ts';
export { eventDeliveries, eventReceipts } from './events.tables.ts';
export { onEvent, onAnyEvent, handlerQueue } from './event-handlers.ts';
export type { EventHandler, EventSelector } from './event-handlers.ts';
export { writeOutbox } from './outbox-writer.ts';
export { eventRoutes } from './integration.routes.ts';
export { eventErrors } from './events.errors.ts';
