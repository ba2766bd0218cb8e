import { hasPermission, type Principal } from './principal.ts';

/** Field name → the permission that reveals it, e.g. `{ monthlySalary: 'org.user.viewSalary' }`. */
export type SensitiveFieldMap<K extends PropertyKey> = Readonly<Record<K, string>>;

export type Masked<T, K extends keyof T> = Omit<T, K> & { [P in K]: T[P] | null };

/**
 * Sensitive fields (salary, cost price) leave the server only for callers granted their
 * permission; for everyone else the field is present but null, so clients need no second shape.
 */
export function maskSensitiveFields<T extends object, K extends keyof T>(
  principal: Principal,
  row: T,
  fields: SensitiveFieldMap<K>,
): Masked<T, K> {
  const copy = { ...row } as Record<PropertyKey, unknown>;
  for (const field of Object.keys(fields) as K[]) {
    if (!hasPermission(principal, fields[field])) copy[field] = null;
  }
  return copy as Masked<T, K>;
}
