export * from './permissions.ts';
export * from './catalog.schemas.ts';
