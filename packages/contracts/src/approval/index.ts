export * from './form.schemas.ts';
export * from './condition.schemas.ts';
export * from './definition.schemas.ts';
export * from './action.schemas.ts';
export * from './runtime.schemas.ts';
export * from './permissions.ts';
