/** One row of a module's permission matrix; reviewed in diffs like any other data. */
export interface PermissionDefinition {
  key: string;
  /** Menu group in the role editor. */
  group: string;
  label: { 'zh-CN': string; 'en-US': string };
  /** Grants sight of sensitive fields (salary, cost price). */
  sensitive?: boolean;
}

export function definePermissions<const T extends readonly PermissionDefinition[]>(defs: T): T {
  return defs;
}
