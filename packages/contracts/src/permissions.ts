import type { PermissionDefinition } from './common/permission.ts';
import { orgPermissionGroups, orgPermissions } from './org/permissions.ts';
import { auditPermissionGroups, auditPermissions } from './platform/audit.schemas.ts';
import { numberingPermissionGroups, numberingPermissions } from './platform/numbering.schemas.ts';
import { integrationPermissions } from './platform/integration.permissions.ts';
import { approvalPermissionGroups, approvalPermissions } from './approval/permissions.ts';
import { financePermissionGroups, financePermissions } from './finance/permissions.ts';
import { partnerPermissionGroups, partnerPermissions } from './partners/permissions.ts';
import { catalogPermissions } from './catalog/permissions.ts';
import { inventoryPermissionGroups, inventoryPermissions } from './inventory/permissions.ts';
import { procurementPermissionGroups, procurementPermissions } from './procurement/permissions.ts';

/**
 * The whole permission matrix, module by module. Each module's list lives beside its contracts;
 * this file only gathers them (the role editor and the server's registry read it).
 */
export const allPermissions: readonly PermissionDefinition[] = [
  ...orgPermissions,
  ...auditPermissions,
  ...numberingPermissions,
  ...integrationPermissions,
  ...approvalPermissions,
  ...partnerPermissions,
  ...catalogPermissions,
  ...inventoryPermissions,
  ...procurementPermissions,
  ...financePermissions,
];

/** Headings of the permission groups in the role editor, keyed by `PermissionDefinition.group`. */
export const allPermissionGroups: Readonly<Record<string, { 'zh-CN': string; 'en-US': string }>> = {
  ...orgPermissionGroups,
  ...auditPermissionGroups,
  ...numberingPermissionGroups,
  'platform.integration': { 'zh-CN': '集成日志与 Webhook', 'en-US': 'Integration log and webhooks' },
  ...approvalPermissionGroups,
  ...partnerPermissionGroups,
  ...inventoryPermissionGroups,
  ...procurementPermissionGroups,
  ...financePermissionGroups,
};
