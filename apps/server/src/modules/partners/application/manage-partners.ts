import type { CreatePartnerRequest, PartnerDetail, UpdatePartnerRequest } from '@triad/contracts';
import { recordAudit } from '../../../platform/audit/index.ts';
import { newId } from '../../../platform/db/index.ts';
import { emit } from '../../../platform/events/index.ts';
import { actor } from '../../../platform/tx/index.ts';
import { isValidCreditCode } from '../domain/credit-code.ts';
import { partnerErrors } from '../domain/errors.ts';
import { findPartner, insertPartner, updatePartnerRow, type PartnerRow } from '../infra/partner.repository.ts';
import { findChildren, replaceAddresses, replaceBankAccounts, replaceContacts } from '../infra/partner-details.repository.ts';
import { presentPartnerDetail } from './partner-view.ts';
import { toAddressFields, toBankAccountFields, toContactFields, type PartnerChildrenInput } from './partner-children.ts';

function checkCreditCode(code: string | null | undefined): void {
  if (code && !isValidCreditCode(code)) throw partnerErrors['partner.creditCodeInvalid'](undefined, { creditCode: code });
}

async function loadDetail(row: PartnerRow): Promise<PartnerDetail> {
  return presentPartnerDetail(row, await findChildren([row.id]));
}

/** Writes the child lists that are present; an absent list leaves the stored one as it is. */
async function writeChildren(partnerId: string, input: PartnerChildrenInput): Promise<void> {
  if (input.contacts) await replaceContacts(partnerId, input.contacts.map(toContactFields), newId);
  if (input.bankAccounts) await replaceBankAccounts(partnerId, input.bankAccounts.map(toBankAccountFields), newId);
  if (input.addresses) await replaceAddresses(partnerId, input.addresses.map(toAddressFields), newId);
}

export async function getPartner(id: string): Promise<PartnerDetail> {
  const row = await findPartner(id);
  if (!row) throw partnerErrors['partner.notFound']();
  return loadDetail(row);
}

export async function createPartner(input: CreatePartnerRequest): Promise<PartnerDetail> {
  checkCreditCode(input.creditCode);
  const row = await insertPartner({
    id: newId(),
    tenantId: actor().tenantId,
    code: input.code,
    name: input.name,
    isCustomer: input.isCustomer ?? false,
    isSupplier: input.isSupplier ?? false,
    creditCode: input.creditCode ?? null,
    paymentTermDays: input.paymentTermDays ?? 30,
    contactName: input.contactName ?? null,
    phone: input.phone ?? null,
    address: input.address ?? null,
  });
  await writeChildren(row.id, input);
  const detail = await loadDetail(row);
  await recordAudit({ entity: 'partner', entityId: row.id, action: 'create', after: detail });
  await emit('partner.partner.created', { partnerId: row.id, code: row.code, name: row.name });
  return detail;
}

/**
 * Edits a partner; `enabled: false` disables it (kept for history, refused on new documents).
 * Contacts, bank accounts and addresses, when sent, replace the stored lists.
 */
export async function updatePartner(id: string, input: UpdatePartnerRequest): Promise<PartnerDetail> {
  const before = await findPartner(id);
  if (!before) throw partnerErrors['partner.notFound']();
  checkCreditCode(input.creditCode);
  const beforeDetail = await loadDetail(before);
  const { contacts, bankAccounts, addresses, ...fields } = input;
  const changes = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  const row = Object.keys(changes).length ? await updatePartnerRow(id, changes) : before;
  if (!row) throw partnerErrors['partner.notFound']();
  await writeChildren(id, { contacts, bankAccounts, addresses });
  const detail = await loadDetail(row);
  await recordAudit({ entity: 'partner', entityId: id, action: 'update', before: beforeDetail, after: detail });
  return detail;
}
