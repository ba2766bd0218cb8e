import { orgErrors } from '../errors.ts';
import { countActiveSystemRoleHolders, findRoles } from '../infra/role.repository.ts';

/** True when any of the roles is built-in (系统管理员). */
export async function includesSystemRole(roleIds: readonly string[]): Promise<boolean> {
  return (await findRoles(roleIds)).some((r) => r.isSystem);
}

/**
 * Run after a change that took a built-in role away from someone (or disabled its holder), in the
 * same transaction: a company left without any active administrator could never manage itself
 * again, so the change is refused and rolls back.
 */
export async function assertAdministratorRemains(): Promise<void> {
  if ((await countActiveSystemRoleHolders()) === 0) throw orgErrors['org.user.lastAdministrator']();
}
