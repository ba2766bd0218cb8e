import { eq } from 'drizzle-orm';
import { tx } from '../tx/index.ts';
import { sessions } from './auth.tables.ts';

/** Ends every session of a user at once (disable, password reset); runs in the caller's transaction. */
export async function revokeUserSessions(userId: string): Promise<void> {
  await tx().delete(sessions).where(eq(sessions.userId, userId));
}
