export * from './permissions.ts';
export * from './partner.schemas.ts';
