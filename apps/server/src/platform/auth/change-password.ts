import { and, eq, ne } from 'drizzle-orm';
import type { ChangePasswordRequest } from '@triad/contracts';
import type { Principal } from '../access/index.ts';
import { recordAudit } from '../audit/index.ts';
import { schema } from '../db/index.ts';
import { inTenant, tx } from '../tx/index.ts';
import { sessions } from './auth.tables.ts';
import { authErrors } from './auth.errors.ts';
import { lockedForSeconds, recordLoginFailure, throttleKeys } from './login-throttle.ts';
import { hashPassword, verifyPassword } from './password.ts';

const { users } = schema;

/**
 * Changing one's password proves the current one (a forgotten open session must not be enough)
 * and signs out every other session of the user, e.g. the one an attacker holds. API tokens stay:
 * they are separate credentials, revoked one by one.
 */
export async function changePassword(principal: Principal, input: ChangePasswordRequest): Promise<void> {
  // Guessing the current password here counts like guessing it at the login page.
  const keys = throttleKeys(principal.userName, principal.ip ?? 'unknown');
  const locked = await lockedForSeconds(keys);
  if (locked > 0) throw authErrors['auth.throttled']({ minutes: Math.ceil(locked / 60) }, { retryAfterSeconds: locked });
  const [row] = await inTenant(principal, () => tx()
    .select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, principal.userId)));
  if (!row || !(await verifyPassword(row.passwordHash, input.currentPassword))) {
    await recordLoginFailure(keys);
    throw authErrors['auth.currentPasswordWrong']();
  }
  if (input.newPassword === input.currentPassword) throw authErrors['auth.passwordUnchanged']();
  const passwordHash = await hashPassword(input.newPassword);
  await inTenant(principal, async () => {
    const now = new Date();
    await tx().update(users).set({ passwordHash, passwordChangedAt: now, updatedAt: now }).where(eq(users.id, principal.userId));
    await tx().delete(sessions).where(and(
      eq(sessions.userId, principal.userId),
      principal.sessionIdHash ? ne(sessions.idHash, principal.sessionIdHash) : undefined,
    ));
    // The audit says that it changed, never what to.
    await recordAudit({ entity: 'user', entityId: principal.userId, action: 'changePassword' });
  });
}
