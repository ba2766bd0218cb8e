export * from './permissions.ts';
export * from './requests.schemas.ts';
export * from './orders.schemas.ts';
export * from './sourcing.schemas.ts';
export * from './bills.schemas.ts';
