import type { Principal } from '../principal.ts';

/** A principal built in memory, for the pure access rules. */
export function principalWith(permissions: string[], overrides: Partial<Principal> = {}): Principal {
  return {
    tenantId: '00000000-0000-7000-8000-000000000001',
    userId: '00000000-0000-7000-8000-000000000002',
    userName: 'tester',
    displayName: 'Tester',
    departmentId: null,
    permissions: new Set(permissions),
    dataScope: { all: true, departmentIds: [], userId: '00000000-0000-7000-8000-000000000002' },
    authMethod: 'session',
    ...overrides,
  };
}
