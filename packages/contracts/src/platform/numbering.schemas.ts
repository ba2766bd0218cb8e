import { z } from 'zod';
import { definePermissions } from '../common/permission.ts';

export const numberingPermissions = definePermissions([
  { key: 'platform.numbering.manage', group: 'platform.numbering', label: { 'zh-CN': '管理单据编号规则', 'en-US': 'Manage document numbering' } },
] as const);

/** Heading of the group in the role editor. */
export const numberingPermissionGroups = {
  'platform.numbering': { 'zh-CN': '单据编号', 'en-US': 'Document numbering' },
} as const;

/** `YYYYMM` → PR-202611-0001; the pattern also decides when the counter restarts (yearly, monthly, daily, never). */
export const datePattern = z.enum(['none', 'YYYY', 'YYYYMM', 'YYYYMMDD']);
export type DatePattern = z.infer<typeof datePattern>;

export const numberingSeparator = z.enum(['-', '', '/', '_']);

/** Document type keys are code identifiers, e.g. `purchaseRequest`. */
export const docTypeKey = z.string().regex(/^[a-zA-Z][a-zA-Z0-9_.]{0,63}$/, 'must be a document type key');
export const docTypeParams = z.object({ docType: docTypeKey });

export const numberingRuleInput = z.object({
  prefix: z.string().regex(/^[A-Z0-9]{1,8}$/, 'must be 1–8 upper-case letters or digits'),
  datePattern,
  padding: z.number().int().min(3).max(8),
  separator: numberingSeparator,
});
export type NumberingRuleInput = z.infer<typeof numberingRuleInput>;

export const numberingRule = z.object({
  docType: z.string(),
  /** Name of the document type when a module registered it; null for a rule of an unknown type. */
  label: z.object({ 'zh-CN': z.string(), 'en-US': z.string() }).nullable(),
  prefix: z.string(),
  datePattern,
  padding: z.number().int(),
  separator: z.string(),
  /** False while the company still uses the built-in default. */
  configured: z.boolean(),
  /** What the next number would look like today. */
  example: z.string(),
});
export type NumberingRule = z.infer<typeof numberingRule>;

export const numberingRuleList = z.object({ items: z.array(numberingRule) });

/** Preview an unsaved edit (any field given) on top of the saved or default rule. */
export const numberingPreviewRequest = numberingRuleInput.partial().nullish();
export const numberingPreview = z.object({ example: z.string() });
