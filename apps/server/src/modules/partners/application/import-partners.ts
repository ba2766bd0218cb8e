import { inArray } from 'drizzle-orm';
import type { CreatePartnerRequest, SpreadsheetImportError, SpreadsheetImportRequest, SpreadsheetImportResult } from '@triad/contracts';
import { createPartnerRequest, phoneNumber } from '@triad/contracts';
import type { Locale, Localized } from '../../../platform/i18n/index.ts';
import { tx } from '../../../platform/tx/index.ts';
import { isValidCreditCode } from '../domain/credit-code.ts';
import { partners } from '../infra/partners.table.ts';
import { inOwnTenant, type PartnerRow } from '../infra/partner.repository.ts';
import { findChildren, type PartnerChildren } from '../infra/partner-details.repository.ts';
import { and } from 'drizzle-orm';
import { createPartner, updatePartner } from './manage-partners.ts';
import { importTemplate, parseYesNo, readImportSheet, rowError, type ImportColumn, type SheetRow } from './spreadsheet/import-sheet.ts';

type Key = 'code' | 'name' | 'isCustomer' | 'isSupplier' | 'creditCode' | 'paymentTermDays' | 'contactName' | 'phone' | 'address' | 'bankName' | 'accountName' | 'accountNo';

const columns: readonly (ImportColumn<Key> & { example: string; note: string })[] = [
  { key: 'code', header: '编码', required: true, example: 'S101', note: '字母、数字、_ . -；已存在的编码将更新该往来单位' },
  { key: 'name', header: '名称', required: true, width: 30, example: '苏州精密五金有限公司', note: '' },
  { key: 'isCustomer', header: '客户', example: '否', note: '是/否' },
  { key: 'isSupplier', header: '供应商', example: '是', note: '是/否' },
  { key: 'creditCode', header: '统一社会信用代码', width: 24, example: '91440300708461136T', note: '18位，校验位必须正确' },
  { key: 'paymentTermDays', header: '账期天数', example: '30', note: '0–3650 的整数，留空为 30' },
  { key: 'contactName', header: '联系人', example: '王强', note: '作为主要联系人' },
  { key: 'phone', header: '电话', width: 16, example: '13812345678', note: '手机号或座机（如 0512-12345678）' },
  { key: 'address', header: '地址', width: 36, example: '江苏省苏州市工业园区星湖街 88 号', note: '作为默认办公地址' },
  { key: 'bankName', header: '开户行', width: 24, example: '招商银行苏州分行', note: '开户行、账户名、银行账号需同时填写' },
  { key: 'accountName', header: '账户名', width: 30, example: '苏州精密五金有限公司', note: '' },
  { key: 'accountNo', header: '银行账号', width: 24, example: '512908765410001', note: '作为默认银行账户' },
];
const headerOf = Object.fromEntries(columns.map((c) => [c.key, c.header])) as Record<Key, string>;

/** Why a value was refused, per column, in both locales. */
const hints: Partial<Record<Key, Localized>> = {
  code: { 'zh-CN': '编码只能包含字母、数字、_ . -，最长40位', 'en-US': 'letters, digits, _ . - only, at most 40' },
  name: { 'zh-CN': '最长200字', 'en-US': 'at most 200 characters' },
  isCustomer: { 'zh-CN': '请填写“是”或“否”', 'en-US': 'write 是 (yes) or 否 (no)' },
  isSupplier: { 'zh-CN': '请填写“是”或“否”', 'en-US': 'write 是 (yes) or 否 (no)' },
  creditCode: { 'zh-CN': '18位，不含 I、O、Z、S、V', 'en-US': '18 characters without I, O, Z, S, V' },
  paymentTermDays: { 'zh-CN': '0–3650 的整数', 'en-US': 'a whole number from 0 to 3650' },
  contactName: { 'zh-CN': '最长100字', 'en-US': 'at most 100 characters' },
  phone: { 'zh-CN': '手机号（11位）或座机（如 021-12345678）', 'en-US': 'a mobile (11 digits) or landline like 021-12345678' },
  address: { 'zh-CN': '最长300字', 'en-US': 'at most 300 characters' },
  bankName: { 'zh-CN': '最长100字', 'en-US': 'at most 100 characters' },
  accountName: { 'zh-CN': '最长200字', 'en-US': 'at most 200 characters' },
  accountNo: { 'zh-CN': '银行账号只能包含数字', 'en-US': 'digits only' },
};

