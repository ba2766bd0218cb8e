import type { Partner } from '@triad/contracts';
import type { PartnerRow } from '../infra/partner.repository.ts';

export function presentPartner(row: PartnerRow): Partner {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    isCustomer: row.isCustomer,
    isSupplier: row.isSupplier,
    creditCode: row.creditCode,
    paymentTermDays: row.paymentTermDays,
    contactName: row.contactName,
    phone: row.phone,
    address: row.address,
    enabled: row.enabled,
  };
}
