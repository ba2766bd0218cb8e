import type { OrgUser } from '@triad/contracts';
import type { Principal } from '../../../platform/access/index.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import { revokeUserSessions } from '../../../platform/auth/index.ts';
import { emit } from '../../../platform/events/index.ts';
import { orgErrors } from '../errors.ts';
import { roleIdsOfUser, updateUserRow } from '../infra/user.repository.ts';
import { assertAdministratorRemains, includesSystemRole } from './administrator-guard.ts';
import { assertNotOutranked } from './user-references.ts';
import { loadScopedUserRow, loadUserView } from './user-view.ts';

/**
 * 停用用户: the account can no longer sign in and every open session ends in the same
 * transaction, so a departing employee is locked out the moment this commits.
 */
export async function disableUser(principal: Principal, id: string): Promise<OrgUser> {
  const user = await loadScopedUserRow(principal, id);
  if (user.id === principal.userId) throw orgErrors['org.user.cannotDisableSelf']();
  await assertNotOutranked(principal, id);
  if (user.status === 'disabled') return loadUserView(principal, id);
  await updateUserRow(id, { status: 'disabled' });
  await revokeUserSessions(id);
  if (await includesSystemRole(await roleIdsOfUser(id))) await assertAdministratorRemains();
  await recordAudit({ entity: 'user', entityId: id, action: 'disable', before: { status: 'active' }, after: { status: 'disabled' } });
  emit('org.user.disabled', { userId: id });
  return loadUserView(principal, id);
}
