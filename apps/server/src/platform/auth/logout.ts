import { eq } from 'drizzle-orm';
import type { Principal } from '../access/index.ts';
import { recordAudit } from '../audit/index.ts';
import { tx } from '../tx/index.ts';
import { sessions } from './auth.tables.ts';

/** Ends the caller's session (cookie callers); a token caller has no session to end. */
export async function logout(principal: Principal): Promise<void> {
  if (principal.authMethod !== 'session' || !principal.sessionIdHash) return;
  await tx().delete(sessions).where(eq(sessions.idHash, principal.sessionIdHash));
  await recordAudit({ entity: 'session', entityId: principal.userId, action: 'logout' });
}
