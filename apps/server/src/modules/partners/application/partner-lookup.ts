import { findPartner, findPartners } from '../infra/partner.repository.ts';
import { partnerErrors } from '../domain/errors.ts';

/** Names of partners by id, for lists and reports of other modules (unknown ids are left out). */
export async function partnerNames(ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await findPartners([...new Set(ids)]);
  return new Map(rows.map((r) => [r.id, r.name]));
}

export interface PartnerRef { id: string; code: string; name: string; paymentTermDays: number }

/**
 * Refuses a partner that does not exist in the caller's tenant (404), is disabled, or lacks the
 * role the document needs (a sales document's customer, a purchase document's supplier).
 */
export async function assertPartner(id: string, role?: 'customer' | 'supplier'): Promise<PartnerRef> {
  const row = await findPartner(id);
  if (!row) throw partnerErrors['partner.notFound']();
  if (role === 'customer' && (!row.isCustomer || !row.enabled)) throw partnerErrors['partner.notCustomer']();
  if (role === 'supplier' && (!row.isSupplier || !row.enabled)) throw partnerErrors['partner.notSupplier']();
  if (!row.enabled) throw partnerErrors['partner.disabled']();
  return { id: row.id, code: row.code, name: row.name, paymentTermDays: row.paymentTermDays };
}
