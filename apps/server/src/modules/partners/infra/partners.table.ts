import { boolean, index, integer, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAt, tenantId, updatedAt } from '../../../platform/db/columns.ts';

/**
 * 往来单位: one record per company, whether customer, supplier or both, shared by OA, ERP and CRM.
 * Finance keys receivables and payables on it; procurement and sales extend it with contacts,
 * bank accounts and addresses.
 */
export const partners = pgTable('partners', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  isCustomer: boolean('is_customer').notNull().default(false),
  isSupplier: boolean('is_supplier').notNull().default(false),
  /** 统一社会信用代码 (18 characters, check digit validated by the application). */
  creditCode: text('credit_code'),
  /** Days until an invoice or bill falls due when the document names none (账期). */
  paymentTermDays: integer('payment_term_days').notNull().default(30),
  contactName: text('contact_name'),
  phone: text('phone'),
  address: text('address'),
  enabled: boolean('enabled').notNull().default(true),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  unique('partners_tenant_code').on(t.tenantId, t.code),
  index('partners_tenant_name').on(t.tenantId, t.name),
]);
