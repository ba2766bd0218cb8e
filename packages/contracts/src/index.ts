export * from './common/index.ts';
export * from './events/index.ts';
export * from './auth/index.ts';
export * from './org/index.ts';
export * from './platform/index.ts';
export * from './permissions.ts';
export * from './approval/index.ts';
