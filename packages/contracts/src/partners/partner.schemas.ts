import { z } from 'zod';
import { id, page, pageQuery } from '../common/index.ts';

// Contracts of the partner master API (往来单位).

/** 统一社会信用代码: 18 characters of digits and upper-case letters (I, O, Z, S, V excluded); check digit verified by the server. */
export const creditCode = z.string().trim().toUpperCase().regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/, 'must be 18 characters (digits and letters, no I, O, Z, S, V)');

export const partnerRole = z.enum(['customer', 'supplier']);
export type PartnerRole = z.infer<typeof partnerRole>;

/** 手机 (11 digits from 1) or 座机 (area code, number, optional extension), spaces allowed. */
export const phoneNumber = z.string().trim().max(40).regex(/^(\+?86[ -]?)?(1[3-9]\d{9}|0\d{2,3}[ -]?\d{7,8}([ -]?(转|ext\.?|-)\s?\d{1,6})?|[48]00[ -]?\d{3}[ -]?\d{4})$/, 'must be a mobile number (11 digits) or a landline like 021-12345678');
export const emailAddress = z.email().max(200);
/** A blank form field means "none": '' (or spaces) is stored as null, anything else must have the shape. */
const blank = z.string().regex(/^\s*$/).transform(() => null);
const optionalPhone = z.union([blank, phoneNumber]).nullable().optional();
const optionalEmail = z.union([blank, emailAddress]).nullable().optional();

export const partnerAddressKind = z.enum(['office', 'billing', 'shipping', 'warehouse']);
export type PartnerAddressKind = z.infer<typeof partnerAddressKind>;

/** 联系人. */
export const partnerContact = z.object({
  id, name: z.string(), title: z.string().nullable(), phone: z.string().nullable(), mobile: z.string().nullable(),
  email: z.string().nullable(), isPrimary: z.boolean(), note: z.string().nullable(),
});
export type PartnerContact = z.infer<typeof partnerContact>;
/** 银行账户 (开户行 + 账户名 + 账号). */
export const partnerBankAccount = z.object({
  id, bankName: z.string(), accountName: z.string(), accountNo: z.string(), isDefault: z.boolean(),
});
export type PartnerBankAccount = z.infer<typeof partnerBankAccount>;
/** 地址. */
export const partnerAddress = z.object({
  id, kind: partnerAddressKind, province: z.string().nullable(), city: z.string().nullable(), district: z.string().nullable(),
  detail: z.string(), contactName: z.string().nullable(), phone: z.string().nullable(), isDefault: z.boolean(),
});
export type PartnerAddress = z.infer<typeof partnerAddress>;

const optionalChildText = (max: number) => z.string().trim().max(max).nullable().optional();
export const partnerContactInput = z.object({
  name: z.string().trim().min(1).max(100),
  title: optionalChildText(100),
  phone: optionalPhone,
  mobile: optionalPhone,
  email: optionalEmail,
  isPrimary: z.boolean().default(false),
  note: optionalChildText(500),
});
export const partnerBankAccountInput = z.object({
  bankName: z.string().trim().min(1).max(100),
  accountName: z.string().trim().min(1).max(200),
  /** 银行账号: digits, optionally grouped by spaces or dashes (stored without them). */
  accountNo: z.string().trim().regex(/^[0-9][0-9 -]{5,38}[0-9]$/, 'must be a bank account number (digits)').transform((v) => v.replace(/[ -]/g, '')),
  isDefault: z.boolean().default(false),
});
export const partnerAddressInput = z.object({
  kind: partnerAddressKind.default('office'),
  province: optionalChildText(50),
  city: optionalChildText(50),
  district: optionalChildText(50),
  detail: z.string().trim().min(1).max(300),
  contactName: optionalChildText(100),
  phone: optionalPhone,
  isDefault: z.boolean().default(false),
});
/** At most one primary contact, one default bank account, one default address per kind. */
const partnerChildren = {
  contacts: z.array(partnerContactInput).max(50)
    .refine((list) => list.filter((c) => c.isPrimary).length <= 1, 'at most one primary contact'),
  bankAccounts: z.array(partnerBankAccountInput).max(20)
    .refine((list) => list.filter((b) => b.isDefault).length <= 1, 'at most one default bank account'),
  addresses: z.array(partnerAddressInput).max(50)
    .refine((list) => partnerAddressKind.options.every((k) => list.filter((a) => a.kind === k && a.isDefault).length <= 1), 'at most one default address per kind'),
};

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

/** One partner with its contacts, bank accounts and addresses (the detail page). */
export const partnerDetail = partner.extend({
  contacts: z.array(partnerContact),
  bankAccounts: z.array(partnerBankAccount),
  addresses: z.array(partnerAddress),
});
export type PartnerDetail = z.infer<typeof partnerDetail>;

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
  creditCode: z.union([blank, creditCode]).nullable().optional(),
  paymentTermDays: z.number().int().min(0).max(3650).default(30),
  contactName: optionalText(100),
  phone: optionalPhone,
  address: optionalText(300),
  contacts: partnerChildren.contacts.default([]),
  bankAccounts: partnerChildren.bankAccounts.default([]),
  addresses: partnerChildren.addresses.default([]),
});
export type CreatePartnerRequest = z.input<typeof createPartnerRequest>;
export type CreatePartnerInput = z.infer<typeof createPartnerRequest>;

export const updatePartnerRequest = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  isCustomer: z.boolean().optional(),
  isSupplier: z.boolean().optional(),
  creditCode: z.union([blank, creditCode]).nullable().optional(),
  paymentTermDays: z.number().int().min(0).max(3650).optional(),
  contactName: optionalText(100),
  phone: optionalPhone,
  address: optionalText(300),
  enabled: z.boolean().optional(),
  /** Each list, when present, replaces the partner's current one. */
  contacts: partnerChildren.contacts.optional(),
  bankAccounts: partnerChildren.bankAccounts.optional(),
  addresses: partnerChildren.addresses.optional(),
});
export type UpdatePartnerRequest = z.input<typeof updatePartnerRequest>;
export type UpdatePartnerInput = z.infer<typeof updatePartnerRequest>;

// ─── Excel import (shared shape: partners and items) ───

/** An uploaded .xlsx; all-or-nothing: any error and nothing is written. `dryRun` only checks. */
export const spreadsheetImportRequest = z.object({
  fileName: z.string().trim().min(1).max(200),
  contentBase64: z.string().min(1).max(4_000_000).regex(/^[A-Za-z0-9+/=\r\n]+$/, 'must be base64'),
  dryRun: z.boolean().default(false),
});
export type SpreadsheetImportRequest = z.input<typeof spreadsheetImportRequest>;
export const spreadsheetImportError = z.object({
  /** Row number as Excel shows it (the header is row 1); 0 for a file-level problem. */
  row: z.number().int(),
  /** The column header (e.g. 统一社会信用代码), or null when the whole row is wrong. */
  column: z.string().nullable(),
  code: z.string(),
  message: z.string(),
});
export type SpreadsheetImportError = z.infer<typeof spreadsheetImportError>;
export const spreadsheetImportResult = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  errors: z.array(spreadsheetImportError),
});
export type SpreadsheetImportResult = z.infer<typeof spreadsheetImportResult>;
export const partnerImportRequest = spreadsheetImportRequest;
export const partnerImportResult = spreadsheetImportResult;