export function partnerImportTemplate(): Promise<Buffer> {
  return importTemplate('往来单位', columns);
}

interface ParsedRow { rowNo: number; input: CreatePartnerRequest & { contacts: NonNullable<CreatePartnerRequest['contacts']>; bankAccounts: NonNullable<CreatePartnerRequest['bankAccounts']>; addresses: NonNullable<CreatePartnerRequest['addresses']> }; given: Set<Key> }

const mobilePattern = /^(\+?86[ -]?)?1[3-9]\d{9}$/;

/** Checks one row; either the partner as it would be created, or the row's errors. */
function parseRow({ rowNo, values }: SheetRow<Key>, locale: Locale): ParsedRow | SpreadsheetImportError[] {
  const errors: SpreadsheetImportError[] = [];
  const invalid = (key: Key) => errors.push(rowError(locale, rowNo, headerOf[key], 'import.invalidValue', { hint: hints[key] ?? { 'zh-CN': '', 'en-US': '' } }));
  const given = new Set((Object.keys(values) as Key[]).filter((k) => values[k] !== ''));
  for (const c of columns) if (c.required && !given.has(c.key)) errors.push(rowError(locale, rowNo, c.header, 'import.required'));

  const yesNo = (key: 'isCustomer' | 'isSupplier') => {
    const v = parseYesNo(values[key]);
    if (v === 'invalid') { invalid(key); return undefined; }
    return v ?? undefined;
  };
  const isCustomer = yesNo('isCustomer');
  const isSupplier = yesNo('isSupplier');
  let paymentTermDays: number | undefined;
  if (given.has('paymentTermDays')) {
    paymentTermDays = Number(values.paymentTermDays);
    if (!Number.isInteger(paymentTermDays) || paymentTermDays < 0 || paymentTermDays > 3650) invalid('paymentTermDays');
  }
  const creditCode = values.creditCode.toUpperCase();
  if (creditCode && /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(creditCode) && !isValidCreditCode(creditCode)) {
    errors.push(rowError(locale, rowNo, headerOf.creditCode, 'partner.creditCodeInvalid'));
  }
  if (values.phone && !phoneNumber.safeParse(values.phone).success) invalid('phone');
  const bankGiven = (['bankName', 'accountName', 'accountNo'] as const).filter((k) => given.has(k));
  if (bankGiven.length > 0 && bankGiven.length < 3) {
    for (const k of ['bankName', 'accountName', 'accountNo'] as const) if (!given.has(k)) errors.push(rowError(locale, rowNo, headerOf[k], 'import.required'));
  }

  const phoneIsMobile = mobilePattern.test(values.phone);
  const input = {
    code: values.code,
    name: values.name,
    isCustomer,
    isSupplier,
    creditCode: creditCode || null,
    paymentTermDays,
    contactName: values.contactName || null,
    phone: values.phone || null,
    address: values.address || null,
    contacts: values.contactName
      ? [{ name: values.contactName, mobile: phoneIsMobile ? values.phone : null, phone: values.phone && !phoneIsMobile ? values.phone : null, isPrimary: true }]
      : [],
    bankAccounts: bankGiven.length === 3 ? [{ bankName: values.bankName, accountName: values.accountName, accountNo: values.accountNo, isDefault: true }] : [],
    addresses: values.address ? [{ kind: 'office' as const, detail: values.address, isDefault: true }] : [],
  };
  // The API's own contract checks the rest (code shape, lengths, bank account digits).
  const parsed = createPartnerRequest.safeParse(input);
  if (!parsed.success) {
    const reported = new Set(errors.map((e) => e.column));
    for (const issue of parsed.error.issues) {
      const [field, , child] = issue.path as (string | number)[];
      const key = (field === 'bankAccounts' ? child : field === 'contacts' ? 'contactName' : field === 'addresses' ? 'address' : field) as Key;
      if (!headerOf[key] || reported.has(headerOf[key])) continue;
      reported.add(headerOf[key]);
      invalid(key);
    }
  }
  if (errors.length) return errors;
  return { rowNo, input: { ...input, ...(parsed.success ? { bankAccounts: parsed.data.bankAccounts } : {}) }, given };
}

