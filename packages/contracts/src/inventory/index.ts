export * from './permissions.ts';
export * from './inventory.schemas.ts';
