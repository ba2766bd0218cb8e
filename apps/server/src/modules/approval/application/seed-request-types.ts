import type { RequestTypeCategory } from '@triad/contracts';
import { newId } from '../../../platform/db/index.ts';
import { actor } from '../../../platform/tx/index.ts';
import { requestTypes, type RequestTypeRefs } from '../domain/index.ts';
import { insertRequestType, insertVersion } from '../infra/request-type.repository.ts';

const categories: Record<string, RequestTypeCategory> = {
  leave: 'leave', expense: 'expense', purchaseRequest: 'purchase', suppliesRequest: 'supplies', generalRequest: 'general',
  // Reviews of business documents (付款申请, 凭证审核, 采购订单审批): started by their module, never from the OA start page.
  financePayment: 'document', financeVoucher: 'document', purchaseOrder: 'document',
};

/**
 * The five standard request types (请假, 报销, 采购申请, 办公用品申领, 通用审批), published as
 * version 1 and editable in the designer, inside the company's seeding transaction.
 */
export async function seedRequestTypes(refs: RequestTypeRefs): Promise<void> {
  const { tenantId } = actor();
  for (const type of requestTypes(refs)) {
    const id = newId();
    await insertRequestType({
      id, tenantId, code: type.code, name: type.name, category: categories[type.code] ?? 'custom', description: null, enabled: true,
      draftFormSchema: type.formSchema, draftDefinition: type.definition, publishedVersion: 1,
    });
    await insertVersion({ id: newId(), tenantId, requestTypeId: id, version: 1, formSchema: type.formSchema, definition: type.definition, publishedBy: null });
  }
}
