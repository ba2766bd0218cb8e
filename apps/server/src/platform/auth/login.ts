import { and, eq, lt } from 'drizzle-orm';
import type { MeResponse } from '@triad/contracts';
import { recordAudit } from '../audit/index.ts';
import { schema } from '../db/index.ts';
import { asSystem, inTenant, tx, type Actor } from '../tx/index.ts';
import { sessions } from './auth.tables.ts';
import { authErrors } from './auth.errors.ts';
import { loadMe } from './load-me.ts';
import { clearLoginFailures, lockedForSeconds, recordLoginFailure, throttleKeys } from './login-throttle.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { loadPrincipal } from './principal.query.ts';
import { sessionAbsoluteDays, sessionIdleHours } from './session.policy.ts';
import { hashToken, randomToken } from './token-hash.ts';

const { users, tenants } = schema;

export interface LoginInput {
  username: string;
  password: string;
  tenantCode?: string;
  ip: string;
  userAgent?: string;
  requestId: string;
}

export interface LoginResult {
  /** The new session id; only the cookie ever holds it. */
  sessionId: string;
  me: MeResponse;
}

// Unknown names are checked against this hash too, so they take as long as a wrong password.
let dummyHash: Promise<string> | undefined;
function dummy(): Promise<string> {
  dummyHash ??= hashPassword(randomToken());
  return dummyHash;
}

export async function login(input: LoginInput): Promise<LoginResult> {
  const keys = throttleKeys(input.username, input.ip);
  const locked = await lockedForSeconds(keys);
  if (locked > 0) throw authErrors['auth.throttled']({ minutes: Math.ceil(locked / 60) }, { retryAfterSeconds: locked });

  const candidates = await asSystem((db) => db
    .select({ id: users.id, tenantId: users.tenantId, username: users.username, passwordHash: users.passwordHash, status: users.status, locale: users.locale })
    .from(users)
    .innerJoin(tenants, eq(tenants.id, users.tenantId))
    .where(and(eq(users.username, input.username), input.tenantCode ? eq(tenants.code, input.tenantCode) : undefined))
    .limit(2));
  // Login names are unique per company only; the same name in two companies needs the code.
  if (candidates.length > 1) throw authErrors['auth.tenantCodeRequired']();
  const user = candidates[0];
  const passwordOk = await verifyPassword(user?.passwordHash ?? await dummy(), input.password);

  const actor = (u: { tenantId: string; id: string; username: string; locale: string }): Actor => ({
    tenantId: u.tenantId, userId: u.id, userName: u.username, requestId: input.requestId, ip: input.ip, locale: u.locale,
  });
  if (!user || !passwordOk) {
    await recordLoginFailure(keys);
    // The company's administrator sees attempts on real accounts in the audit log.
    if (user) {
      await inTenant(actor(user), () => recordAudit({ entity: 'session', entityId: user.id, action: 'loginFailed', after: { ip: input.ip } }));
    }
    throw authErrors['auth.invalidCredentials']();
  }
  if (user.status !== 'active') throw authErrors['auth.userDisabled']();
  await clearLoginFailures(keys);

  // A fresh id at every sign-in: an id planted in the browser before login never becomes valid.
  const sessionId = randomToken();
  const now = Date.now();
  const expiresAt = new Date(Math.min(now + sessionIdleHours * 3600_000, now + sessionAbsoluteDays * 86_400_000));
  await inTenant(actor(user), async () => {
    // Housekeeping: the user's own expired sessions go when they sign in again.
    await tx().delete(sessions).where(and(eq(sessions.userId, user.id), lt(sessions.expiresAt, new Date(now))));
    await tx().insert(sessions).values({
      idHash: hashToken(sessionId), tenantId: user.tenantId, userId: user.id, csrfToken: randomToken(24),
      ip: input.ip, userAgent: input.userAgent?.slice(0, 500) ?? null, expiresAt,
    });
    await recordAudit({ entity: 'session', entityId: user.id, action: 'login', after: { ip: input.ip, userAgent: input.userAgent ?? null } });
  });

  const principal = await loadPrincipal('session', hashToken(sessionId), { requestId: input.requestId, ip: input.ip });
  // Disabled between the password check and now: the new session is already unusable.
  if (!principal) throw authErrors['auth.userDisabled']();
  const me = await inTenant(principal, () => loadMe(principal));
  return { sessionId, me };
}
