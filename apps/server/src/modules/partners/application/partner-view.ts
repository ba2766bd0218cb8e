import type { Partner, PartnerDetail } from '@triad/contracts';
import type { PartnerChildren } from '../infra/partner-details.repository.ts';
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

/** The detail page: the partner with its contacts, bank accounts and addresses. */
export function presentPartnerDetail(row: PartnerRow, children: PartnerChildren): PartnerDetail {
  return {
    ...presentPartner(row),
    contacts: children.contacts.filter((c) => c.partnerId === row.id).map((c) => ({
      id: c.id, name: c.name, title: c.title, phone: c.phone, mobile: c.mobile, email: c.email, isPrimary: c.isPrimary, note: c.note,
    })),
    bankAccounts: children.bankAccounts.filter((b) => b.partnerId === row.id).map((b) => ({
      id: b.id, bankName: b.bankName, accountName: b.accountName, accountNo: b.accountNo, isDefault: b.isDefault,
    })),
    addresses: children.addresses.filter((a) => a.partnerId === row.id).map((a) => ({
      id: a.id, kind: a.kind, province: a.province, city: a.city, district: a.district, detail: a.detail,
      contactName: a.contactName, phone: a.phone, isDefault: a.isDefault,
    })),
  };
}
