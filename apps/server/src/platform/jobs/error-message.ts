const maxLength = 500;

interface ErrorLike { message?: unknown; cause?: unknown; code?: unknown }

/**
 * The message an administrator reads in the integration log: the innermost cause (drizzle wraps
 * PostgreSQL errors in "Failed query: <SQL> params: …", which must never be shown), with the
 * PostgreSQL error code when there is one, truncated.
 */
export function failureMessage(error: unknown): string {
  let current: unknown = error;
  for (let depth = 0; depth < 5; depth++) {
    const e = current as ErrorLike | null;
    if (!e || typeof e !== 'object') break;
    const message = typeof e.message === 'string' ? e.message : '';
    if (e.cause && (message.startsWith('Failed query') || !message)) {
      current = e.cause;
      continue;
    }
    break;
  }
  const e = current as ErrorLike | null;
  let text: string;
  if (e && typeof e === 'object' && typeof e.message === 'string') {
    text = e.message.startsWith('Failed query') ? 'database error' : e.message;
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) text = `${text} (SQLSTATE ${e.code})`;
  } else {
    text = String(current);
  }
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}
