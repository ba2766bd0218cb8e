import { and, isNull, lt, or, sql } from 'drizzle-orm';
import { loginThrottle, sessions } from '../auth/index.ts';
import { idempotencyKeys } from '../http/index.ts';
import { asSystem } from '../tx/index.ts';
import { defineJob, schedule } from './job-registry.ts';

export const cleanupJob = 'platform.cleanup';

export interface CleanupResult { sessions: number; idempotencyKeys: number; loginThrottle: number }

/**
 * Housekeeping across all tenants (so as the owner role, outside RLS): expired sessions, replay
 * records of idempotent requests older than a day (clients retry within minutes), and failed-login
 * counters idle for a day whose lock, if any, has run out.
 */
export async function runCleanup(): Promise<CleanupResult> {
  return asSystem(async (db) => {
    const s = await db.delete(sessions).where(lt(sessions.expiresAt, sql`now()`)).returning({ k: sessions.idHash });
    const i = await db.delete(idempotencyKeys)
      .where(lt(idempotencyKeys.createdAt, sql`now() - interval '24 hours'`))
      .returning({ k: idempotencyKeys.key });
    const l = await db.delete(loginThrottle)
      .where(and(
        lt(loginThrottle.lastFailureAt, sql`now() - interval '1 day'`),
        or(isNull(loginThrottle.lockedUntil), lt(loginThrottle.lockedUntil, sql`now()`)),
      ))
      .returning({ k: loginThrottle.key });
    return { sessions: s.length, idempotencyKeys: i.length, loginThrottle: l.length };
  });
}

defineJob(cleanupJob, async () => { await runCleanup(); }, { retryLimit: 2 });
// Daily at 03:30 China time, when nobody is working.
schedule(cleanupJob, '30 3 * * *');
