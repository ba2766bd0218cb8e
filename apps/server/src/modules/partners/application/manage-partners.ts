import type { CreatePartnerRequest, Partner, UpdatePartnerRequest } from '@triad/contracts';
import { recordAudit } from '../../../platform/audit/index.ts';
import { newId } from '../../../platform/db/index.ts';
import { emit } from '../../../platform/events/index.ts';
import { actor } from '../../../platform/tx/index.ts';
import { isValidCreditCode } from '../domain/credit-code.ts';
import { partnerErrors } from '../domain/errors.ts';
import { findPartner, insertPartner, updatePartnerRow } from '../infra/partner.repository.ts';
import { presentPartner } from './partner-view.ts';

function checkCreditCode(code: string | null | undefined): void {
  if (code && !isValidCreditCode(code)) throw partnerErrors['partner.creditCodeInvalid'](undefined, { creditCode: code });
}

export async function getPartner(id: string): Promise<Partner> {
  const row = await findPartner(id);
  if (!row) throw partnerErrors['partner.notFound']();
  return presentPartner(row);
}

export async function createPartner(input: CreatePartnerRequest): Promise<Partner> {
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
  await recordAudit({ entity: 'partner', entityId: row.id, action: 'create', after: presentPartner(row) });
  await emit('partner.partner.created', { partnerId: row.id, code: row.code, name: row.name });
  return presentPartner(row);
}

/** Edits a partner; `enabled: false` disables it (kept for history, refused on new documents). */
export async function updatePartner(id: string, input: UpdatePartnerRequest): Promise<Partner> {
  const before = await findPartner(id);
  if (!before) throw partnerErrors['partner.notFound']();
  checkCreditCode(input.creditCode);
  const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
  const row = Object.keys(changes).length ? await updatePartnerRow(id, changes) : before;
  if (!row) throw partnerErrors['partner.notFound']();
  await recordAudit({ entity: 'partner', entityId: id, action: 'update', before: presentPartner(before), after: presentPartner(row) });
  return presentPartner(row);
}
