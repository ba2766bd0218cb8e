import { sessionCookie } from '@triad/contracts';

/**
 * Session lifetime. An office day without activity ends the session (idle timeout), and nobody
 * stays signed in for more than a week whatever they do (absolute lifetime), so a session stolen
 * from a shared office PC dies on its own. The server decides; the cookie itself is a browser
 * session cookie (no Max-Age), gone when the browser is closed.
 */
export const sessionIdleHours = 12;
export const sessionAbsoluteDays = 7;

/** Sliding expiry and token `last_used_at` are written at most once a minute per credential. */
export const touchIntervalSeconds = 60;

export const sessionCookieName = sessionCookie;

/**
 * Cookie flags: httpOnly (scripts never see the session id), SameSite=Lax (other sites' forms and
 * scripts do not carry it on writes; together with the CSRF header this closes cross-site
 * requests), Secure when the server is reached over HTTPS (TRIAD_COOKIE_SECURE).
 */
export function sessionCookieOptions(secure: boolean) {
  return { httpOnly: true, sameSite: 'lax' as const, path: '/', secure };
}

const cookiePattern = new RegExp(`(?:^|;\\s*)${sessionCookieName}=([^;]*)`);

/**
 * Reads the session id straight from the Cookie header: authentication runs before the cookie
 * plugin parses cookies, and this is the one cookie it needs.
 */
export function readSessionCookie(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const value = cookiePattern.exec(header)?.[1]?.trim();
  return value ? value : undefined;
}