/** The import's child lists merged into an existing partner's: the row's contact becomes primary, its account and address default. */
function mergeChildren(existing: PartnerChildren, partnerId: string, row: ParsedRow['input']) {
  const contacts = existing.contacts.filter((c) => c.partnerId === partnerId);
  const accounts = existing.bankAccounts.filter((b) => b.partnerId === partnerId);
  const addresses = existing.addresses.filter((a) => a.partnerId === partnerId);
  const imported = { contact: row.contacts[0], account: row.bankAccounts[0], address: row.addresses[0] };
  return {
    contacts: imported.contact
      ? [imported.contact, ...contacts.filter((c) => c.name !== imported.contact?.name).map((c) => ({ ...c, isPrimary: false }))]
      : undefined,
    bankAccounts: imported.account
      ? [imported.account, ...accounts.filter((b) => b.accountNo !== imported.account?.accountNo).map((b) => ({ ...b, isDefault: false }))]
      : undefined,
    addresses: imported.address
      ? [imported.address, ...addresses.filter((a) => a.detail !== imported.address?.detail).map((a) => (a.kind === 'office' ? { ...a, isDefault: false } : a))]
      : undefined,
  };
}

/**
 * 往来单位 Excel import, all or nothing: every row is checked first (codes unique in the file,
 * credit code check digits, phone shapes, complete bank accounts); any error and nothing is
 * written. Rows whose code exists update that partner (blank cells leave its fields as they
 * are); the others create partners. `dryRun` checks and counts without writing.
 */
export async function importPartners(request: SpreadsheetImportRequest, locale: Locale): Promise<SpreadsheetImportResult> {
  const sheet = await readImportSheet(request.contentBase64, columns, locale);
  if (sheet.errors.length) return { created: 0, updated: 0, errors: sheet.errors };

  const errors: SpreadsheetImportError[] = [];
  const parsed: ParsedRow[] = [];
  const firstRowOfCode = new Map<string, number>();
  for (const row of sheet.rows) {
    const result = parseRow(row, locale);
    if (Array.isArray(result)) { errors.push(...result); continue; }
    const first = firstRowOfCode.get(result.input.code);
    if (first) { errors.push(rowError(locale, row.rowNo, headerOf.code, 'import.duplicateCode', { firstRow: first })); continue; }
    firstRowOfCode.set(result.input.code, row.rowNo);
    parsed.push(result);
  }
  if (errors.length) return { created: 0, updated: 0, errors };

  const codes = parsed.map((p) => p.input.code);
  const existing = codes.length
    ? await tx().select().from(partners).where(and(inOwnTenant(), inArray(partners.code, codes)))
    : [];
  const byCode = new Map<string, PartnerRow>(existing.map((p) => [p.code, p]));
  const updated = parsed.filter((p) => byCode.has(p.input.code));
  const result = { created: parsed.length - updated.length, updated: updated.length, errors: [] };
  if (request.dryRun) return result;

  const children = await findChildren(existing.map((p) => p.id));
  for (const row of parsed) {
    const current = byCode.get(row.input.code);
    if (!current) { await createPartner(row.input); continue; }
    const { code: _code, contacts: _c, bankAccounts: _b, addresses: _a, ...fields } = row.input;
    // Blank cells leave the stored values alone.
    const changes = Object.fromEntries(Object.entries(fields).filter(([key, v]) => v !== undefined && (v !== null || row.given.has(key as Key))));
    await updatePartner(current.id, { ...changes, ...mergeChildren(children, current.id, row.input) });
  }
  return result;
}
