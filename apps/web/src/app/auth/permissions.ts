/** A permission requirement: one key, or a list meaning "any of these". Absent = any logged-in user. */
export type PermissionRequirement = string | readonly string[] | undefined;

/** `*` (held by 系统管理员) grants every key. */
export function hasPermission(granted: readonly string[], key: string): boolean {
  return granted.includes('*') || granted.includes(key);
}

export function meetsRequirement(granted: readonly string[], required: PermissionRequirement): boolean {
  if (required === undefined) return true;
  if (typeof required === 'string') return hasPermission(granted, required);
  return required.length === 0 || required.some((key) => hasPermission(granted, key));
}
