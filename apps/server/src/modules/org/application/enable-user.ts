import type { OrgUser } from '@triad/contracts';
import type { Principal } from '../../../platform/access/index.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import { emit } from '../../../platform/events/index.ts';
import { updateUserRow } from '../infra/user.repository.ts';
import { loadScopedUserRow, loadUserView } from './user-view.ts';

/** 启用用户: the account may sign in again with its existing password. */
export async function enableUser(principal: Principal, id: string): Promise<OrgUser> {
  const user = await loadScopedUserRow(principal, id);
  if (user.status === 'active') return loadUserView(principal, id);
  await updateUserRow(id, { status: 'active' });
  await recordAudit({ entity: 'user', entityId: id, action: 'enable', before: { status: 'disabled' }, after: { status: 'active' } });
  emit('org.user.enabled', { userId: id });
  return loadUserView(principal, id);
}
