export {};
export * from './notifications.schemas.ts';
export * from './audit.schemas.ts';
export * from './numbering.schemas.ts';
export * from './links.schemas.ts';
export * from './integration.schemas.ts';
export * from './integration.permissions.ts';
export * from './files.schemas.ts';
