export * from './permissions.ts';
export * from './ledger.schemas.ts';
export * from './reports.schemas.ts';
export * from './arap.schemas.ts';
export * from './cash.schemas.ts';
