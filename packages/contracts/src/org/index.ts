export * from './permissions.ts';
export * from './user.schemas.ts';
export * from './department.schemas.ts';
export * from './position.schemas.ts';
export * from './role.schemas.ts';
