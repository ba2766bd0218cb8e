import type { CreatePartnerRequest } from '@triad/contracts';
import type { AddressFields, BankAccountFields, ContactFields } from '../infra/partner-details.repository.ts';

type ContactInput = NonNullable<CreatePartnerRequest['contacts']>[number];
type BankAccountInput = NonNullable<CreatePartnerRequest['bankAccounts']>[number];
type AddressInput = NonNullable<CreatePartnerRequest['addresses']>[number];

export interface PartnerChildrenInput {
  contacts?: readonly ContactInput[] | undefined;
  bankAccounts?: readonly BankAccountInput[] | undefined;
  addresses?: readonly AddressInput[] | undefined;
}

export function toContactFields(c: ContactInput): ContactFields {
  return {
    name: c.name, title: c.title ?? null, phone: c.phone ?? null, mobile: c.mobile ?? null, email: c.email ?? null,
    isPrimary: c.isPrimary ?? false, note: c.note ?? null,
  };
}

export function toBankAccountFields(b: BankAccountInput): BankAccountFields {
  return { bankName: b.bankName, accountName: b.accountName, accountNo: b.accountNo, isDefault: b.isDefault ?? false };
}

export function toAddressFields(a: AddressInput): AddressFields {
  return {
    kind: a.kind ?? 'office', province: a.province ?? null, city: a.city ?? null, district: a.district ?? null,
    detail: a.detail, contactName: a.contactName ?? null, phone: a.phone ?? null, isDefault: a.isDefault ?? false,
  };
}
