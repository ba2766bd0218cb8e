export { inTenant, tx, actor, unitOfWork, maybeUnitOfWork, asSystem, useDatabase, database } from './unit-of-work.ts';
export type { Actor, UnitOfWork } from './unit-of-work.ts';
