import { z } from 'zod';
import { id, page, pageQuery } from '../common/index.ts';

// Contracts of the partner master API (往来单位).

/** 统一社会信用代码: 18 characters of digits and upper-case letters (I, O, Z, S, V excluded); check digit verified by the server. */
export const creditCode = z.string().trim().toUpperCase().regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/, 'must be 18 characters (digits and letters, no I, O, Z, S, V)');

export const partnerRole = z.enum(['customer', 'supplier']);
export type PartnerRole = z.infer<typeof partnerRole>;

export const partner = z.object({
  id,
  code: z.string(),
  name: z.string(),
  isCustomer: z.boolean(),
  isSupplier: z.boolean(),
  creditCode: z.string().nullable(),
  paymentTermDays: z.number().int(),
  contactName: z.string().nullable(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  enabled: z.boolean(),
});
export type Partner = z.infer<typeof partner>;

export const partnerPage = page(partner);

export const partnerListQuery = pageQuery.extend({
  q: z.string().trim().max(100).optional(),
  role: partnerRole.optional(),
  enabled: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
});
export type PartnerListQuery = z.infer<typeof partnerListQuery>;

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const createPartnerRequest = z.object({
  code: z.string().trim().min(1).max(40).regex(/^[A-Za-z0-9_.-]+$/, 'letters, digits, _ . - only'),
  name: z.string().trim().min(1).max(200),
  isCustomer: z.boolean().default(false),
  isSupplier: z.boolean().default(false),
  creditCode: creditCode.nullable().optional(),
  paymentTermDays: z.number().int().min(0).max(3650).default(30),
  contactName: optionalText(100),
  phone: optionalText(40),
  address: optionalText(300),
});
export type CreatePartnerRequest = z.input<typeof createPartnerRequest>;

export const updatePartnerRequest = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  isCustomer: z.boolean().optional(),
  isSupplier: z.boolean().optional(),
  creditCode: creditCode.nullable().optional(),
  paymentTermDays: z.number().int().min(0).max(3650).optional(),
  contactName: optionalText(100),
  phone: optionalText(40),
  address: optionalText(300),
  enabled: z.boolean().optional(),
});
export type UpdatePartnerRequest = z.infer<typeof updatePartnerRequest>;
