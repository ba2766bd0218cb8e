import { createHash, randomBytes } from 'node:crypto';

/** Secrets (session ids, API tokens) are stored only as SHA-256; a database leak reveals none. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}
