import { definePermissions } from '../common/permission.ts';

/** The shared partner master (往来单位): everyone who sells, buys or pays reads it. */
export const partnerPermissions = definePermissions([
  { key: 'partner.read', group: 'masterData', label: { 'zh-CN': '查看往来单位', 'en-US': 'View partners' } },
  { key: 'partner.manage', group: 'masterData', label: { 'zh-CN': '维护往来单位', 'en-US': 'Maintain partners' } },
]);

export type PartnerPermission = (typeof partnerPermissions)[number]['key'];

export const partnerPermissionGroups = {
  masterData: { 'zh-CN': '基础资料', 'en-US': 'Master data' },
} as const satisfies Record<string, { 'zh-CN': string; 'en-US': string }>;
