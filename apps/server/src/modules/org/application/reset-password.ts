import type { ResetPasswordResponse } from '@triad/contracts';
import type { Principal } from '../../../platform/access/index.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import { hashPassword, revokeUserSessions } from '../../../platform/auth/index.ts';
import { generatePassword } from '../../../platform/auth/index.ts';
import { updateUserRow } from '../infra/user.repository.ts';
import { assertNotOutranked } from './user-references.ts';
import { loadScopedUserRow } from './user-view.ts';

/**
 * 重置密码: a new random password, shown once to the administrator; whoever was signed in with
 * the old one is signed out. `passwordChangedAt` is cleared: the owner has not chosen it.
 */
export async function resetPassword(principal: Principal, id: string): Promise<ResetPasswordResponse> {
  await loadScopedUserRow(principal, id);
  await assertNotOutranked(principal, id);
  const password = generatePassword();
  await updateUserRow(id, { passwordHash: await hashPassword(password), passwordChangedAt: null });
  await revokeUserSessions(id);
  await recordAudit({ entity: 'user', entityId: id, action: 'resetPassword' });
  return { password };
}
