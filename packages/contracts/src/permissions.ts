import type { PermissionDefinition } from './common/permission.ts';

/**
 * The whole permission matrix, module by module. Each module's list lives beside its contracts;
 * this file only gathers them (the role editor and the server's registry read it).
 */
export const allPermissions: readonly PermissionDefinition[] = [];
