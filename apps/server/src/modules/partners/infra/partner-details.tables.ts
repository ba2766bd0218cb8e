import { boolean, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, tenantId } from '../../../platform/db/columns.ts';
import { partners } from './partners.table.ts';

/** 联系人: the people we deal with at a partner; one may be marked primary. */
export const partnerContacts = pgTable('partner_contacts', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  partnerId: uuid('partner_id').notNull().references(() => partners.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  title: text('title'),
  phone: text('phone'),
  mobile: text('mobile'),
  email: text('email'),
  isPrimary: boolean('is_primary').notNull().default(false),
  note: text('note'),
  createdAt: createdAt(),
}, (t) => [index('partner_contacts_partner').on(t.tenantId, t.partnerId)]);

/** 银行账户: where we pay a supplier or where a customer pays from (开户行 + 账号). */
export const partnerBankAccounts = pgTable('partner_bank_accounts', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  partnerId: uuid('partner_id').notNull().references(() => partners.id, { onDelete: 'cascade' }),
  bankName: text('bank_name').notNull(),
  accountName: text('account_name').notNull(),
  accountNo: text('account_no').notNull(),
  isDefault: boolean('is_default').notNull().default(false),
  createdAt: createdAt(),
}, (t) => [index('partner_bank_accounts_partner').on(t.tenantId, t.partnerId)]);

export const partnerAddressKinds = ['office', 'billing', 'shipping', 'warehouse'] as const;

/** 地址: office, billing (开票), shipping (收货) or warehouse addresses, province → city → district → street. */
export const partnerAddresses = pgTable('partner_addresses', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  partnerId: uuid('partner_id').notNull().references(() => partners.id, { onDelete: 'cascade' }),
  kind: text('kind', { enum: partnerAddressKinds }).notNull().default('office'),
  province: text('province'),
  city: text('city'),
  district: text('district'),
  detail: text('detail').notNull(),
  contactName: text('contact_name'),
  phone: text('phone'),
  isDefault: boolean('is_default').notNull().default(false),
  createdAt: createdAt(),
}, (t) => [index('partner_addresses_partner').on(t.tenantId, t.partnerId)]);
