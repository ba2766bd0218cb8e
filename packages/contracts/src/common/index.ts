export * from './pagination.ts';
export * from './error.ts';
export * from './scalars.ts';
export * from './permission.ts';
