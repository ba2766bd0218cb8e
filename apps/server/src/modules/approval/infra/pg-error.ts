interface PgLikeError { code?: unknown; constraint?: unknown; cause?: unknown }

/**
 * True when a statement failed on the named unique constraint (a concurrent insert won the race
 * the application's own check could not see). Drizzle wraps the driver's error in `cause`.
 */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 3 && current && typeof current === 'object'; depth++) {
    const e = current as PgLikeError;
    if (e.code === '23505') return e.constraint === constraint;
    current = e.cause;
  }
  return false;
}
