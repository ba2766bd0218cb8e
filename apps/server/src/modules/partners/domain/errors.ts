import { defineErrors, registerConstraintErrors } from '../../../platform/http/index.ts';

/** Failures of the partner master a caller can act on, in both locales. */
export const partnerErrors = defineErrors({
  'partner.notFound': { status: 404, message: { 'zh-CN': '往来单位不存在', 'en-US': 'Partner not found' } },
  'partner.codeTaken': { status: 409, message: { 'zh-CN': '往来单位编码已被使用', 'en-US': 'The partner code is already taken' } },
  'partner.creditCodeInvalid': { status: 400, message: { 'zh-CN': '统一社会信用代码无效（18位，校验位不符）', 'en-US': 'Invalid unified social credit code (18 characters with a matching check character)' } },
  'partner.notCustomer': { status: 400, message: { 'zh-CN': '该往来单位不是客户，或已停用', 'en-US': 'The partner is not a customer or is disabled' } },
  'partner.notSupplier': { status: 400, message: { 'zh-CN': '该往来单位不是供应商，或已停用', 'en-US': 'The partner is not a supplier or is disabled' } },
  'partner.disabled': { status: 400, message: { 'zh-CN': '该往来单位已停用', 'en-US': 'The partner is disabled' } },
});

registerConstraintErrors({
  partners_tenant_code: () => partnerErrors['partner.codeTaken'](),
});
